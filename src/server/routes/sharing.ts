import { createRoute, z } from '@hono/zod-openapi';
import { appendAuditEvent } from '../../store/audit-events.ts';
import { insertGrant, listPatientGrants, revokeGrant } from '../../store/grants.ts';
import { consumeInvitation, insertInvitation } from '../../store/invitations.ts';
import type { Database, Store } from '../../store/open-store.ts';
import { findUser } from '../../store/users.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';
import { newInvitationCode, normaliseInvitationCode, sha256 } from '../auth/secret-tokens.ts';
import { PatientParam } from './patients.ts';

/** How long an invitation code can be used after it was made. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const Relation = z.enum(['clinician', 'caregiver']);
const Scope = z.enum(['read', 'read_write']).openapi({
  description: '`read`: can view the record. `read_write`: can also add and change entries.',
});

const NewInvitation = z
  .object({
    relation: Relation,
    scope: Scope,
    endsOn: z.iso
      .date('Use a date such as 2027-06-30, or leave it empty for no end date.')
      .nullable()
      .default(null)
      .openapi({ description: 'Access ends at the start of this day (UTC); null for no end.' }),
  })
  .strict()
  .openapi('NewInvitation');

const Invitation = z
  .object({
    code: z
      .string()
      .openapi({ example: 'K7QM3-XPA9R-TWHJ4', description: 'Shown once; give it to the person.' }),
    expiresAt: z.iso.datetime({ offset: true }),
    relation: Relation,
    scope: Scope,
    grantEndsAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .openapi('Invitation');

const GrantView = z
  .object({
    id: z.uuid(),
    grantee: z.object({
      id: z.uuid(),
      displayName: z.string(),
      email: z.string(),
      role: z.string(),
    }),
    relation: Relation,
    scope: Scope,
    createdAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }).nullable(),
    revokedAt: z.iso.datetime({ offset: true }).nullable(),
    status: z.enum(['active', 'revoked', 'ended']),
  })
  .openapi('Grant');

const inviteRoute = patientRoute({
  method: 'post',
  path: '/api/patients/{patientId}/invitations',
  tags: ['sharing'],
  summary: 'Make a one-time code that gives a clinician or caregiver access',
  request: { params: PatientParam, body: { required: true, ...json(NewInvitation) } },
  responses: {
    201: { description: 'Invitation', ...json(Invitation) },
    ...errorResponses(400, 401, 403, 413, 415, 500),
  },
});

const grantsRoute = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/grants',
  tags: ['sharing'],
  summary: 'Who has access to my record, and who had it',
  request: { params: PatientParam },
  responses: {
    200: { description: 'Grants', ...json(z.object({ grants: z.array(GrantView) })) },
    ...errorResponses(400, 401, 403, 500),
  },
});

const revokeRoute = patientRoute({
  method: 'delete',
  path: '/api/patients/{patientId}/grants/{grantId}',
  tags: ['sharing'],
  summary: 'Revoke access at once',
  request: {
    params: PatientParam.extend({
      grantId: z.uuid().openapi({ param: { name: 'grantId', in: 'path' } }),
    }),
  },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(400, 401, 403, 404, 500) },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/api/invitations/accept',
  tags: ['sharing'],
  summary: 'Use an invitation code to get access to a patient’s record',
  security: [{ session: [] }],
  request: {
    body: { required: true, ...json(z.object({ code: z.string().min(1).max(40) }).strict()) },
  },
  responses: {
    201: {
      description: 'Access granted',
      ...json(
        z.object({
          patient: z.object({ id: z.uuid(), displayName: z.string() }),
          grant: GrantView,
        }),
      ),
    },
    ...errorResponses(400, 401, 403, 404, 413, 415, 500),
  },
});

function grantStatus(g: { revokedAt: Date | null; endsAt: Date | null }, now: Date) {
  if (g.revokedAt) return 'revoked' as const;
  if (g.endsAt && g.endsAt <= now) return 'ended' as const;
  return 'active' as const;
}

type GrantRow = Awaited<ReturnType<typeof listPatientGrants>>[number];

function grantView({ grant, grantee }: GrantRow, now: Date) {
  return {
    id: grant.id,
    grantee,
    relation: grant.relation,
    scope: grant.scope,
    createdAt: grant.createdAt.toISOString(),
    endsAt: grant.endsAt?.toISOString() ?? null,
    revokedAt: grant.revokedAt?.toISOString() ?? null,
    status: grantStatus(grant, now),
  };
}

export function sharingRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, inviteRoute, 'owner', 'sharing.invite', async (c, scope) => {
    const body = c.req.valid('json');
    const now = c.var.now;
    const grantEndsAt = body.endsOn ? new Date(`${body.endsOn}T00:00:00Z`) : null;
    if (grantEndsAt && grantEndsAt <= now) {
      throw new ApiError(400, 'end_in_past', 'The end date must be in the future.', {
        fields: [{ path: 'endsOn', message: 'The end date must be in the future.' }],
      });
    }
    const code = newInvitationCode();
    const invitation = await insertInvitation(scope.db, {
      patientId: scope.patientId,
      codeHash: sha256(normaliseInvitationCode(code)),
      relation: body.relation,
      scope: body.scope,
      grantEndsAt,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
    });
    return c.json(
      {
        code,
        expiresAt: invitation.expiresAt.toISOString(),
        relation: invitation.relation,
        scope: invitation.scope,
        grantEndsAt: invitation.grantEndsAt?.toISOString() ?? null,
      },
      201,
    );
  });
  definePatientRoute(router, store, grantsRoute, 'owner', 'sharing.list', async (c, scope) => {
    const rows = await listPatientGrants(scope.db, scope.patientId);
    return c.json({ grants: rows.map((r) => grantView(r, c.var.now)) }, 200);
  });
  definePatientRoute(router, store, revokeRoute, 'owner', 'sharing.revoke', async (c, scope) => {
    const revoked = await revokeGrant(
      scope.db,
      scope.patientId,
      c.req.valid('param').grantId,
      c.var.now,
    );
    if (!revoked) throw new ApiError(404, 'not_found', 'There is no active access with this id.');
    return c.body(null, 204);
  });
  router.openapi(acceptRoute, async (c) => {
    const { user } = requireSignedIn(c);
    if (user.role === 'patient') {
      throw new ApiError(
        403,
        'forbidden',
        'Invitation codes are for clinicians and caregivers. Sign in with that kind of account.',
      );
    }
    const now = c.var.now;
    // Spending the code and creating the access happen together or not at all.
    const accepted = await store.db.transaction(async (tx) => {
      const invitation = await consumeInvitation(
        tx as unknown as Database,
        sha256(normaliseInvitationCode(c.req.valid('json').code)),
        user.id,
        now,
      );
      if (!invitation) return undefined;
      const grant = await insertGrant(tx as unknown as Database, {
        patientId: invitation.patientId,
        granteeId: user.id,
        relation: invitation.relation,
        scope: invitation.scope,
        endsAt: invitation.grantEndsAt,
        createdAt: now,
      });
      return { invitation, grant };
    });
    if (!accepted) {
      throw new ApiError(
        404,
        'invitation_not_found',
        'This code is not valid: it may be mistyped, already used or older than 7 days. Ask for a new one.',
      );
    }
    const { invitation, grant } = accepted;
    await appendAuditEvent(store.db, {
      actorId: user.id,
      actorRole: user.role,
      patientId: invitation.patientId,
      action: 'sharing.accept',
      resource: '/api/invitations/accept',
      outcome: 'allowed',
      requestId: c.var.requestId,
    });
    const patient = await findUser(store.db, invitation.patientId);
    return c.json(
      {
        patient: { id: invitation.patientId, displayName: patient?.displayName ?? '' },
        grant: grantView(
          {
            grant,
            grantee: {
              id: user.id,
              displayName: user.displayName,
              email: user.email,
              role: user.role,
            },
          },
          now,
        ),
      },
      201,
    );
  });
  return router;
}
