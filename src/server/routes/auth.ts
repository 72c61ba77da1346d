import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Secret, TOTP } from 'otpauth';
import type { Store } from '../../store/open-store.ts';
import { deleteSession, insertSession } from '../../store/sessions.ts';
import {
  claimTotpStep,
  EmailTakenError,
  findUserByEmail,
  insertUser,
  setTotpSecret,
  type User,
} from '../../store/users.ts';
import { ApiError, errorResponses } from '../api-error.ts';
import { type AppEnv, createRouter } from '../app-env.ts';
import { requireSignedIn } from '../auth/authenticate.ts';
import { clientAddress } from '../auth/client-address.ts';
import { countAttempt } from '../auth/counted-attempt.ts';
import { confirmPassword } from '../auth/password-confirmation.ts';
import {
  decoyPasswordHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  passwordProblem,
  verifyPassword,
} from '../auth/passwords.ts';
import { newSecretToken, sha256 } from '../auth/secret-tokens.ts';
import {
  clearSessionCookie,
  readSessionCookie,
  writeSessionCookie,
} from '../auth/session-cookie.ts';
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  IDLE_WARNING_MS,
  idleExpiry,
} from '../auth/session-timeouts.ts';
import { accountThrottleKey } from '../auth/sign-in-backoff.ts';
import { EmailAddress } from './email-address.ts';

const Account = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['patient', 'clinician', 'caregiver']),
    isAdmin: z.boolean(),
    totpEnabled: z.boolean(),
  })
  .openapi('Account');

const SessionInfo = z
  .object({
    account: Account,
    csrfToken: z.string().openapi({ description: 'Send as X-CSRF-Token on every change.' }),
    idleExpiresAt: z.iso.datetime({ offset: true }),
    absoluteExpiresAt: z.iso.datetime({ offset: true }),
    warnBeforeMs: z
      .number()
      .int()
      .openapi({ description: 'Warn this many ms before idle expiry.' }),
  })
  .openapi('SessionInfo');

const SignUp = z
  .object({
    email: EmailAddress,
    password: z.string().max(MAX_PASSWORD_LENGTH),
    displayName: z.string().trim().min(1, 'Enter your name.').max(120),
    role: z.enum(['patient', 'clinician', 'caregiver']),
  })
  .strict()
  .openapi('SignUp');

const SignIn = z
  .object({
    email: EmailAddress,
    password: z.string().max(MAX_PASSWORD_LENGTH),
    totpCode: z
      .string()
      .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.')
      .optional(),
  })
  .strict()
  .openapi('SignIn');

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const signUpRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-up',
  tags: ['auth'],
  summary: 'Create an account and sign in (the first account of an install is the admin)',
  request: { body: { required: true, ...json(SignUp) } },
  responses: {
    201: { description: 'Signed in', ...json(SessionInfo) },
    ...errorResponses(400, 403, 409, 413, 415, 500),
  },
});

const signInRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['auth'],
  summary: 'Sign in with email and password (and a TOTP code if enabled)',
  request: { body: { required: true, ...json(SignIn) } },
  responses: {
    200: { description: 'Signed in', ...json(SessionInfo) },
    ...errorResponses(400, 401, 403, 413, 415, 429, 500),
  },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['auth'],
  summary: 'End this session',
  security: [{ session: [] }],
  responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403, 500) },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['auth'],
  summary: 'The current session (does not count as activity)',
  security: [{ session: [] }],
  responses: {
    200: { description: 'Signed in', ...json(SessionInfo) },
    ...errorResponses(401, 500),
  },
});

const extendRoute = createRoute({
  method: 'post',
  path: '/api/auth/session/extend',
  tags: ['auth'],
  summary: 'Stay signed in: restart the idle timeout',
  security: [{ session: [] }],
  responses: {
    200: { description: 'Extended', ...json(SessionInfo) },
    ...errorResponses(401, 403, 500),
  },
});

const TotpSetup = z.object({ secret: z.string(), uri: z.string() }).openapi('TotpSetup');
const TotpCode = z
  .object({
    code: z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
  })
  .strict();
