import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { episodes } from './schema.ts';

export type Episode = typeof episodes.$inferSelect;
export type EpisodeValues = Omit<
  typeof episodes.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** Episodes whose day falls in the range (both ends included), newest first. */
export async function listEpisodes(
  db: Database,
  patientId: string,
  range: { from?: string; to?: string } = {},
): Promise<Episode[]> {
  const conditions = [eq(episodes.patientId, patientId)];
  if (range.from) conditions.push(gte(episodes.day, range.from));
  if (range.to) conditions.push(lte(episodes.day, range.to));
  return db
    .select()
    .from(episodes)
    .where(and(...conditions))
    .orderBy(desc(episodes.startedAt), desc(episodes.createdAt));
}

export async function createEpisode(
  db: Database,
  patientId: string,
  values: EpisodeValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<Episode> {
  const [row] = await db
    .insert(episodes)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into episodes returned no row');
  return row;
}

/** Replaces an episode of this patient; `undefined` when the patient has no such episode. */
export async function updateEpisode(
  db: Database,
  patientId: string,
  id: string,
  values: EpisodeValues,
  recordedBy: string,
): Promise<Episode | undefined> {
  const [row] = await db
    .update(episodes)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(episodes.id, id), eq(episodes.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes an episode of this patient; false when the patient has no such episode. */
export async function deleteEpisode(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(episodes)
    .where(and(eq(episodes.id, id), eq(episodes.patientId, patientId)))
    .returning({ id: episodes.id });
  return rows.length > 0;
}
