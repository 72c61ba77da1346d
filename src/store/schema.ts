import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The one PostgreSQL schema of Tonus. Both drivers (embedded PGlite and PostgreSQL) run the
 * same generated migrations from `src/store/migrations`; change this file, then
 * `npm run db:generate`.
 */

/** A clinic or care team that clinicians belong to. Holds no patient data. */
export const clinics = pgTable('clinics', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person who signs in. `role` says what kind of account it is; `isAdmin` is separate because
 * the first account of a fresh install is the admin whatever its role (a patient running
 * Tonus at home administers it too). Admin rights never include reading patient data.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['patient', 'clinician', 'caregiver'] }).notNull(),
    isAdmin: boolean('is_admin').notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The 30-second step of the last code accepted: a code is good once (no replay). */
    totpLastStep: integer('totp_last_step'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a
 * leaked database cannot be replayed as sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins per account and per address, for growing back-off. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/** A patient's permission for another account to see (or also change) their record. */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    granteeId: uuid('grantee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    relation: text('relation', { enum: ['clinician', 'caregiver'] }).notNull(),
    scope: text('scope', { enum: ['read', 'read_write'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('grants_patient_idx').on(t.patientId), index('grants_grantee_idx').on(t.granteeId)],
);

/** A one-time code a patient gives to a clinician or caregiver; becomes a grant when used. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    relation: text('relation', { enum: ['clinician', 'caregiver'] }).notNull(),
    scope: text('scope', { enum: ['read', 'read_write'] }).notNull(),
    grantEndsAt: timestamp('grant_ends_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('invitations_code_key').on(t.codeHash)],
);

/**
 * Who did what to whose record, when. Holds identifiers and action names only, never health
 * data. No foreign keys: the trail must outlive the accounts it names (erasure leaves a
 * tombstone here).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    patientId: uuid('patient_id'),
    action: text('action').notNull(),
    resource: text('resource').notNull(),
    outcome: text('outcome', { enum: ['allowed', 'denied'] }).notNull(),
    requestId: text('request_id'),
  },
  (t) => [index('audit_patient_idx').on(t.patientId, t.at)],
);

/** One day's check-in: severity, pain and function 0–10 and the regions that were bad. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    severity: integer('severity').notNull(),
    pain: integer('pain').notNull(),
    function: integer('function').notNull(),
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('check_ins_patient_day_key').on(t.patientId, t.day),
    check('check_ins_severity_range', sql`${t.severity} between 0 and 10`),
    check('check_ins_pain_range', sql`${t.pain} between 0 and 10`),
    check('check_ins_function_range', sql`${t.function} between 0 and 10`),
  ],
);

// ---- Diary episodes and the treatment log (issue 6). Every table below belongs to one
// patient and goes with the account (ON DELETE CASCADE), so erasure leaves no row behind.
// `recorded_by` is set null when the recording account is erased, for the same reason.
// The 0–10 and unit checks repeat the API's validation on purpose: a bug or a hand-written
// query must not be able to store a value the clinic would misread.

/**
 * A spell of symptoms the person noted between check-ins: where, how bad, what set it off,
 * whether a sensory trick helped. `day` is the calendar date of `started_at` in the person's
 * own time zone (taken from the offset they sent), so date ranges match their diary.
 */
export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    durationMinutes: integer('duration_minutes'),
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    severity: integer('severity').notNull(),
    pain: integer('pain'),
    trigger: text('trigger', {
      enum: ['writing', 'speaking', 'walking', 'eating', 'stress', 'fatigue', 'other'],
    }),
    triggerOther: text('trigger_other'),
    sensoryTrick: text('sensory_trick'),
    sensoryTrickEffect: text('sensory_trick_effect', { enum: ['none', 'partial', 'complete'] }),
    symptoms: text('symptoms').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('episodes_patient_day_idx').on(t.patientId, t.day),
    check('episodes_severity_range', sql`${t.severity} between 0 and 10`),
    check('episodes_pain_range', sql`${t.pain} between 0 and 10`),
    check('episodes_duration_non_negative', sql`${t.durationMinutes} >= 0`),
    check(
      'episodes_other_trigger_named',
      sql`(${t.trigger} is not distinct from 'other') = (${t.triggerOther} is not null)`,
    ),
  ],
);

/** One course of an oral (or other non-toxin) medicine at one dose. */
export const medications = pgTable(
  'medications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    dose: numeric('dose', { precision: 12, scale: 3, mode: 'number' }),
    unit: text('unit', {
      enum: ['mg', 'mcg', 'g', 'mL', 'tablet', 'capsule', 'drop', 'puff', 'patch', 'unit'],
    }),
    frequency: text('frequency'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    whyStopped: text('why_stopped'),
    indication: text('indication'),
    dopamineBlocker: boolean('dopamine_blocker').notNull().default(false),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('medications_patient_idx').on(t.patientId, t.startedOn),
    check('medications_dose_positive', sql`${t.dose} > 0`),
    check('medications_stopped_after_start', sql`${t.stoppedOn} >= ${t.startedOn}`),
  ],
);

/**
 * A botulinum toxin session. `product` is a domain toxin product id (INN); units are never
 * converted between products. `total_units_note` says why the muscles do not add up to the
 * total when they do not (e.g. units lost in the syringe).
 */
export const toxinSessions = pgTable(
  'toxin_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    product: text('product').notNull(),
    totalUnits: numeric('total_units', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    totalUnitsNote: text('total_units_note'),
    lot: text('lot'),
    injector: text('injector'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('toxin_sessions_patient_idx').on(t.patientId, t.sessionDate),
    check('toxin_sessions_total_positive', sql`${t.totalUnits} > 0`),
  ],
);

/** One muscle injected in a toxin session, in the order the injector listed them. */
export const toxinInjections = pgTable(
  'toxin_injections',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => toxinSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    muscle: text('muscle').notNull(),
    side: text('side', { enum: ['L', 'R', 'bilateral'] }),
    units: numeric('units', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('toxin_injections_session_position_key').on(t.sessionId, t.position),
    check('toxin_injections_units_non_negative', sql`${t.units} >= 0`),
  ],
);

/** A course of physical, speech or occupational therapy. */
export const therapies = pgTable(
  'therapies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['physio', 'speech', 'occupational'] }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    sessionsAttended: integer('sessions_attended'),
    homeExerciseAdherencePercent: integer('home_exercise_adherence_percent'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('therapies_patient_idx').on(t.patientId, t.startedOn),
    check('therapies_sessions_non_negative', sql`${t.sessionsAttended} >= 0`),
    check('therapies_adherence_percent', sql`${t.homeExerciseAdherencePercent} between 0 and 100`),
    check('therapies_stopped_after_start', sql`${t.stoppedOn} >= ${t.startedOn}`),
  ],
);

/** A change of deep brain stimulation settings, written as the programmer gave them. */
export const dbsSettingChanges = pgTable(
  'dbs_setting_changes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    settings: text('settings').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('dbs_setting_changes_patient_idx').on(t.patientId, t.changedOn)],
);

/** An operation: DBS or pump implant, denervation, ablation, or another named by the person. */
export const surgeries = pgTable(
  'surgeries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    performedOn: date('performed_on', { mode: 'string' }).notNull(),
    kind: text('kind', {
      enum: [
        'dbs_implant',
        'dbs_battery_replacement',
        'baclofen_pump_implant',
        'peripheral_denervation',
        'pallidotomy',
        'thalamotomy',
        'other',
      ],
    }).notNull(),
    kindOther: text('kind_other'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('surgeries_patient_idx').on(t.patientId, t.performedOn),
    check('surgeries_other_kind_named', sql`(${t.kind} = 'other') = (${t.kindOther} is not null)`),
  ],
);

/**
 * A side effect after a toxin injection. `kind` is one of the domain's adverse-event types, or
 * `other` with `kind_other`. Deleting the session keeps the event (the link is set null):
 * safety history outlives a corrected session.
 */
export const adverseEvents = pgTable(
  'adverse_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    toxinSessionId: uuid('toxin_session_id').references(() => toxinSessions.id, {
      onDelete: 'set null',
    }),
    kind: text('kind').notNull(),
    kindOther: text('kind_other'),
    onsetOn: date('onset_on', { mode: 'string' }).notNull(),
    severity: text('severity', { enum: ['mild', 'moderate', 'severe'] }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('adverse_events_patient_idx').on(t.patientId, t.onsetOn),
    check(
      'adverse_events_other_kind_named',
      sql`(${t.kind} = 'other') = (${t.kindOther} is not null)`,
    ),
  ],
);

