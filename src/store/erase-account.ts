import { eq, or } from 'drizzle-orm';
import { keepAnAdministrator } from './administrators.ts';
import type { Database } from './open-store.ts';
import { auditEvents, signInThrottle, users } from './schema.ts';

/**
 * Deletes an account and everything that references it, for real, in one transaction.
 * Sessions, grants (given and received), invitations, check-ins, episodes, the whole treatment
 * log (medicines, toxin sessions with their muscles, side effects, therapies, DBS setting
 * changes, operations), filled-in questionnaires, saved video checks and the reminder state go with the account row (foreign keys cascade).
 * Where the person recorded an entry in someone else's record, `recorded_by` is set null. The
 * audit trail of the person's own record is deleted and replaced by one tombstone that records
 * only that an erasure happened, and when; a patient's own actions are all about their own
 * record, so they go too.
 *
 * A clinician's or caregiver's actions stay in the trail (a patient keeps their view of who
 * opened their record, and the administrator's trail keeps who listed records or downloaded the
 * audit log): the events keep only the erased account's random id and role, which no longer
 * lead to a name or email, and read as "a deleted account".
 *
 * @throws LastAdministratorError, erasing nothing, for the last administrator of an install that
 *   has other accounts.
 */
export async function eraseAccount(
  db: Database,
  userId: string,
  throttleKey: string,
  requestId: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await keepAnAdministrator(tx, userId);
    const [account] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    await tx
      .delete(auditEvents)
      .where(
        account?.role === 'patient'
          ? or(eq(auditEvents.patientId, userId), eq(auditEvents.actorId, userId))
          : eq(auditEvents.patientId, userId),
      );
    await tx.delete(signInThrottle).where(eq(signInThrottle.key, throttleKey));
    await tx.delete(users).where(eq(users.id, userId));
    await tx.insert(auditEvents).values({
      actorId: null,
      actorRole: null,
      patientId: userId,
      action: 'account.erased',
      resource: 'account',
      outcome: 'allowed',
      requestId,
    });
  });
}
