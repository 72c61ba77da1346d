import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store, type StoreLocation } from './open-store.ts';

/**
 * The database tiers every integration suite runs on: embedded PGlite always, and the real
 * PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL use gets a fresh
 * database of its own, dropped afterwards, so suites never see each other's rows.
 */
export interface TestDatabaseTier {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** A new empty database; returns where it is (open it with openStore) and how to drop it. */
  create(): Promise<{ location: StoreLocation; drop(): Promise<void> }>;
}

export function testDatabaseTiers(): TestDatabaseTier[] {
  const tiers: TestDatabaseTier[] = [
    {
      name: 'PGlite',
      async create() {
        return { location: { kind: 'pglite-memory' }, async drop() {} };
      },
    },
  ];
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) tiers.push(postgresTier(adminUrl));
  return tiers;
}

function postgresTier(adminUrl: string): TestDatabaseTier {
  return {
    name: 'PostgreSQL',
    async create() {
      const name = `tonus_test_${randomBytes(6).toString('hex')}`;
      await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        location: { kind: 'postgresql', databaseUrl: url.toString() },
        async drop() {
          await withAdmin(adminUrl, (client) =>
            client.query(`drop database if exists ${name} with (force)`),
          );
        },
      };
    },
  };
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Opens a fresh store on a tier; call the returned dispose in afterAll. */
export async function openTestStore(
  tier: TestDatabaseTier,
): Promise<{ store: Store; dispose(): Promise<void> }> {
  const database = await tier.create();
  const store = await openStore(database.location);
  return {
    store,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}
