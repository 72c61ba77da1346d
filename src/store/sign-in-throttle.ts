import { and, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { signInThrottle } from './schema.ts';

export async function findThrottle(db: Database, key: string) {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  return row;
}

export type AttemptClaim = { claimed: true } | { claimed: false; blockedUntil: Date };

/**
 * Counts an attempt for `key` as a failure before its password is checked, unless `key` is
 * blocked at `now`. Counting first is what makes the back-off hold against guesses sent in
 * parallel: the password check takes a tenth of a second, and if failures were counted after it,
 * any number of guesses started together would all be checked. The attempt is taken back
 * (releaseAttempt) or the count cleared (clearThrottle) when the password turns out right.
 *
 * One transaction: a parallel claim on the same row waits for this one and then sees its block.
 */
export async function claimAttempt(
  db: Database,
  key: string,
  now: Date,
  blockedUntil: (failures: number) => Date | null,
): Promise<AttemptClaim> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(signInThrottle)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: now },
        setWhere: sql`${signInThrottle.blockedUntil} is null or ${signInThrottle.blockedUntil} <= ${now}`,
      })
      .returning({ failures: signInThrottle.failures });
    if (!row) {
      const [blocked] = await tx
        .select({ blockedUntil: signInThrottle.blockedUntil })
        .from(signInThrottle)
        .where(and(eq(signInThrottle.key, key), isNotNull(signInThrottle.blockedUntil)));
      if (!blocked?.blockedUntil) throw new Error('sign-in throttle row vanished while claimed');
      return { claimed: false, blockedUntil: blocked.blockedUntil };
    }
    await tx
      .update(signInThrottle)
      .set({ blockedUntil: blockedUntil(row.failures) })
      .where(eq(signInThrottle.key, key));
    return { claimed: true };
  });
}

/**
 * Takes back one claimed attempt that was not a failure (a right password from an address that
 * also holds others' failures, a sign-in that still needs its second factor). The block is lifted
 * only if the lower count would not have set one; a longer block from real failures stays.
 */
export async function releaseAttempt(
  db: Database,
  key: string,
  blockedUntil: (failures: number) => Date | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(signInThrottle)
      .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
      .where(and(eq(signInThrottle.key, key), gt(signInThrottle.failures, 0)))
      .returning({ failures: signInThrottle.failures });
    if (row && blockedUntil(row.failures) === null) {
      await tx
        .update(signInThrottle)
        .set({ blockedUntil: null })
        .where(eq(signInThrottle.key, key));
    }
  });
}

export async function clearThrottle(db: Database, key: string) {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
