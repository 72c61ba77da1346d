import { createRoute, z } from '@hono/zod-openapi';
import { appendAuditEvent, listAllAudit, listPatientAudit } from '../../store/audit-events.ts';
import type { Store } from '../../store/open-store.ts';
import { findUser } from '../../store/users.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';
import { PatientParam } from './patients.ts';

const RecordAccess = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actor: z.object({
      id: z.uuid().nullable(),
      displayName: z.string(),
      role: z.string().nullable(),
      isYou: z.boolean(),
    }),
    action: z.string(),
    outcome: z.enum(['allowed', 'denied']),
  })
  .openapi('RecordAccess');

const patientAuditRoute = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/audit',
  tags: ['audit'],
  summary: 'Who opened my record: every read and change, newest first',
  request: { params: PatientParam },
  responses: {
    200: {
      description: 'Events',
      content: { 'application/json': { schema: z.object({ events: z.array(RecordAccess) }) } },
    },
    ...errorResponses(400, 401, 403, 500),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/admin/audit-log',
  tags: ['audit'],
  summary: 'The whole audit trail as CSV (admin); holds ids and actions, never health data',
  security: [{ session: [] }],
  responses: {
    200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(401, 403, 500),
  },
});

const CSV_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_role',
  'patient_id',
  'action',
  'resource',
  'outcome',
  'request_id',
] as const;

function csvCell(value: unknown): string {
  const text =
    value instanceof Date
      ? value.toISOString()
      : value === null || value === undefined
        ? ''
        : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, patientAuditRoute, 'owner', 'audit.read', async (c, scope) => {
    const events = await listPatientAudit(scope.db, scope.patientId);
    const names = new Map<string, { displayName: string; role: string } | undefined>();
    for (const id of new Set(
      events.map((e) => e.actorId).filter((id): id is string => id !== null),
    )) {
      const user = await findUser(scope.db, id);
      names.set(id, user && { displayName: user.displayName, role: user.role });
    }
    return c.json(
      {
        events: events.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          actor: {
            id: e.actorId,
            displayName: e.actorId
              ? (names.get(e.actorId)?.displayName ?? 'A deleted account')
              : 'Someone not signed in',
            role: e.actorRole,
            isYou: e.actorId === scope.patientId,
          },
          action: e.action,
          outcome: e.outcome,
        })),
      },
      200,
    );
  });
  router.openapi(exportRoute, async (c) => {
    const { user } = requireSignedIn(c);
    if (!user.isAdmin)
      throw new ApiError(403, 'forbidden', 'Only an administrator can export the audit log.');
    await appendAuditEvent(store.db, {
      actorId: user.id,
      actorRole: user.role,
      patientId: null,
      action: 'audit.export',
      resource: '/api/admin/audit-log',
      outcome: 'allowed',
      requestId: c.var.requestId,
    });
    const rows = await listAllAudit(store.db);
    const lines = [CSV_COLUMNS.join(',')];
    for (const r of rows) {
      lines.push(
        [
          r.id,
          r.at,
          r.actorId,
          r.actorRole,
          r.patientId,
          r.action,
          r.resource,
          r.outcome,
          r.requestId,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="tonus-audit-${c.var.now.toISOString().slice(0, 10)}.csv"`,
    );
    return c.body(`${lines.join('\n')}\n`, 200);
  });
  return router;
}
