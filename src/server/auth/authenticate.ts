import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/open-store.ts';
import { findLiveSession, touchSession } from '../../store/sessions.ts';
import { ApiError } from '../api-error.ts';
import type { AppEnv, SignedIn } from '../app-env.ts';
import { sha256 } from './secret-tokens.ts';
import { readSessionCookie } from './session-cookie.ts';
import { idleExpiry } from './session-timeouts.ts';

/** Requests that report on the session must not count as activity that keeps it alive. */
const passive = new Set(['GET /api/auth/session']);

/** Finds the caller's live session, if any, and counts the request as activity. */
export function authenticate(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('signedIn', null);
    c.set('sessionEnded', false);
    const token = readSessionCookie(c);
    if (token) {
      const tokenHash = sha256(token);
      const now = c.var.now;
      const found = await findLiveSession(store.db, tokenHash, now);
      if (found) {
        if (!passive.has(`${c.req.method} ${c.req.path}`)) {
          const idleExpiresAt = idleExpiry(now, found.session.absoluteExpiresAt);
          await touchSession(store.db, tokenHash, now, idleExpiresAt);
          found.session.idleExpiresAt = idleExpiresAt;
          found.session.lastSeenAt = now;
        }
        c.set('signedIn', found);
      } else {
        c.set('sessionEnded', true);
      }
    }
    await next();
  };
}

/** The signed-in caller, or a 401 that says what to do. */
export function requireSignedIn(c: { var: AppEnv['Variables'] }): SignedIn {
  const signedIn = c.var.signedIn;
  if (signedIn) return signedIn;
  if (c.var.sessionEnded) {
    throw new ApiError(
      401,
      'session_ended',
      'Your session has ended. Sign in again; anything you were typing is kept on this device.',
    );
  }
  throw new ApiError(401, 'unauthenticated', 'Sign in to continue.');
}
