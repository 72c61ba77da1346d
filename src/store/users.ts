import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { users } from './schema.ts';

export type User = typeof users.$inferSelect;
export type Role = User['role'];
export type NewUser = Pick<
  typeof users.$inferInsert,
  'email' | 'displayName' | 'role' | 'passwordHash'
>;

/**
 * Arbitrary constant: serialises sign-ups so exactly one first account becomes the admin, and
 * erasures of administrators so two cannot each leave the other as the last one and both go.
 */
export const FIRST_ACCOUNT_LOCK_KEY = 7_318_004_212;

export class EmailTakenError extends Error {
  override name = 'EmailTakenError';
}

/** Creates an account; the first account of an install is the admin. */
export async function insertUser(db: Database, user: NewUser): Promise<User> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK_KEY})`);
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, user.email));
    if (taken) throw new EmailTakenError('An account with this email already exists.');
    const [existing] = await tx.select({ id: users.id }).from(users).limit(1);
    const [row] = await tx
      .insert(users)
      .values({ ...user, isAdmin: existing === undefined })
      .returning();
    if (!row) throw new Error('insert into users returned no row');
    return row;
  });
}

export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUser(db: Database, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function setTotpSecret(
  db: Database,
  userId: string,
  secret: string | null,
  enabledAt: Date | null,
): Promise<void> {
  await db
    .update(users)
    .set({
      totpSecret: secret,
      totpEnabledAt: enabledAt,
      ...(secret === null ? { totpLastStep: null } : {}),
    })
    .where(eq(users.id, userId));
}

/**
 * Records that the code of `step` was used, unless a code of that step or a later one was
 * used already (then false: the code is being replayed). One statement, so two sign-ins
 * racing with the same code cannot both pass.
 */
export async function claimTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length > 0;
}
