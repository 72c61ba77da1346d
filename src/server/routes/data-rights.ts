import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { LastAdministratorError } from '../../store/administrators.ts';
import { eraseAccount } from '../../store/erase-account.ts';
import type { Store } from '../../store/open-store.ts';
import { exportPatientData } from '../../store/patient-export.ts';
import type { User } from '../../store/users.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { type AppEnv, createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';
import { confirmPassword } from '../auth/password-confirmation.ts';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import { accountThrottleKey } from '../auth/sign-in-backoff.ts';
import { PatientParam } from './patients.ts';

const exportRoute = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/export',
  tags: ['data rights'],
  summary: 'Download everything Tonus holds about me (one JSON file, see docs/data-export.md)',
  request: { params: PatientParam },
  responses: {
    200: {
      description: 'The export file',
      content: {
        'application/json': {
          schema: z.object({ format: z.literal('tonus-export') }).passthrough(),
        },
      },
    },
    ...errorResponses(400, 401, 403, 500),
  },
});

const EraseConfirmation = z
  .object({
    password: z.string().max(MAX_PASSWORD_LENGTH),
    confirm: z.literal('ERASE', { error: 'Type ERASE in capital letters to confirm.' }),
  })
  .strict();

const eraseRoute = patientRoute({
  method: 'post',
  path: '/api/patients/{patientId}/erase',
  tags: ['data rights'],
  summary: 'Erase my account and all my health data, for good',
  request: {
    params: PatientParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EraseConfirmation,
        },
      },
    },
  },
  responses: {
    204: { description: 'Erased' },
    ...errorResponses(400, 401, 403, 409, 413, 415, 429, 500),
  },
});

const eraseOwnAccountRoute = createRoute({
  method: 'post',
  path: '/api/account/erase',
  tags: ['data rights'],
  summary: 'Erase my clinician or caregiver account, for good',
  description:
    "For accounts without a health record of their own. Entries they added to someone's record stay there without their name; that record's trail of who opened it keeps their visits as a deleted account. A patient erases their account with their record, at /api/patients/{patientId}/erase.",
  security: [{ session: [] }],
  request: {
    body: { required: true, content: { 'application/json': { schema: EraseConfirmation } } },
  },
  responses: {
    204: { description: 'Erased' },
    ...errorResponses(400, 401, 403, 409, 413, 415, 429, 500),
  },
});

const lastAdministratorMessage =
  "You are this Tonus server's only administrator. First make another account an administrator (Account screen, Administrators), then erase. Nothing was erased.";

export function dataRightsRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, exportRoute, 'owner', 'record.export', async (c, scope) => {
    const data = await exportPatientData(scope.db, scope.patientId, c.var.now);
    const day = c.var.now.toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="tonus-export-${day}.json"`);
    c.header('Content-Type', 'application/json; charset=utf-8');
    // Indented, because people open their export file to read it. The typed c.json() cannot
    // take the Date fields, which JSON.stringify writes as ISO 8601.
    return c.body(`${JSON.stringify(data, null, 2)}\n`, 200) as never;
  });
  /** Both erasures: the password again (with the back-off), then the account, then the cookie. */
  async function eraseAfterPassword(c: Context<AppEnv>, user: User, password: string) {
    await confirmPassword(
      store.db,
      c,
      user,
      password,
      'The password is not right. Nothing was erased.',
    );
    try {
      await eraseAccount(store.db, user.id, accountThrottleKey(user.email), c.var.requestId);
    } catch (error) {
      if (error instanceof LastAdministratorError) {
        throw new ApiError(409, 'last_administrator', lastAdministratorMessage);
      }
      throw error;
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  }
  definePatientRoute(router, store, eraseRoute, 'owner', 'record.erase', async (c, scope) =>
    eraseAfterPassword(c, scope.caller.user, c.req.valid('json').password),
  );
  router.openapi(eraseOwnAccountRoute, async (c) => {
    const { user } = requireSignedIn(c);
    if (user.role === 'patient') {
      throw new ApiError(
        403,
        'forbidden',
        'Your account holds your health record: erase it under Sharing and privacy, where you can download your data first.',
      );
    }
    return eraseAfterPassword(c, user, c.req.valid('json').password);
  });
  return router;
}
