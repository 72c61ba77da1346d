import { createRoute, z } from '@hono/zod-openapi';
import { findClinic, insertClinic, listClinics } from '../../store/clinics.ts';
import type { Store } from '../../store/open-store.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';

const Clinic = z
  .object({
    id: z.uuid(),
    name: z.string(),
    timeZone: z.string().openapi({ example: 'Europe/Berlin' }),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .openapi('Clinic');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const NewClinic = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the clinic a name.')
      .max(200, 'Use at most 200 characters.'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'Use an IANA time zone such as Europe/Berlin or America/Toronto.')
      .default('UTC'),
  })
  .strict()
  .openapi('NewClinic');

const ClinicId = z.object({
  id: z.uuid('A clinic id is a UUID.').openapi({ param: { name: 'id', in: 'path' } }),
});

function toApi(row: { id: string; name: string; timeZone: string; createdAt: Date }) {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

const create = createRoute({
  method: 'post',
  path: '/api/clinics',
  tags: ['clinics'],
  summary: 'Register a clinic or care team (admin)',
  security: [{ session: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: NewClinic } } } },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: Clinic } } },
    ...errorResponses(400, 401, 403, 413, 415, 500),
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/clinics',
  tags: ['clinics'],
  summary: 'All clinics, oldest first',
  security: [{ session: [] }],
  responses: {
    200: {
      description: 'Clinics',
      content: { 'application/json': { schema: z.object({ clinics: z.array(Clinic) }) } },
    },
    ...errorResponses(401, 500),
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/clinics/{id}',
  tags: ['clinics'],
  summary: 'One clinic',
  security: [{ session: [] }],
  request: { params: ClinicId },
  responses: {
    200: { description: 'The clinic', content: { 'application/json': { schema: Clinic } } },
    ...errorResponses(400, 401, 404, 500),
  },
});

export function clinicRoutes(store: Store) {
  return createRouter()
    .openapi(create, async (c) => {
      const { user } = requireSignedIn(c);
      if (!user.isAdmin) {
        throw new ApiError(403, 'forbidden', 'Only an administrator can register a clinic.');
      }
      const clinic = await insertClinic(store.db, c.req.valid('json'));
      return c.json(toApi(clinic), 201);
    })
    .openapi(list, async (c) => {
      requireSignedIn(c);
      const rows = await listClinics(store.db);
      return c.json({ clinics: rows.map(toApi) }, 200);
    })
    .openapi(read, async (c) => {
      requireSignedIn(c);
      const clinic = await findClinic(store.db, c.req.valid('param').id);
      if (!clinic) throw new ApiError(404, 'not_found', 'No clinic has this id.');
      return c.json(toApi(clinic), 200);
    });
}
