import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The caller's address, for sign-in throttling. Behind a reverse proxy (TRUST_PROXY=1) it is
 * the last X-Forwarded-For entry, the one our proxy added (earlier entries come from the
 * client and can be anything); otherwise the socket's peer, which a client cannot forge.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests, app.request) have no socket.
    return 'in-process';
  }
}
