import { z } from '@hono/zod-openapi';

/**
 * An account's email as typed: trimmed and lower-cased first (a phone keyboard adds a space or a
 * capital), then checked; stored and compared in that form.
 */
export const EmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Use at most 254 characters.')
  .pipe(z.email('Enter an email address such as name@example.org.'));
