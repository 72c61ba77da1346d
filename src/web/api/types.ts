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
  serverTime: string;
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

export interface Alert {
  id: string;
  urgency: 'emergency' | 'urgent' | 'soon';
  title: string;
  message: string;
  action: string;
  whatToDo: string[];
  showCrisisResources: boolean;
  notifyClinician: boolean;
  triggeredBy: { source: string; date: string; detail: string }[];
  evidence: 'V' | 'S' | 'NV';
}

/** A filled-in PHQ-9 or GAD-7, scored by the server from the answers. */
export interface QuestionnaireResponse {
  id: string;
  scaleId: 'phq9' | 'gad7';
  scaleVersion: string;
  scaleName: string;
  answeredOn: string;
  answers: Record<string, number | 'not_applicable' | null>;
  note: string | null;
  score: {
    total: number | null;
    min: number;
    max: number;
    band: { id: string; label: string } | null;
    complete: boolean;
    missing: string[];
  };
  copyright: string | null;
}

export interface Today {
  today: string;
  checkIn: CheckIn | null;
  prefill: {
    severity: number;
    pain: number;
    function: number;
    regions: string[];
    fromDay: string;
  } | null;
  cycle: {
    day: number;
    sessionId: string;
    sessionDate: string;
    product: string;
    usualSeverity: number | null;
    usualFromCycles: number;
  } | null;
  nextInjection: { earliestOn: string; daysFromToday: number; message: string } | null;
  alerts: Alert[];
  reminder: { show: boolean; dismissedOn: string | null };
}

export interface CycleCurve {
  sessionId: string;
  sessionDate: string;
  product: string;
  totalUnits: number;
  lengthDays: number | null;
  baseline: number | null;
  curve: { day: number; severity: number }[];
  onsetDay: number | null;
  bestDay: number | null;
  bestSeverity: number | null;
  wearingOffDay: number | null;
}

export interface Cycles {
  asOf: string;
  currentCycleDay: number | null;
  cycles: CycleCurve[];
  median: { day: number; severity: number; cycles: number }[];
  completedMedian: { day: number; severity: number; cycles: number }[];
  warnings: { kind: string; date: string; message: string }[];
  minimumIntervalDays: number;
}

export interface Classification {
  asOf: string;
  from: string;
  distribution: 'none' | 'focal' | 'segmental' | 'multifocal' | 'hemidystonia' | 'generalized';
  explanation: string;
  regions: string[];
  basedOn: { checkIns: number; episodes: number };
  notice: string;
}

export interface Administrator {
  id: string;
  email: string;
  displayName: string;
  role: 'patient' | 'clinician' | 'caregiver';
  isYou: boolean;
}

/** A video check kept in the record: the summary the device measured (never the video). */
export interface SavedVideoCheck {
  id: string;
  measuredOn: string;
  softwareVersion: string;
  note: string | null;
  disclaimer: string;
  measurements: {
    durationSec: number;
    frameCount: number;
    faceFoundRatio: number;
    headPositionDeg: { yaw: number | null; pitch: number | null; roll: number | null };
    tremor: {
      lookedFor: boolean;
      detected: boolean;
      peakHz: number | null;
      powerDeg2PerHz: number | null;
      amplitudeDeg: number | null;
      axis: 'yaw' | 'pitch' | 'roll' | null;
    };
    blinks: {
      count: number;
      ratePerMin: number | null;
      closedFraction: number | null;
      longestClosureSec: number | null;
    };
    twstrs: Record<string, { score: number | null; probabilities: number[] | null }>;
  };
}
