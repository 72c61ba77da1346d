import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { sessions, users } from './schema.ts';
import type { User } from './users.ts';

export type Session = typeof sessions.$inferSelect;

export async function insertSession(db: Database, session: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(session);
}

/** The session and its user, if the session exists and has not expired at `now`. */
export async function findLiveSession(
  db: Database,
  tokenHash: string,
  now: Date,
): Promise<{ session: Session; user: User } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.idleExpiresAt, now),
        gt(sessions.absoluteExpiresAt, now),
      ),
    );
  return row;
}

/** Moves the idle expiry forward, never past the absolute expiry. */
export async function touchSession(
  db: Database,
  tokenHash: string,
  now: Date,
  idleExpiresAt: Date,
) {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, idleExpiresAt })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Database, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Database, now: Date) {
  await db
    .delete(sessions)
    .where(or(lt(sessions.idleExpiresAt, now), lt(sessions.absoluteExpiresAt, now)));
}
