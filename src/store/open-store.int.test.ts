import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClinic, listClinics } from './clinics.ts';
import { DataDirLockedError } from './data-dir-lock.ts';
import journal from './migrations/meta/_journal.json' with { type: 'json' };
import { openStore, type Store } from './open-store.ts';
import { openTestStore, testDatabaseTiers } from './test-databases.ts';

describe.each(testDatabaseTiers())('store on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
  });
  afterAll(() => dispose());

  it('applies the migrations at opening, recording each one once', async () => {
    const tables = await store.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.rows.map((r) => r.table_name)).toContain('clinics');
    const applied = await store.db.execute<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied.rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('stores and lists rows in insertion order with generated ids and times', async () => {
    const a = await insertClinic(store.db, { name: 'Movement disorders clinic' });
    const b = await insertClinic(store.db, {
      name: 'Botulinum toxin clinic',
      timeZone: 'Europe/Paris',
    });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.timeZone).toBe('UTC');
    expect(b.createdAt.getTime()).toBeGreaterThanOrEqual(a.createdAt.getTime());
    const ids = (await listClinics(store.db)).map((c) => c.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
  });

  it('rolls back a failed transaction without leaving a partial write', async () => {
    const before = (await listClinics(store.db)).length;
    await expect(
      store.db.transaction(async (tx) => {
        await insertClinic(tx as never, { name: 'Half-written clinic' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await listClinics(store.db)).toHaveLength(before);
  });

  it('answers ping while open and fails it after closing', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    const database = await tier.create();
    const closed = await openStore(database.location);
    await closed.close();
    await expect(closed.ping()).rejects.toThrow();
    await database.drop();
  });
});

describe('embedded store on disk', () => {
  it('keeps rows across reopening and applies no migration twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tonus-store-'));
    try {
      const first = await openStore({ kind: 'pglite', dataDir });
      const clinic = await insertClinic(first.db, { name: 'Kept clinic' });
      await first.close();
      const second = await openStore({ kind: 'pglite', dataDir });
      expect((await listClinics(second.db)).map((c) => c.id)).toEqual([clinic.id]);
      const applied = await second.db.execute<{ n: number }>(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(applied.rows[0]?.n).toBe(journal.entries.length);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a second opener of the same directory in one process too', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tonus-store-'));
    const first = await openStore({ kind: 'pglite', dataDir });
    try {
      await expect(openStore({ kind: 'pglite', dataDir })).rejects.toThrow(DataDirLockedError);
    } finally {
      await first.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(testDatabaseTiers().filter((t) => t.name === 'PostgreSQL'))(
  'migrations on $name under concurrency',
  (tier) => {
    it('lets several processes start on one fresh database at once', async () => {
      const database = await tier.create();
      try {
        const stores = await Promise.all(
          Array.from({ length: 4 }, () => openStore(database.location)),
        );
        const [first] = stores;
        const applied = await first?.db.execute<{ n: number }>(
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
        );
        expect(applied?.rows[0]?.n).toBe(journal.entries.length);
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await database.drop();
      }
    });
  },
);
