import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error.ts';
import type { AppEnv } from '../app-env.ts';

function sameToken(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Two locks on every state-changing request. The Origin header, when the browser sends one,
 * must be this server's own. And a signed-in caller must echo the session's CSRF token in a
 * header, which a page of another origin cannot read or set.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = c.req.header('host');
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (!host || originHost !== host) {
        throw new ApiError(
          403,
          'csrf_rejected',
          'This request came from another website and was refused. Use Tonus from its own address.',
        );
      }
    }
    const signedIn = c.var.signedIn;
    if (signedIn && !sameToken(c.req.header(CSRF_HEADER), signedIn.session.csrfToken)) {
      throw new ApiError(
        403,
        'csrf_rejected',
        `The request lacks this session's ${CSRF_HEADER} header and was refused. Reload the page and try again.`,
      );
    }
    await next();
  };
}
