import { sha256 } from './secret-tokens.ts';

/** Failures allowed before any waiting, per account and per address. */
export const FREE_FAILURES = 5;
/** Longest wait between attempts. */
export const MAX_BACKOFF_MS = 15 * 60 * 1000;

/**
 * Growing back-off: after the free failures, each further failure doubles the wait, starting
 * at 2 s, up to 15 min. Slow enough to stop guessing, short enough that a person who mistyped
 * is never locked out for long.
 */
export function backoffUntil(failures: number, now: Date): Date | null {
  if (failures < FREE_FAILURES) return null;
  const wait = Math.min(2000 * 2 ** (failures - FREE_FAILURES), MAX_BACKOFF_MS);
  return new Date(now.getTime() + wait);
}

/**
 * The back-off counter of one account (by its normalised email), shared by sign-in and by every
 * place a signed-in person must type their password again, so none of them is an unthrottled
 * way to guess it.
 */
export function accountThrottleKey(email: string): string {
  return `account:${sha256(email)}`;
}
