import { describe, expect, it } from 'vitest';
import { type AccessQuestion, decidePatientAccess, type GrantFacts } from './access-policy.ts';

const now = new Date('2026-06-01T12:00:00Z');
const patient = { id: 'p', isPatient: true };
const clinician = { userId: 'c', role: 'clinician' as const };
const live = (scope: GrantFacts['scope']): GrantFacts => ({ scope, endsAt: null, revokedAt: null });

function ask(partial: Partial<AccessQuestion>) {
  return decidePatientAccess({
    subject: clinician,
    patient,
    need: 'read',
    grants: [],
    now,
    ...partial,
  });
}

describe('access policy', () => {
  it('denies by default: signed out, no grant, not a patient record', () => {
    expect(ask({ subject: null })).toEqual({ allowed: false, reason: 'signed_out' });
    expect(ask({})).toEqual({ allowed: false, reason: 'no_grant' });
    expect(ask({ patient: undefined })).toEqual({ allowed: false, reason: 'not_a_patient_record' });
    expect(ask({ patient: { id: 'c', isPatient: false }, subject: clinician })).toMatchObject({
      allowed: false,
    });
  });

  it('lets the patient do everything with their own record', () => {
    for (const need of ['read', 'write', 'owner'] as const) {
      expect(ask({ subject: { userId: 'p', role: 'patient' }, need })).toEqual({
        allowed: true,
        as: 'patient',
      });
    }
  });

  it('follows the grant scope: read allows reading only, read_write also writing', () => {
    expect(ask({ grants: [live('read')] })).toEqual({ allowed: true, as: 'grantee' });
    expect(ask({ grants: [live('read')], need: 'write' })).toEqual({
      allowed: false,
      reason: 'read_only',
    });
    expect(ask({ grants: [live('read_write')], need: 'write' })).toEqual({
      allowed: true,
      as: 'grantee',
    });
  });

  it('never lets a grantee act as owner', () => {
    expect(ask({ grants: [live('read_write')], need: 'owner' })).toEqual({
      allowed: false,
      reason: 'owner_only',
    });
  });

  it('ends access at revocation and at the end date, to the millisecond', () => {
    const revoked = { ...live('read_write'), revokedAt: new Date('2026-05-01T00:00:00Z') };
    expect(ask({ grants: [revoked] })).toEqual({ allowed: false, reason: 'grant_revoked' });
    const endsNow = { ...live('read'), endsAt: now };
    expect(ask({ grants: [endsNow] })).toEqual({ allowed: false, reason: 'grant_ended' });
    const endsLater = { ...live('read'), endsAt: new Date(now.getTime() + 1) };
    expect(ask({ grants: [endsLater] })).toEqual({ allowed: true, as: 'grantee' });
  });

  it('uses any live grant when an old one was revoked and a new one given', () => {
    const revoked = { ...live('read'), revokedAt: new Date('2026-01-01T00:00:00Z') };
    expect(ask({ grants: [revoked, live('read_write')], need: 'write' })).toEqual({
      allowed: true,
      as: 'grantee',
    });
  });
});
