import { and, desc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { therapies } from './schema.ts';

export type Therapy = typeof therapies.$inferSelect;
export type TherapyValues = Omit<
  typeof therapies.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's therapy courses (by start date), newest first. */
export async function listTherapies(db: Database, patientId: string): Promise<Therapy[]> {
  return db
    .select()
    .from(therapies)
    .where(eq(therapies.patientId, patientId))
    .orderBy(desc(therapies.startedOn), desc(therapies.createdAt));
}

export async function createTherapy(
  db: Database,
  patientId: string,
  values: TherapyValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<Therapy> {
  const [row] = await db
    .insert(therapies)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into therapies returned no row');
  return row;
}

/** Replaces one of this patient's therapy courses; `undefined` if none. */
export async function updateTherapy(
  db: Database,
  patientId: string,
  id: string,
  values: TherapyValues,
  recordedBy: string,
): Promise<Therapy | undefined> {
  const [row] = await db
    .update(therapies)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(therapies.id, id), eq(therapies.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's therapy courses; false if none. */
export async function deleteTherapy(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(therapies)
    .where(and(eq(therapies.id, id), eq(therapies.patientId, patientId)))
    .returning({ id: therapies.id });
  return rows.length > 0;
}