const PasswordConfirm = z.object({ password: z.string().max(MAX_PASSWORD_LENGTH) }).strict();

const totpSetupRoute = createRoute({
  method: 'post',
  path: '/api/auth/totp/setup',
  tags: ['auth'],
  summary: 'Start adding an authenticator app (second factor)',
  security: [{ session: [] }],
  responses: {
    200: { description: 'Secret to enter in the app', ...json(TotpSetup) },
    ...errorResponses(401, 403, 409, 500),
  },
});

const totpEnableRoute = createRoute({
  method: 'post',
  path: '/api/auth/totp/enable',
  tags: ['auth'],
  summary: 'Confirm the authenticator app with one code; sign-in asks for a code from then on',
  security: [{ session: [] }],
  request: { body: { required: true, ...json(TotpCode) } },
  responses: {
    200: { description: 'Enabled', ...json(SessionInfo) },
    ...errorResponses(400, 401, 403, 409, 500),
  },
});

const totpDisableRoute = createRoute({
  method: 'post',
  path: '/api/auth/totp/disable',
  tags: ['auth'],
  summary: 'Remove the second factor (needs the password; wrong ones back off with sign-in)',
  security: [{ session: [] }],
  request: { body: { required: true, ...json(PasswordConfirm) } },
  responses: {
    200: { description: 'Disabled', ...json(SessionInfo) },
    ...errorResponses(400, 401, 403, 429, 500),
  },
});

function totpFor(user: Pick<User, 'email'>, secret: string) {
  return new TOTP({ issuer: 'Tonus', label: user.email, secret: Secret.fromBase32(secret) });
}

/** The 30-second step of a TOTP code that is valid now (±1 step for clock drift), if any. */
function totpStep(user: User, secret: string, code: string, now: Date): number | undefined {
  const delta = totpFor(user, secret).validate({
    token: code,
    window: 1,
    timestamp: now.getTime(),
  });
  return delta === null ? undefined : Math.floor(now.getTime() / 30_000) + delta;
}

function accountOf(user: User) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    isAdmin: user.isAdmin,
    totpEnabled: user.totpEnabledAt !== null,
  };
}

function sessionInfo(
  user: User,
  session: { csrfToken: string; idleExpiresAt: Date; absoluteExpiresAt: Date },
  now: Date,
) {
  return {
    serverTime: now.toISOString(),
    account: accountOf(user),
    csrfToken: session.csrfToken,
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    warnBeforeMs: IDLE_WARNING_MS,
    idleTimeoutMs: IDLE_TIMEOUT_MS,
  };
}

export interface AuthOptions {
  trustProxy: boolean;
}

