import type { Context } from 'hono';
import type { Database } from '../../store/open-store.ts';
import { clearThrottle, recordFailure } from '../../store/sign-in-throttle.ts';
import type { User } from '../../store/users.ts';
import { ApiError } from '../api-error.ts';
import type { AppEnv } from '../app-env.ts';
import { refuseWhileBackedOff } from './backoff-refusal.ts';
import { verifyPassword } from './passwords.ts';
import { accountThrottleKey, backoffUntil } from './sign-in-backoff.ts';

/**
 * Checks the password a signed-in person types again before something that cannot be undone
 * (removing the second factor, erasing the record). Wrong passwords count against the account's
 * sign-in back-off: without that, anyone holding a session (a borrowed or unlocked device) could
 * guess the password here without limit. While the account is backed off, even the right
 * password waits, as at sign-in; the right one clears the count.
 */
export async function confirmPassword(
  db: Database,
  c: Context<AppEnv>,
  user: Pick<User, 'email' | 'passwordHash'>,
  password: string,
  wrongMessage: string,
): Promise<void> {
  const key = accountThrottleKey(user.email);
  const now = c.var.now;
  await refuseWhileBackedOff(
    db,
    c,
    key,
    (seconds) =>
      `Too many wrong passwords. Wait ${seconds} seconds, then try again. Nothing was changed.`,
  );
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(db, key, now, (failures) => backoffUntil(failures, now));
    throw new ApiError(403, 'wrong_password', wrongMessage);
  }
  await clearThrottle(db, key);
}
