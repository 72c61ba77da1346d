import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Arbitrary constant: the advisory-lock key that serialises Tonus migrations on a server. */
const MIGRATION_LOCK_KEY = 7_318_004_211;

/**
 * Applies the generated SQL migrations on PostgreSQL. Several processes may start at once, so
 * the run is serialised with a session advisory lock held on its own connection; the second
 * process then finds nothing left to apply. A crashed migrator's connection closes, which
 * releases the lock.
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  // biome-ignore lint/suspicious/noExplicitAny: any schema
  db: NodePgDatabase<any>,
): Promise<void> {
  const lockHolder = await pool.connect();
  try {
    await lockHolder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(db, { migrationsFolder });
    } finally {
      await lockHolder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    lockHolder.release();
  }
}

/** PGlite has exactly one process by construction (see data-dir-lock.ts): no lock needed. */
// biome-ignore lint/suspicious/noExplicitAny: any schema
export async function applyPgliteMigrations(db: PgliteDatabase<any>): Promise<void> {
  await migratePglite(db, { migrationsFolder });
}
