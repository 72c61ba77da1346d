import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { grants, users } from './schema.ts';

export type Grant = typeof grants.$inferSelect;

/** Grants `granteeId` holds on `patientId`, live or not; the access policy decides. */
export async function grantsBetween(db: Database, patientId: string, granteeId: string) {
  return db
    .select()
    .from(grants)
    .where(and(eq(grants.patientId, patientId), eq(grants.granteeId, granteeId)));
}

/** A patient's grants with the grantee's name, newest first. */
export async function listPatientGrants(db: Database, patientId: string) {
  return db
    .select({
      grant: grants,
      grantee: {
        id: users.id,
        displayName: users.displayName,
        email: users.email,
        role: users.role,
      },
    })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.granteeId))
    .where(eq(grants.patientId, patientId))
    .orderBy(desc(grants.createdAt));
}

/** Patients who gave `granteeId` a grant that is live at `now`. */
export async function listGrantingPatients(db: Database, granteeId: string, now: Date) {
  return db
    .select({
      patient: { id: users.id, displayName: users.displayName },
      grant: grants,
    })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.patientId))
    .where(
      and(
        eq(grants.granteeId, granteeId),
        isNull(grants.revokedAt),
        or(isNull(grants.endsAt), gt(grants.endsAt, now)),
      ),
    )
    .orderBy(users.displayName);
}

export async function insertGrant(db: Database, grant: typeof grants.$inferInsert) {
  const [row] = await db.insert(grants).values(grant).returning();
  if (!row) throw new Error('insert into grants returned no row');
  return row;
}

/** Revokes one of the patient's grants; false when the patient has no such grant. */
export async function revokeGrant(db: Database, patientId: string, grantId: string, now: Date) {
  const rows = await db
    .update(grants)
    .set({ revokedAt: now })
    .where(and(eq(grants.id, grantId), eq(grants.patientId, patientId), isNull(grants.revokedAt)))
    .returning({ id: grants.id });
  return rows.length > 0;
}
