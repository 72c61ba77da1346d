import { and, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { type EntryValues, patientEntries } from './patient-entries.ts';
import { videoChecks } from './schema.ts';

export type VideoCheck = typeof videoChecks.$inferSelect;
export type VideoCheckValues = EntryValues<typeof videoChecks>;

/** The patient's kept video checks, newest first. */
const entries = patientEntries(videoChecks, videoChecks.measuredOn);
export const listVideoChecks = entries.list;
export const createVideoCheck = entries.create;
export const findVideoCheck = entries.find;
export const deleteVideoCheck = entries.remove;

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
