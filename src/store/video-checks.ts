import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { videoChecks } from './schema.ts';

export type VideoCheck = typeof videoChecks.$inferSelect;
export type VideoCheckValues = Omit<
  typeof videoChecks.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's saved video checks, newest first; within `from`–`to` when given. */
export async function listVideoChecks(
  db: Database,
  patientId: string,
  range: { from?: string; to?: string } = {},
): Promise<VideoCheck[]> {
  const conditions = [eq(videoChecks.patientId, patientId)];
  if (range.from !== undefined) conditions.push(gte(videoChecks.measuredOn, range.from));
  if (range.to !== undefined) conditions.push(lte(videoChecks.measuredOn, range.to));
  return db
    .select()
    .from(videoChecks)
    .where(and(...conditions))
    .orderBy(desc(videoChecks.measuredOn), desc(videoChecks.createdAt));
}

export async function createVideoCheck(
  db: Database,
  patientId: string,
  values: VideoCheckValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<VideoCheck> {
  const [row] = await db
    .insert(videoChecks)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into video_checks returned no row');
  return row;
}

/** One of this patient's video checks; `undefined` if none. */
export async function findVideoCheck(
  db: Database,
  patientId: string,
  id: string,
): Promise<VideoCheck | undefined> {
  const [row] = await db
    .select()
    .from(videoChecks)
    .where(and(eq(videoChecks.id, id), eq(videoChecks.patientId, patientId)));
  return row;
}

/**
 * Changes the note of one of this patient's video checks, and only that: what the software
 * measured, and with which version, stays as stored. `undefined` if there is none.
 */
export async function updateVideoCheckNote(
  db: Database,
  patientId: string,
  id: string,
  note: string | null,
  recordedBy: string,
): Promise<VideoCheck | undefined> {
  const [row] = await db
    .update(videoChecks)
    .set({ note, recordedBy, updatedAt: new Date() })
    .where(and(eq(videoChecks.id, id), eq(videoChecks.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's video checks; false if none. */
export async function deleteVideoCheck(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(videoChecks)
    .where(and(eq(videoChecks.id, id), eq(videoChecks.patientId, patientId)))
    .returning({ id: videoChecks.id });
  return rows.length > 0;
}
