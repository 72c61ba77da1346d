import { z } from '@hono/zod-openapi';
import type { Database, Store } from '../../store/open-store.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import { definePatientRoute, type PatientScope, patientRoute } from '../access/patient-route.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { addDays, utcDay } from './as-of.ts';
import { PatientParam } from './patients.ts';

/**
 * One kind of entry in a patient's record (episodes, medicines, toxin sessions...). Every kind
 * has the same four routes — list, add, replace, delete — so each file states only its own
 * fields and checks, and none can register a route that skips the access policy: all four go
 * through definePatientRoute (reading needs 'read', changing needs 'write').
 */
export interface RecordEntryKind<Input extends z.ZodType, Row, Query extends z.ZodObject> {
  /** Path segment under /api/patients/{patientId}, also the audit prefix: 'toxin-sessions'. */
  path: string;
  /** Name of the entry's id in the path: 'sessionId'. */
  idParam: string;
  /** Key of the array in the list answer: 'toxinSessions'. */
  listKey: string;
  /** The entry in words, for messages and the OpenAPI summaries: 'toxin session'. */
  noun: string;
  tag: string;
  input: Input;
  entry: z.ZodType;
  /** Query of the list route (e.g. a date range); none when omitted. */
  query?: Query;
  list(db: Database, patientId: string, query: z.output<Query>): Promise<Row[]>;
  /** `id`: the id the client chose for the new entry (Idempotency-Key), when it sent one. */
  create(
    db: Database,
    patientId: string,
    values: z.output<Input>,
    by: string,
    id?: string,
  ): Promise<Row>;
  update(
    db: Database,
    patientId: string,
    id: string,
    values: z.output<Input>,
    by: string,
  ): Promise<Row | undefined>;
  remove(db: Database, patientId: string, id: string): Promise<boolean>;
  toApi(row: Row): unknown;
  /** Checks that need the clock or other entries of the record; refuse with {@link invalidField}. */
  verify?(scope: PatientScope, values: z.output<Input>, now: Date): Promise<void> | void;
}

/** A 400 in the same shape as the schema's own validation errors. */
export function invalidField(
  path: string,
  message: string,
  target: 'json' | 'query' = 'json',
): ApiError {
  const where = target === 'json' ? 'request body' : target;
  return new ApiError(
    400,
    'validation_failed',
    `Some fields of the ${where} are not valid: ${path}: ${message}`,
    { target, fields: [{ path, message }] },
  );
}

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** The optional header that makes adding an entry safe to retry (see the create route). */
const IdempotencyHeader = z.object({
  'idempotency-key': z
    .uuid(
      "The Idempotency-Key header is the new entry's id: send a UUID made once for this entry, and the same one again with every retry of it.",
    )
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' } }),
});
type IdempotencyHeaders = z.output<typeof IdempotencyHeader>;

