import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { invitations } from './schema.ts';

export type Invitation = typeof invitations.$inferSelect;

export async function insertInvitation(db: Database, invitation: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(invitation).returning();
  if (!row) throw new Error('insert into invitations returned no row');
  return row;
}

/**
 * Marks an unused, unexpired invitation as used by `userId` and returns it; undefined when the
 * code is unknown, used or expired. One statement, so a code can be used once even when two
 * people race for it.
 */
export async function consumeInvitation(db: Database, codeHash: string, userId: string, now: Date) {
  const [row] = await db
    .update(invitations)
    .set({ usedAt: now, usedBy: userId })
    .where(
      and(
        eq(invitations.codeHash, codeHash),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

export async function listPatientInvitations(db: Database, patientId: string) {
  return db.select().from(invitations).where(eq(invitations.patientId, patientId));
}
