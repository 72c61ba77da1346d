import { and, desc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { surgeries } from './schema.ts';

export type Surgery = typeof surgeries.$inferSelect;
export type SurgeryValues = Omit<
  typeof surgeries.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's operations, newest first. */
export async function listSurgeries(db: Database, patientId: string): Promise<Surgery[]> {
  return db
    .select()
    .from(surgeries)
    .where(eq(surgeries.patientId, patientId))
    .orderBy(desc(surgeries.performedOn), desc(surgeries.createdAt));
}

export async function createSurgery(
  db: Database,
  patientId: string,
  values: SurgeryValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<Surgery> {
  const [row] = await db
    .insert(surgeries)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into surgeries returned no row');
  return row;
}

/** Replaces one of this patient's operations; `undefined` if none. */
export async function updateSurgery(
  db: Database,
  patientId: string,
  id: string,
  values: SurgeryValues,
  recordedBy: string,
): Promise<Surgery | undefined> {
  const [row] = await db
    .update(surgeries)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(surgeries.id, id), eq(surgeries.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's operations; false if none. */
export async function deleteSurgery(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(surgeries)
    .where(and(eq(surgeries.id, id), eq(surgeries.patientId, patientId)))
    .returning({ id: surgeries.id });
  return rows.length > 0;
}
