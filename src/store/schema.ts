import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
