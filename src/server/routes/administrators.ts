import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  listAdministrators,
  makeAdministrator,
  removeAdministrator,
} from '../../store/administrators.ts';
import { appendAuditEvent } from '../../store/audit-events.ts';
import type { Database, Store } from '../../store/open-store.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { type AppEnv, createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';
import { EmailAddress } from './email-address.ts';

const Administrator = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.string(),
    isYou: z.boolean(),
  })
  .openapi('Administrator');

const Administrators = z.object({ administrators: z.array(Administrator) });

const list = createRoute({
  method: 'get',
  path: '/api/admin/administrators',
  tags: ['administration'],
  summary: 'Who runs this Tonus server (administrators only)',
  security: [{ session: [] }],
  responses: {
    200: {
      description: 'Every administrator, longest-standing first',
      content: { 'application/json': { schema: Administrators } },
    },
    ...errorResponses(401, 403, 500),
  },
});

const add = createRoute({
  method: 'post',
  path: '/api/admin/administrators',
  tags: ['administration'],
  summary: 'Make another account an administrator (administrators only)',
  description:
    "Administrators register clinics and download the audit trail. The role gives no access to anyone's health record. Naming a second administrator is also what lets the first one erase their account.",
  security: [{ session: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ email: EmailAddress }).strict() },
      },
    },
  },
  responses: {
    200: {
      description: 'The account is an administrator (also if it already was)',
      content: { 'application/json': { schema: Administrator } },
    },
    ...errorResponses(400, 401, 403, 404, 413, 415, 500),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/admin/administrators/{accountId}',
  tags: ['administration'],
  summary: "Take the administrator's role from an account (administrators only)",
  description:
    'The account stays as it is, without the role. The last administrator keeps it: name another first.',
  security: [{ session: [] }],
  request: {
    params: z.object({
      accountId: z
        .uuid('An account id is a UUID, as the list of administrators gives it.')
        .openapi({ param: { name: 'accountId', in: 'path' } }),
    }),
  },
  responses: {
    204: { description: 'The account is no longer an administrator' },
    ...errorResponses(400, 401, 403, 404, 409, 500),
  },
});

function requireAdministrator(c: Context<AppEnv>) {
  const { user } = requireSignedIn(c);
  if (!user.isAdmin) {
    throw new ApiError(403, 'forbidden', 'Only an administrator can see or name administrators.');
  }
  return user;
}

export function administratorRoutes(store: Store) {
  /** Who gave or took the role from whom, by account id only: no email in the audit log. */
  const recordInTrail = (
    tx: Database,
    c: Context<AppEnv>,
    user: { id: string; role: string },
    action: 'administrator.named' | 'administrator.removed',
    accountId: string,
  ) =>
    appendAuditEvent(tx, {
      actorId: user.id,
      actorRole: user.role,
      patientId: null,
      action,
      resource: `/api/admin/administrators/${accountId}`,
      outcome: 'allowed',
      requestId: c.var.requestId,
    });
  return createRouter()
    .openapi(list, async (c) => {
      const user = requireAdministrator(c);
      const rows = await listAdministrators(store.db);
      return c.json(
        { administrators: rows.map((row) => ({ ...row, isYou: row.id === user.id })) },
        200,
      );
    })
    .openapi(add, async (c) => {
      const user = requireAdministrator(c);
      const named = await makeAdministrator(store.db, c.req.valid('json').email, (tx, id) =>
        recordInTrail(tx, c, user, 'administrator.named', id),
      );
      if (!named) {
        throw new ApiError(
          404,
          'not_found',
          'No account has this email. The person signs up first; then name them here.',
        );
      }
      return c.json({ ...named, isYou: named.id === user.id }, 200);
    })
    .openapi(remove, async (c) => {
      const user = requireAdministrator(c);
      const { accountId } = c.req.valid('param');
      const outcome = await removeAdministrator(store.db, accountId, (tx) =>
        recordInTrail(tx, c, user, 'administrator.removed', accountId),
      );
      if (outcome === 'not_an_administrator') {
        throw new ApiError(
          404,
          'not_found',
          'This account is not an administrator (any more). Reload the list.',
        );
      }
      if (outcome === 'last_administrator') {
        throw new ApiError(
          409,
          'last_administrator',
          'This is the only administrator, and Tonus needs one. Name another administrator first.',
        );
      }
      return c.body(null, 204);
    });
}
