/**
 * The one access policy for patient data. Every patient-scoped route asks it (through
 * patient-route.ts) before it can reach the record. Deny by default: access exists only for
 * the patient themself, or for a grantee holding a grant that is neither revoked nor ended.
 * Being an admin gives no access to anyone's health data.
 */

/** What a route needs: to read the record, to change it, or to act as its owner (sharing,
 * audit trail, export, erasure), which only the patient may do. */
export type PatientAccess = 'read' | 'write' | 'owner';

export interface AccessSubject {
  userId: string;
  role: 'patient' | 'clinician' | 'caregiver';
}

export interface GrantFacts {
  scope: 'read' | 'read_write';
  endsAt: Date | null;
  revokedAt: Date | null;
}

export type AccessDecision =
  | { allowed: true; as: 'patient' | 'grantee' }
  | {
      allowed: false;
      reason:
        | 'signed_out'
        | 'not_a_patient_record'
        | 'owner_only'
        | 'no_grant'
        | 'grant_revoked'
        | 'grant_ended'
        | 'read_only';
    };

export interface AccessQuestion {
  subject: AccessSubject | null;
  /** The account whose record is asked for, if it exists and is a patient's. */
  patient: { id: string; isPatient: boolean } | undefined;
  need: PatientAccess;
  /** Every grant the subject ever held on this patient. */
  grants: GrantFacts[];
  now: Date;
}

export function decidePatientAccess(q: AccessQuestion): AccessDecision {
  if (!q.subject) return { allowed: false, reason: 'signed_out' };
  if (!q.patient?.isPatient) return { allowed: false, reason: 'not_a_patient_record' };
  if (q.subject.userId === q.patient.id) return { allowed: true, as: 'patient' };
  if (q.need === 'owner') return { allowed: false, reason: 'owner_only' };
  const live = q.grants.filter(
    (g) => g.revokedAt === null && (g.endsAt === null || g.endsAt.getTime() > q.now.getTime()),
  );
  if (live.length === 0) {
    if (q.grants.some((g) => g.revokedAt !== null))
      return { allowed: false, reason: 'grant_revoked' };
    if (q.grants.length > 0) return { allowed: false, reason: 'grant_ended' };
    return { allowed: false, reason: 'no_grant' };
  }
  if (q.need === 'write' && !live.some((g) => g.scope === 'read_write')) {
    return { allowed: false, reason: 'read_only' };
  }
  return { allowed: true, as: 'grantee' };
}

/** Plain words for a refusal; never says whether the record exists. */
export function refusalMessage(reason: Exclude<AccessDecision, { allowed: true }>['reason']) {
  switch (reason) {
    case 'signed_out':
      return 'Sign in to continue.';
    case 'read_only':
      return 'You can view this record but not change it. Ask the person to share it with you for changes.';
    case 'owner_only':
      return 'Only the person this record belongs to can do this.';
    case 'grant_revoked':
    case 'grant_ended':
      return 'Your access to this record has ended. Ask the person to share it with you again.';
    default:
      return 'You do not have access to this record. The person it belongs to can share it with you.';
  }
}
