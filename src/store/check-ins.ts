import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { checkIns } from './schema.ts';

export type CheckIn = typeof checkIns.$inferSelect;
export type CheckInValues = Pick<
  typeof checkIns.$inferInsert,
  'day' | 'severity' | 'pain' | 'function' | 'regions' | 'note'
>;

/** One check-in per patient and day: saving the same day again replaces it. */
export async function upsertCheckIn(
  db: Database,
  patientId: string,
  values: CheckInValues,
  recordedBy: string,
): Promise<CheckIn> {
  const [row] = await db
    .insert(checkIns)
    .values({ ...values, patientId, recordedBy })
    .onConflictDoUpdate({
      target: [checkIns.patientId, checkIns.day],
      set: { ...values, recordedBy, updatedAt: new Date() },
    })
    .returning();
  if (!row) throw new Error('upsert into check_ins returned no row');
  return row;
}

export async function listCheckIns(
  db: Database,
  patientId: string,
  range: { from?: string; to?: string } = {},
): Promise<CheckIn[]> {
  const conditions = [eq(checkIns.patientId, patientId)];
  if (range.from) conditions.push(gte(checkIns.day, range.from));
  if (range.to) conditions.push(lte(checkIns.day, range.to));
  return db
    .select()
    .from(checkIns)
    .where(and(...conditions))
    .orderBy(desc(checkIns.day));
}
