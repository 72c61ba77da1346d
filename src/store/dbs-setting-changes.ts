import { and, desc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { dbsSettingChanges } from './schema.ts';

export type DbsSettingChange = typeof dbsSettingChanges.$inferSelect;
export type DbsSettingChangeValues = Omit<
  typeof dbsSettingChanges.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's DBS setting changes, newest first. */
export async function listDbsSettingChanges(
  db: Database,
  patientId: string,
): Promise<DbsSettingChange[]> {
  return db
    .select()
    .from(dbsSettingChanges)
    .where(eq(dbsSettingChanges.patientId, patientId))
    .orderBy(desc(dbsSettingChanges.changedOn), desc(dbsSettingChanges.createdAt));
}

export async function createDbsSettingChange(
  db: Database,
  patientId: string,
  values: DbsSettingChangeValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<DbsSettingChange> {
  const [row] = await db
    .insert(dbsSettingChanges)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into dbs_setting_changes returned no row');
  return row;
}

/** Replaces one of this patient's DBS setting changes; `undefined` if none. */
export async function updateDbsSettingChange(
  db: Database,
  patientId: string,
  id: string,
  values: DbsSettingChangeValues,
  recordedBy: string,
): Promise<DbsSettingChange | undefined> {
  const [row] = await db
    .update(dbsSettingChanges)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(dbsSettingChanges.id, id), eq(dbsSettingChanges.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's DBS setting changes; false if none. */
export async function deleteDbsSettingChange(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(dbsSettingChanges)
    .where(and(eq(dbsSettingChanges.id, id), eq(dbsSettingChanges.patientId, patientId)))
    .returning({ id: dbsSettingChanges.id });
  return rows.length > 0;
}
