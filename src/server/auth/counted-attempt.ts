import type { Context } from 'hono';
import type { Database } from '../../store/open-store.ts';
import { claimAttempt, clearThrottle, releaseAttempt } from '../../store/sign-in-throttle.ts';
import { ApiError } from '../api-error.ts';
import type { AppEnv } from '../app-env.ts';
import { backoffUntil } from './sign-in-backoff.ts';

/** One password attempt, already counted as a failure on each of its back-off keys. */
export interface CountedAttempt {
  /** The password was right: clears `clearedKeys`' counts and takes the attempt back elsewhere. */
  succeeded(clearedKeys: readonly string[]): Promise<void>;
  /** Neither right nor wrong (e.g. a second factor is still needed): takes the attempt back. */
  release(): Promise<void>;
}

/**
 * Counts an attempt on every key before the password is checked (see claimAttempt for why), or
 * refuses it with 429 and Retry-After while any key is backed off; `message` says, in the words
 * of the place asking, how many seconds to wait. A wrong password needs nothing more: it was
 * counted here.
 */
export async function countAttempt(
  db: Database,
  c: Context<AppEnv>,
  keys: readonly string[],
  message: (seconds: number) => string,
): Promise<CountedAttempt> {
  const now = c.var.now;
  const backoff = (failures: number) => backoffUntil(failures, now);
  const claimed: string[] = [];
  let settled = false;
  const release = async (keep: readonly string[] = []) => {
    if (settled) return;
    settled = true;
    for (const key of claimed) {
      if (keep.includes(key)) await clearThrottle(db, key);
      else await releaseAttempt(db, key, backoff);
    }
  };
  for (const key of keys) {
    const claim = await claimAttempt(db, key, now, backoff);
    if (claim.claimed) {
      claimed.push(key);
      continue;
    }
    await release();
    const seconds = Math.ceil((claim.blockedUntil.getTime() - now.getTime()) / 1000);
    c.header('Retry-After', String(seconds));
    throw new ApiError(429, 'too_many_attempts', message(seconds), { retryAfterSeconds: seconds });
  }
  return { succeeded: (clearedKeys) => release(clearedKeys), release: () => release() };
}
