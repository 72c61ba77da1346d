/**
 * Whether a database error is a unique-key violation (SQLSTATE 23505), from PGlite or from
 * node-postgres, bare or wrapped by drizzle (which keeps the driver's error as `cause`).
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === 'object' && 'code' in e && (e as { code: unknown }).code === '23505') {
      return true;
    }
    e = typeof e === 'object' && 'cause' in e ? (e as { cause: unknown }).cause : undefined;
  }
  return false;
}
