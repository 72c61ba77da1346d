import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
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
    recordedBy: uuid('recorded_by'),
  },
  (t) => [uniqueIndex('check_ins_patient_day_key').on(t.patientId, t.day)],
);
