import { eq } from 'drizzle-orm';
import { listPatientAudit } from './audit-events.ts';
import { listCheckIns } from './check-ins.ts';
import { listPatientGrants } from './grants.ts';
import { listPatientInvitations } from './invitations.ts';
import type { Database } from './open-store.ts';
import { users } from './schema.ts';

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
  const [checkIns, grants, invitations, auditEvents] = await Promise.all([
    listCheckIns(db, patientId),
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
    checkIns: checkIns.map(({ patientId: _p, ...row }) => row),
    grants: grants.map(({ grant, grantee }) => ({ ...grant, grantee })),
    invitations: invitations.map(({ codeHash: _c, ...row }) => row),
    auditEvents,
  };
}