export function recordEntryRoutes<Input extends z.ZodType, Row, Query extends z.ZodObject>(
  store: Store,
  kind: RecordEntryKind<Input, Row, Query>,
) {
  const router = createRouter();
  const aNoun = `${/^[aeiou]/i.test(kind.noun) ? 'an' : 'a'} ${kind.noun}`;
  const collection = `/api/patients/{patientId}/${kind.path}` as const;
  const item = `${collection}/{${kind.idParam}}` as const;
  const ItemParams = PatientParam.extend({
    [kind.idParam]: z
      .uuid(`The id of ${aNoun} is a UUID, as given when the entry was saved.`)
      .openapi({ param: { name: kind.idParam, in: 'path' } }),
  });
  const notFound = () =>
    new ApiError(
      404,
      'not_found',
      `There is no ${kind.noun} with this id in this record. It may have been deleted; reload the list.`,
    );
  const body = { required: true, ...json(kind.input) };
  const idOf = (c: { req: { param(name: string): string | undefined } }) =>
    c.req.param(kind.idParam) as string;

  const listRoute = patientRoute({
    method: 'get',
    path: collection,
    tags: [kind.tag],
    summary: `List the ${kind.noun} entries, newest first`,
    request: { params: PatientParam, ...(kind.query ? { query: kind.query } : {}) },
    responses: {
      200: {
        description: `The ${kind.noun} entries`,
        ...json(z.object({ [kind.listKey]: z.array(kind.entry) })),
      },
      ...errorResponses(400, 401, 403, 500),
    },
  });
  const createRoute = patientRoute({
    method: 'post',
    path: collection,
    tags: [kind.tag],
    summary: `Add ${aNoun}`,
    description:
      "Send an Idempotency-Key header (a UUID made once per new entry) and a save retried after a lost answer cannot store the entry twice: the key becomes the entry's id, and a second request with the same key replaces that entry with the fields sent (answer 200) instead of adding another.",
    request: { params: PatientParam, body, headers: IdempotencyHeader },
    responses: {
      201: { description: 'Saved', ...json(kind.entry) },
      200: {
        description:
          'Already saved under this Idempotency-Key; the entry now holds the fields sent',
        ...json(kind.entry),
      },
      ...errorResponses(400, 401, 403, 409, 413, 415, 500),
    },
  });
  const updateRoute = patientRoute({
    method: 'put',
    path: item,
    tags: [kind.tag],
    summary: `Replace ${aNoun} with the fields sent`,
    request: { params: ItemParams, body },
    responses: {
      200: { description: 'Saved', ...json(kind.entry) },
      ...errorResponses(400, 401, 403, 404, 413, 415, 500),
    },
  });
  const deleteRoute = patientRoute({
    method: 'delete',
    path: item,
    tags: [kind.tag],
    summary: `Delete ${aNoun}`,
    request: { params: ItemParams },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404, 500) },
  });

  // The route types are built from runtime strings, so the typed c.req.valid() and c.json()
  // cannot follow them; the schemas above still validate every request before these run.
  definePatientRoute(router, store, listRoute, 'read', `${kind.path}.list`, async (c, scope) => {
    const query = (kind.query ? c.req.valid('query' as never) : {}) as z.output<Query>;
    const rows = await kind.list(scope.db, scope.patientId, query);
    return c.json({ [kind.listKey]: rows.map(kind.toApi) }, 200) as never;
  });
  definePatientRoute(
    router,
    store,
    createRoute,
    'write',
    `${kind.path}.create`,
    async (c, scope) => {
      const values = c.req.valid('json' as never) as z.output<Input>;
      const { 'idempotency-key': id } = c.req.valid('header' as never) as IdempotencyHeaders;
      await kind.verify?.(scope, values, c.var.now);
      const by = scope.caller.user.id;
      try {
        const row = await kind.create(scope.db, scope.patientId, values, by, id);
        return c.json(kind.toApi(row) as object, 201) as never;
      } catch (error) {
        if (id === undefined || !isUniqueViolation(error)) throw error;
      }
      // The same save again (its first answer was lost): answer with the entry it made, as it is
      // now, and change nothing (an edit made since must not be undone by a late retry). Only
      // an entry this caller added in this record counts as theirs; this runs on retries only,
      // so reading the record's list of this kind is cheap enough.
      const rows = await kind.list(scope.db, scope.patientId, {} as z.output<Query>);
      const row = rows.find((r) => {
        const entry = r as { id?: string; recordedBy?: string | null };
        return entry.id === id && entry.recordedBy === by;
      });
      if (row === undefined) {
        throw new ApiError(
          409,
          'idempotency_key_taken',
          `This ${kind.noun} could not be saved. Please add it again.`,
        );
      }
      return c.json(kind.toApi(row) as object, 200) as never;
    },
  );
  definePatientRoute(
    router,
    store,
    updateRoute,
    'write',
    `${kind.path}.update`,
    async (c, scope) => {
      const values = c.req.valid('json' as never) as z.output<Input>;
      await kind.verify?.(scope, values, c.var.now);
      const row = await kind.update(
        scope.db,
        scope.patientId,
        idOf(c),
        values,
        scope.caller.user.id,
      );
      if (row === undefined) throw notFound();
      return c.json(kind.toApi(row) as object, 200) as never;
    },
  );
  definePatientRoute(
    router,
    store,
    deleteRoute,
    'write',
    `${kind.path}.delete`,
    async (c, scope) => {
      if (!(await kind.remove(scope.db, scope.patientId, idOf(c)))) throw notFound();
      return c.body(null, 204) as never;
    },
  );
  return router;
}

/**
 * Refuses a day later than the person's today. Their date can be a day ahead of the server's
 * UTC date (time zones), never more. `when`: what the day should be, e.g. "the day the video
 * was measured".
 */
export function refuseFutureDay(field: string, day: string, now: Date, when: string): void {
  if (day > addDays(utcDay(now), 1)) {
    throw invalidField(field, `This date is in the future. Use ${when}.`);
  }
}

/** Fields every entry carries in answers. */
export const EntryMeta = {
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
};

export function entryMeta(row: { id: string; createdAt: Date; updatedAt: Date }) {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Shared field schemas, each with a message that says what to send instead. */
export const Day = z.iso
  .date('Use a date such as 2026-11-26.')
  // Not a limit of the storage: a date centuries back is a slip of the keyboard.
  .refine((day) => day >= '1900-01-01', 'Use a date from 1900 on, such as 2026-11-26.');
export const ZeroToTen = z
  .number('Use a whole number from 0 to 10.')
  .int('Use a whole number from 0 to 10.')
  .min(0, 'Use a whole number from 0 to 10.')
  .max(10, 'Use a whole number from 0 to 10.');
export const Note = z
  .string()
  .trim()
  .max(2000, 'Keep the note under 2000 characters.')
  .nullable()
  .default(null);
export const shortText = (what: string) =>
  z
    .string(`Write the ${what} as text.`)
    .trim()
    .min(1, `Write the ${what}.`)
    .max(200, `Keep the ${what} under 200 characters.`);
