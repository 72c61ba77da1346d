import { eq, sql } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { signInThrottle } from './schema.ts';

export async function findThrottle(db: Database, key: string) {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  return row;
}

/** Counts one more failure for `key` and blocks it until `blockedUntil(failures)`. */
export async function recordFailure(
  db: Database,
  key: string,
  now: Date,
  blockedUntil: (failures: number) => Date | null,
): Promise<number> {
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: now },
    })
    .returning({ failures: signInThrottle.failures });
  const failures = row?.failures ?? 1;
  await db
    .update(signInThrottle)
    .set({ blockedUntil: blockedUntil(failures) })
    .where(eq(signInThrottle.key, key));
  return failures;
}

export async function clearThrottle(db: Database, key: string) {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
