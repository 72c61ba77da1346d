import type { Context } from 'hono';
import type { Database } from '../../store/open-store.ts';
import { findThrottle } from '../../store/sign-in-throttle.ts';
import { ApiError } from '../api-error.ts';
import type { AppEnv } from '../app-env.ts';

/**
 * Refuses the request with 429 and Retry-After while `key` is backed off; `message` says, in
 * the words of the place asking, how many seconds to wait.
 */
export async function refuseWhileBackedOff(
  db: Database,
  c: Context<AppEnv>,
  key: string,
  message: (seconds: number) => string,
): Promise<void> {
  const now = c.var.now;
  const row = await findThrottle(db, key);
  if (!row?.blockedUntil || row.blockedUntil <= now) return;
  const seconds = Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
  c.header('Retry-After', String(seconds));
  throw new ApiError(429, 'too_many_attempts', message(seconds), { retryAfterSeconds: seconds });
}
