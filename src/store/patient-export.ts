import { eq } from 'drizzle-orm';
import { listAdverseEvents } from './adverse-events.ts';
import { listPatientAudit } from './audit-events.ts';
import { reminderDismissedOn } from './check-in-reminders.ts';
import { listCheckIns } from './check-ins.ts';
import { listDbsSettingChanges } from './dbs-setting-changes.ts';
import { listEpisodes } from './episodes.ts';
import { listPatientGrants } from './grants.ts';
import { listPatientInvitations } from './invitations.ts';
import { listMedications } from './medications.ts';
import type { Database } from './open-store.ts';
import { listQuestionnaireResponses } from './questionnaire-responses.ts';
import { users } from './schema.ts';
import { listSurgeries } from './surgeries.ts';
import { listTherapies } from './therapies.ts';
import { listToxinSessions } from './toxin-sessions.ts';
import { listVideoChecks } from './video-checks.ts';

/** The patient id is the account's own id; repeating it on every row adds nothing. */
const withoutPatientId = <T extends { patientId: string }>({ patientId: _p, ...row }: T) => row;

/** Version of the export file's layout; documented in docs/data-export.md. */
export const EXPORT_FORMAT_VERSION = 1;

/**
 * Everything Tonus holds about one person, as one JSON-ready object. Secrets are left out
 * (password hash, TOTP secret, invitation code hashes): they are not data about the person.
 */
export async function exportPatientData(db: Database, patientId: string, now: Date) {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      isAdmin: users.isAdmin,
      totpEnabledAt: users.totpEnabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, patientId));
  const [
    checkIns,
    episodes,
    medications,
    toxinSessions,
    adverseEvents,
    therapies,
    dbsSettingChanges,
    surgeries,
    questionnaireResponses,
    videoChecks,
    checkInReminderDismissedOn,
    grants,
    invitations,
    auditEvents,
  ] = await Promise.all([
    listCheckIns(db, patientId),
    listEpisodes(db, patientId),
    listMedications(db, patientId),
    listToxinSessions(db, patientId),
    listAdverseEvents(db, patientId),
    listTherapies(db, patientId),
    listDbsSettingChanges(db, patientId),
    listSurgeries(db, patientId),
    listQuestionnaireResponses(db, patientId),
    listVideoChecks(db, patientId),
    reminderDismissedOn(db, patientId),
    listPatientGrants(db, patientId),
    listPatientInvitations(db, patientId),
    listPatientAudit(db, patientId, 1_000_000),
  ]);
  return {
    format: 'tonus-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    notice:
      'Everything Tonus holds about you. Tonus supports care; it does not diagnose. Scores computed by the software are estimates.',
    account,
    checkIns: checkIns.map(withoutPatientId),
    episodes: episodes.map(withoutPatientId),
    medications: medications.map(withoutPatientId),
    toxinSessions: toxinSessions.map(withoutPatientId),
    adverseEvents: adverseEvents.map(withoutPatientId),
    therapies: therapies.map(withoutPatientId),
    dbsSettingChanges: dbsSettingChanges.map(withoutPatientId),
    surgeries: surgeries.map(withoutPatientId),
    questionnaireResponses: questionnaireResponses.map(withoutPatientId),
    videoChecks: videoChecks.map(withoutPatientId),
    checkInReminderDismissedOn,
    grants: grants.map(({ grant, grantee }) => ({ ...grant, grantee })),
    invitations: invitations.map(({ codeHash: _c, ...row }) => row),
    auditEvents,
  };
}
