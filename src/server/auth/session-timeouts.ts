/** A session ends after this long without activity (the app warns two minutes before). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** How long before the idle timeout the app offers to stay signed in. */
export const IDLE_WARNING_MS = 2 * 60 * 1000;
/** A session ends this long after sign-in whatever the activity. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function idleExpiry(now: Date, absoluteExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + IDLE_TIMEOUT_MS, absoluteExpiresAt.getTime()));
}
