import { z } from '@hono/zod-openapi';
import { fineRegionIds } from '../../domain/index.ts';
import { listCheckIns, upsertCheckIn } from '../../store/check-ins.ts';
import type { Store } from '../../store/open-store.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { PatientParam } from './patients.ts';

const Score = z.number().int().min(0, 'Use 0 to 10.').max(10, 'Use 0 to 10.');
const Day = z.iso.date('Use a date such as 2026-11-26.');

const CheckInInput = z
  .object({
    day: Day,
    severity: Score.openapi({ description: 'How bad the dystonia was, 0 (none) to 10 (worst).' }),
    pain: Score.openapi({ description: 'Pain, 0 (none) to 10 (worst).' }),
    function: Score.openapi({
      description: 'How much it got in the way, 0 (not at all) to 10 (completely).',
    }),
    regions: z
      .array(z.enum(fineRegionIds, { error: `Use body-map regions: ${fineRegionIds.join(', ')}.` }))
      .max(fineRegionIds.length * 2)
      .default([])
      .openapi({ description: 'Body-map regions affected today (fine region ids).' }),
    note: z.string().max(2000, 'Keep the note under 2000 characters.').nullable().default(null),
  })
  .strict()
  .openapi('CheckInInput');

const CheckIn = CheckInInput.extend({
  regions: z.array(z.string()),
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
}).openapi('CheckIn');

const Range = z.object({ from: Day.optional(), to: Day.optional() });

const listRoute = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/check-ins',
  tags: ['diary'],
  summary: 'Daily check-ins, newest first',
  request: { params: PatientParam, query: Range },
  responses: {
    200: {
      description: 'Check-ins',
      content: { 'application/json': { schema: z.object({ checkIns: z.array(CheckIn) }) } },
    },
    ...errorResponses(400, 401, 403, 500),
  },
});

const saveRoute = patientRoute({
  method: 'put',
  path: '/api/patients/{patientId}/check-ins',
  tags: ['diary'],
  summary: "Save a day's check-in (saving the same day again replaces it)",
  request: {
    params: PatientParam,
    body: { required: true, content: { 'application/json': { schema: CheckInInput } } },
  },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: CheckIn } } },
    ...errorResponses(400, 401, 403, 413, 415, 500),
  },
});

function toApi(row: Awaited<ReturnType<typeof upsertCheckIn>>) {
  return {
    id: row.id,
    day: row.day,
    severity: row.severity,
    pain: row.pain,
    function: row.function,
    regions: row.regions,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function checkInRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, listRoute, 'read', 'check-ins.list', async (c, scope) => {
    const rows = await listCheckIns(scope.db, scope.patientId, c.req.valid('query'));
    return c.json({ checkIns: rows.map(toApi) }, 200);
  });
  definePatientRoute(router, store, saveRoute, 'write', 'check-ins.save', async (c, scope) => {
    const input = c.req.valid('json');
    // The same region ticked twice (front and back figure) is one region.
    const row = await upsertCheckIn(
      scope.db,
      scope.patientId,
      { ...input, regions: [...new Set(input.regions)] },
      scope.caller.user.id,
    );
    return c.json(toApi(row), 200);
  });
  return router;
}
