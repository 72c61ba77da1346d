import { eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { checkInReminders } from './schema.ts';

/** The day the person last put the check-in reminder away, or null if they never did. */
export async function reminderDismissedOn(db: Database, patientId: string) {
  const [row] = await db
    .select({ dismissedOn: checkInReminders.dismissedOn })
    .from(checkInReminders)
    .where(eq(checkInReminders.patientId, patientId));
  return row?.dismissedOn ?? null;
}

/** Records that the reminder was put away on `day` (the person's calendar date). */
export async function dismissReminder(db: Database, patientId: string, day: string, at: Date) {
  await db
    .insert(checkInReminders)
    .values({ patientId, dismissedOn: day, dismissedAt: at })
    .onConflictDoUpdate({
      target: checkInReminders.patientId,
      set: { dismissedOn: day, dismissedAt: at },
    });
}
