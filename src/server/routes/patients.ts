import { createRoute, z } from '@hono/zod-openapi';
import { appendAuditEvent } from '../../store/audit-events.ts';
import { listGrantingPatients } from '../../store/grants.ts';
import type { Store } from '../../store/open-store.ts';
import { findUser } from '../../store/users.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';

const PatientSummary = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    access: z.enum(['own', 'read', 'read_write']),
    relation: z.enum(['self', 'clinician', 'caregiver']),
  })
  .openapi('PatientSummary');

const PatientParam = z.object({
  patientId: z
    .uuid('A patient id is a UUID.')
    .openapi({ param: { name: 'patientId', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/patients',
  tags: ['patients'],
  summary: 'Records I may open: my own (patients) and those shared with me',
  security: [{ session: [] }],
  responses: {
    200: {
      description: 'Patients',
      content: { 'application/json': { schema: z.object({ patients: z.array(PatientSummary) }) } },
    },
    ...errorResponses(401, 500),
  },
});

const readRoute = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}',
  tags: ['patients'],
  summary: "A patient's record header",
  request: { params: PatientParam },
  responses: {
    200: {
      description: 'The patient',
      content: { 'application/json': { schema: PatientSummary } },
    },
    ...errorResponses(400, 401, 403, 500),
  },
});

export { PatientParam };

export function patientRoutes(store: Store) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => {
    const { user } = requireSignedIn(c);
    const patients: z.infer<typeof PatientSummary>[] = [];
    if (user.role === 'patient') {
      patients.push({
        id: user.id,
        displayName: user.displayName,
        access: 'own',
        relation: 'self',
      });
    }
    const shared = await listGrantingPatients(store.db, user.id, c.var.now);
    const seen = new Set(patients.map((p) => p.id));
    for (const { patient, grant } of shared) {
      const existing = patients.find((p) => p.id === patient.id);
      if (existing && grant.scope === 'read_write' && existing.access === 'read')
        existing.access = 'read_write';
      if (seen.has(patient.id)) continue;
      seen.add(patient.id);
      patients.push({
        id: patient.id,
        displayName: patient.displayName,
        access: grant.scope,
        relation: grant.relation,
      });
    }
    // The list names people: it is part of the trail too (no patient id: it spans several).
    await appendAuditEvent(store.db, {
      actorId: user.id,
      actorRole: user.role,
      patientId: null,
      action: 'patients.list',
      resource: '/api/patients',
      outcome: 'allowed',
      requestId: c.var.requestId,
    });
    return c.json({ patients }, 200);
  });
  definePatientRoute(router, store, readRoute, 'read', 'record.open', async (c, scope) => {
    const patient = await findUser(scope.db, scope.patientId);
    const own = scope.caller.user.id === scope.patientId;
    const grants = own
      ? []
      : (await listGrantingPatients(scope.db, scope.caller.user.id, c.var.now)).filter(
          (r) => r.patient.id === scope.patientId,
        );
    return c.json(
      {
        id: scope.patientId,
        displayName: patient?.displayName ?? '',
        access: own
          ? ('own' as const)
          : grants.some((r) => r.grant.scope === 'read_write')
            ? ('read_write' as const)
            : ('read' as const),
        relation: own ? ('self' as const) : (grants[0]?.grant.relation ?? 'clinician'),
      },
      200,
    );
  });
  return router;
}