/** When the person last put the daily check-in reminder away, so it shows at most once a day. */
export const checkInReminders = pgTable('check_in_reminders', {
  patientId: uuid('patient_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  dismissedOn: date('dismissed_on', { mode: 'string' }).notNull(),
  dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull(),
});

/**
 * A filled-in rating-scale questionnaire (PHQ-9, GAD-7): the raw answers exactly as given, by
 * item id. The score is computed from them by the domain's one scoring engine whenever it is
 * read, so a corrected scoring rule can never leave a stale total behind; `scale_version` says
 * which version of the form the answers belong to.
 */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scaleId: text('scale_id').notNull(),
    scaleVersion: text('scale_version').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<Record<string, number | 'not_applicable' | null>>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('questionnaire_responses_patient_idx').on(t.patientId, t.answeredOn),
    check('questionnaire_responses_answers_object', sql`jsonb_typeof(${t.answers}) = 'object'`),
    check('questionnaire_responses_scale', sql`${t.scaleId} in ('phq9', 'gad7')`),
  ],
);

/**
 * The summary of a video check measured on the person's device (the video never leaves it):
 * head position, head tremor, blinks and TWSTRS estimates with their probabilities, as the
 * software measured them. Estimates for a clinician to check, kept to follow them over time.
 */
export const videoChecks = pgTable(
  'video_checks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    /** The Tonus version that stored it (the measuring code ships with it). */
    softwareVersion: text('software_version').notNull(),
    measurements: jsonb('measurements').$type<Record<string, unknown>>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('video_checks_patient_idx').on(t.patientId, t.measuredOn),
    check('video_checks_measurements_object', sql`jsonb_typeof(${t.measurements}) = 'object'`),
  ],
);
