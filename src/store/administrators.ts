import { asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { users } from './schema.ts';
import { FIRST_ACCOUNT_LOCK_KEY } from './users.ts';

export interface Administrator {
  id: string;
  email: string;
  displayName: string;
  role: string;
}

export async function listAdministrators(db: Database): Promise<Administrator[]> {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.isAdmin, true))
    .orderBy(asc(users.createdAt), asc(users.email));
}

/**
 * Gives the account with this (normalised) email the administrator's role; undefined if none.
 * `recordInTrail` runs in the same transaction, so the role never changes without its trail.
 */
export async function makeAdministrator(
  db: Database,
  email: string,
  recordInTrail: (tx: Database, accountId: string) => Promise<void>,
): Promise<Administrator | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ isAdmin: true })
      .where(eq(users.email, email))
      .returning({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
      });
    if (row) await recordInTrail(tx, row.id);
    return row;
  });
}

export class LastAdministratorError extends Error {
  override name = 'LastAdministratorError';
}

/**
 * Throws LastAdministratorError if `userId` is the only administrator while other accounts
 * remain: they would be left with nobody who can register clinics, download the audit trail or
 * name a new administrator. The only account of an install may go (the next sign-up becomes the
 * administrator). Call inside the erasing transaction: it takes the lock sign-ups take, so two
 * administrators erasing at once cannot each count on the other.
 */
export async function keepAnAdministrator(tx: Database, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK_KEY})`);
  if (!(await isAdministrator(tx, userId))) return;
  const others = await countOthers(tx, userId);
  if (others.accounts > 0 && others.administrators === 0) {
    throw new LastAdministratorError('the last administrator cannot be erased');
  }
}

export type AdministratorRemoval = 'removed' | 'not_an_administrator' | 'last_administrator';

/**
 * Takes the administrator's role from an account, unless it is the only administrator left
 * (the server would have nobody to register clinics or name a new administrator). Under the
 * sign-up lock, so two administrators removing each other at once cannot both succeed.
 */
export async function removeAdministrator(
  db: Database,
  userId: string,
  /** Runs in the same transaction, so the role never goes without its trail. */
  recordInTrail: (tx: Database) => Promise<void>,
): Promise<AdministratorRemoval> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK_KEY})`);
    if (!(await isAdministrator(tx, userId))) return 'not_an_administrator';
    if ((await countOthers(tx, userId)).administrators === 0) return 'last_administrator';
    await tx.update(users).set({ isAdmin: false }).where(eq(users.id, userId));
    await recordInTrail(tx);
    return 'removed';
  });
}

async function isAdministrator(tx: Database, userId: string): Promise<boolean> {
  const [account] = await tx
    .select({ isAdmin: users.isAdmin })
    .from(users)
    .where(eq(users.id, userId));
  return account?.isAdmin === true;
}

/** Accounts and administrators other than `userId`. */
async function countOthers(tx: Database, userId: string) {
  const [others] = await tx
    .select({
      accounts: sql<number>`count(*)::int`,
      administrators: sql<number>`count(*) filter (where ${users.isAdmin})::int`,
    })
    .from(users)
    .where(ne(users.id, userId));
  return { accounts: others?.accounts ?? 0, administrators: others?.administrators ?? 0 };
}
