import type { Context } from 'hono';
import type { Database } from '../../store/open-store.ts';
import type { User } from '../../store/users.ts';
import { ApiError } from '../api-error.ts';
import type { AppEnv } from '../app-env.ts';
import { countAttempt } from './counted-attempt.ts';
import { verifyPassword } from './passwords.ts';
import { accountThrottleKey } from './sign-in-backoff.ts';

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
  const attempt = await countAttempt(
    db,
    c,
    [key],
    (seconds) =>
      `Too many wrong passwords. Wait ${seconds} seconds, then try again. Nothing was changed.`,
  );
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new ApiError(403, 'wrong_password', wrongMessage);
  }
  await attempt.succeeded([key]);
}
