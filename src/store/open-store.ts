import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { applyPgliteMigrations, applyPostgresMigrations } from './migrate.ts';
import * as schema from './schema.ts';

// Typed with node-postgres results; PGlite's results have the same `rows` shape.
export type Database = PgDatabase<NodePgQueryResultHKT, typeof schema>;

export type StoreKind = 'pglite' | 'postgresql';

export interface Store {
  readonly db: Database;
  readonly kind: StoreKind;
  /** Round-trips a trivial query; throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type StoreLocation =
  | { kind: 'postgresql'; databaseUrl: string }
  | { kind: 'pglite'; dataDir: string }
  /** A throwaway embedded database in memory, for tests and demos. */
  | { kind: 'pglite-memory' };

/** Opens the database, takes the data directory's lock if embedded, and applies migrations. */
export async function openStore(location: StoreLocation): Promise<Store> {
  return location.kind === 'postgresql'
    ? openPostgres(location.databaseUrl)
    : openPglite(location.kind === 'pglite' ? location.dataDir : undefined);
}

async function migrateOrClose(store: Store, migrate: () => Promise<void>): Promise<Store> {
  try {
    await migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client that loses its connection emits 'error'; without a listener the process dies.
  pool.on('error', () => {});
  const nodePgDb = drizzlePg(pool, { schema });
  const db = nodePgDb as unknown as Database;
  const store: Store = {
    db,
    kind: 'postgresql',
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
  };
  return migrateOrClose(store, () => applyPostgresMigrations(pool, nodePgDb));
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (dataDir === undefined) {
    client = new PGlite();
  } else {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    lock = lockDataDir(dir);
    try {
      client = new PGlite(join(dir, 'pgdata'));
      await client.waitReady;
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const pgliteDb = drizzlePglite(client, { schema });
  const db = pgliteDb as unknown as Database;
  const store: Store = {
    db,
    kind: 'pglite',
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
  return migrateOrClose(store, () => applyPgliteMigrations(pgliteDb));
}
