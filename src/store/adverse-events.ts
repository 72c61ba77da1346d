import { and, desc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { adverseEvents } from './schema.ts';

export type AdverseEvent = typeof adverseEvents.$inferSelect;
export type AdverseEventValues = Omit<
  typeof adverseEvents.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's adverse events (by onset), newest first. */
export async function listAdverseEvents(db: Database, patientId: string): Promise<AdverseEvent[]> {
  return db
    .select()
    .from(adverseEvents)
    .where(eq(adverseEvents.patientId, patientId))
    .orderBy(desc(adverseEvents.onsetOn), desc(adverseEvents.createdAt));
}

export async function createAdverseEvent(
  db: Database,
  patientId: string,
  values: AdverseEventValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<AdverseEvent> {
  const [row] = await db
    .insert(adverseEvents)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into adverse_events returned no row');
  return row;
}

/** Replaces one of this patient's adverse events; `undefined` if none. */
export async function updateAdverseEvent(
  db: Database,
  patientId: string,
  id: string,
  values: AdverseEventValues,
  recordedBy: string,
): Promise<AdverseEvent | undefined> {
  const [row] = await db
    .update(adverseEvents)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(adverseEvents.id, id), eq(adverseEvents.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's adverse events; false if none. */
export async function deleteAdverseEvent(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(adverseEvents)
    .where(and(eq(adverseEvents.id, id), eq(adverseEvents.patientId, patientId)))
    .returning({ id: adverseEvents.id });
  return rows.length > 0;
}