export function authRoutes(store: Store, options: AuthOptions) {
  async function startSession(c: Context<AppEnv>, user: User) {
    const now = c.var.now;
    const token = newSecretToken();
    const absoluteExpiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
    const session = {
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken: newSecretToken(),
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: idleExpiry(now, absoluteExpiresAt),
      absoluteExpiresAt,
    };
    const previous = readSessionCookie(c);
    if (previous) await deleteSession(store.db, sha256(previous));
    await insertSession(store.db, session);
    writeSessionCookie(c, token, absoluteExpiresAt, options.trustProxy);
    return sessionInfo(user, session, c.var.now);
  }

  return createRouter()
    .openapi(signUpRoute, async (c) => {
      const body = c.req.valid('json');
      const problem = passwordProblem(body.password, body.email);
      if (problem) {
        throw new ApiError(400, 'weak_password', problem, {
          fields: [{ path: 'password', message: problem }],
        });
      }
      let user: User;
      try {
        user = await insertUser(store.db, {
          email: body.email,
          displayName: body.displayName,
          role: body.role,
          passwordHash: await hashPassword(body.password),
        });
      } catch (error) {
        if (error instanceof EmailTakenError) {
          throw new ApiError(
            409,
            'email_taken',
            'An account with this email already exists. Sign in instead.',
          );
        }
        throw error;
      }
      return c.json(await startSession(c, user), 201);
    })
    .openapi(signInRoute, async (c) => {
      const body = c.req.valid('json');
      const now = c.var.now;
      const keys = [
        accountThrottleKey(body.email),
        `address:${sha256(clientAddress(c, options.trustProxy))}`,
      ];
      const attempt = await countAttempt(
        store.db,
        c,
        keys,
        (seconds) =>
          `Too many sign-in attempts. Wait ${seconds} seconds, then try again. If you forgot your password, ask your administrator.`,
      );
      const user = await findUserByEmail(store.db, body.email);
      const passwordOk = await verifyPassword(
        user?.passwordHash ?? (await decoyPasswordHash()),
        body.password,
      );
      // A wrong password or code was counted by countAttempt already.
      if (!user || !passwordOk) {
        throw new ApiError(
          401,
          'wrong_credentials',
          'The email or password is not right. Check both and try again.',
        );
      }
      if (user.totpEnabledAt && user.totpSecret) {
        if (!body.totpCode) {
          await attempt.release();
          throw new ApiError(
            401,
            'totp_required',
            'Enter the 6-digit code from your authenticator app.',
          );
        }
        const step = totpStep(user, user.totpSecret, body.totpCode, now);
        if (step === undefined || !(await claimTotpStep(store.db, user.id, step))) {
          throw new ApiError(
            401,
            'wrong_totp',
            'That code is not right, has expired or was already used. Enter the next code from your authenticator app.',
          );
        }
      }
      // The account's count starts again; the address keeps others' failures.
      await attempt.succeeded([keys[0] as string]);
      return c.json(await startSession(c, user), 200);
    })
    .openapi(signOutRoute, async (c) => {
      const { session } = requireSignedIn(c);
      await deleteSession(store.db, session.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(sessionRoute, async (c) => {
      const { user, session } = requireSignedIn(c);
      return c.json(sessionInfo(user, session, c.var.now), 200);
    })
    .openapi(extendRoute, async (c) => {
      // authenticate() has already counted this request as activity.
      const { user, session } = requireSignedIn(c);
      return c.json(sessionInfo(user, session, c.var.now), 200);
    })
    .openapi(totpSetupRoute, async (c) => {
      const { user } = requireSignedIn(c);
      if (user.totpEnabledAt) {
        throw new ApiError(
          409,
          'totp_already_enabled',
          'An authenticator app is already set up. Remove it first to add another.',
        );
      }
      const secret = new Secret({ size: 20 }).base32;
      await setTotpSecret(store.db, user.id, secret, null);
      return c.json({ secret, uri: totpFor(user, secret).toString() }, 200);
    })
    .openapi(totpEnableRoute, async (c) => {
      const { user, session } = requireSignedIn(c);
      if (user.totpEnabledAt) {
        throw new ApiError(409, 'totp_already_enabled', 'An authenticator app is already set up.');
      }
      if (!user.totpSecret) {
        throw new ApiError(409, 'totp_not_started', 'Start the set-up first, then enter a code.');
      }
      const step = totpStep(user, user.totpSecret, c.req.valid('json').code, c.var.now);
      if (step === undefined || !(await claimTotpStep(store.db, user.id, step))) {
        throw new ApiError(
          400,
          'wrong_totp',
          'That code is not right. Check the time on your phone and enter the current code.',
        );
      }
      const enabledAt = c.var.now;
      await setTotpSecret(store.db, user.id, user.totpSecret, enabledAt);
      return c.json(sessionInfo({ ...user, totpEnabledAt: enabledAt }, session, c.var.now), 200);
    })
    .openapi(totpDisableRoute, async (c) => {
      const { user, session } = requireSignedIn(c);
      await confirmPassword(
        store.db,
        c,
        user,
        c.req.valid('json').password,
        'The password is not right. The authenticator app is still needed to sign in.',
      );
      await setTotpSecret(store.db, user.id, null, null);
      return c.json(sessionInfo({ ...user, totpEnabledAt: null }, session, c.var.now), 200);
    });
}
