/** Shapes of the API's answers, as the web app uses them (see /api/openapi.json). */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: 'patient' | 'clinician' | 'caregiver';
  isAdmin: boolean;
  totpEnabled: boolean;
}

export interface SessionInfo {
  account: Account;
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  warnBeforeMs: number;
  idleTimeoutMs: number;
}

export interface PatientSummary {
  id: string;
  displayName: string;
  access: 'own' | 'read' | 'read_write';
  relation: 'self' | 'clinician' | 'caregiver';
}

export interface Grant {
  id: string;
  grantee: { id: string; displayName: string; email: string; role: string };
  relation: 'clinician' | 'caregiver';
  scope: 'read' | 'read_write';
  createdAt: string;
  endsAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'revoked' | 'ended';
}

export interface Invitation {
  code: string;
  expiresAt: string;
  relation: 'clinician' | 'caregiver';
  scope: 'read' | 'read_write';
  grantEndsAt: string | null;
}

export interface RecordAccess {
  id: number;
  at: string;
  actor: { id: string | null; displayName: string; role: string | null; isYou: boolean };
  action: string;
  outcome: 'allowed' | 'denied';
}

export interface CheckIn {
  id: string;
  day: string;
  severity: number;
  pain: number;
  function: number;
  regions: string[];
  note: string | null;
}
