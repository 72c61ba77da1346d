import { and, desc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { medications } from './schema.ts';

export type Medication = typeof medications.$inferSelect;
export type MedicationValues = Omit<
  typeof medications.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's medicine courses (by start date), newest first. */
export async function listMedications(db: Database, patientId: string): Promise<Medication[]> {
  return db
    .select()
    .from(medications)
    .where(eq(medications.patientId, patientId))
    .orderBy(desc(medications.startedOn), desc(medications.createdAt));
}

export async function createMedication(
  db: Database,
  patientId: string,
  values: MedicationValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<Medication> {
  const [row] = await db
    .insert(medications)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into medications returned no row');
  return row;
}

/** Replaces one of this patient's medicine courses; `undefined` if none. */
export async function updateMedication(
  db: Database,
  patientId: string,
  id: string,
  values: MedicationValues,
  recordedBy: string,
): Promise<Medication | undefined> {
  const [row] = await db
    .update(medications)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(medications.id, id), eq(medications.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's medicine courses; false if none. */
export async function deleteMedication(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(medications)
    .where(and(eq(medications.id, id), eq(medications.patientId, patientId)))
    .returning({ id: medications.id });
  return rows.length > 0;
}
