import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, overHttp } from '../server/api-client.ts';
import { testDatabaseTiers } from '../store/test-databases.ts';
import { ServeExit } from './serve.ts';
import { ServeExitedError, type ServeProcess, spawnServe } from './spawn-serve.ts';

const dirs: string[] = [];
function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'tonus-serve-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function failedStart(env: Record<string, string>): Promise<ServeExitedError> {
  const error = await spawnServe(env).then(
    async (p) => {
      await p.stop('SIGKILL');
      throw new Error('expected tonus serve to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServeExitedError);
  return error as ServeExitedError;
}

describe('tonus serve on an embedded data directory', () => {
  let first: ServeProcess;
  let dir: string;

  beforeAll(async () => {
    dir = dataDir();
    first = await spawnServe({ TONUS_DATA_DIR: dir });
  });
  afterAll(() => first.stop());

  it('serves health with the embedded database', async () => {
    const res = await fetch(`${first.url}/api/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).database).toMatchObject({ kind: 'pglite', reachable: true });
  });

  it('refuses a second process on the same directory, naming the owner, and the first keeps serving', async () => {
    const error = await failedStart({ TONUS_DATA_DIR: dir });
    expect(error.code).toBe(ServeExit.dataDirInUse);
    expect(error.output).toContain(`pid ${first.child.pid}`);
    expect(error.output).toContain('Stop that process first');
    const res = await fetch(`${first.url}/api/health`);
    expect(res.status).toBe(200);
  });

  it('stops cleanly on SIGTERM and releases the directory for the next start', async () => {
    const own = dataDir();
    const server = await spawnServe({ TONUS_DATA_DIR: own });
    expect(await server.stop('SIGTERM')).toBe(0);
    const next = await spawnServe({ TONUS_DATA_DIR: own });
    expect((await fetch(`${next.url}/api/health`)).status).toBe(200);
    await next.stop();
  });
});

describe('tonus serve with bad settings', () => {
  it('explains a bad PORT and exits with the configuration code', async () => {
    const error = await failedStart({ PORT: 'abc', TONUS_DATA_DIR: dataDir() });
    expect(error.code).toBe(ServeExit.badConfig);
    expect(error.output).toContain('PORT must be a whole number');
  });

  it('explains a DATABASE_URL that is not PostgreSQL', async () => {
    const error = await failedStart({ DATABASE_URL: 'mysql://localhost/x' });
    expect(error.code).toBe(ServeExit.badConfig);
    expect(error.output).toContain('DATABASE_URL must start with postgres://');
  });

  it('explains a port that is taken', async () => {
    const holder = await spawnServe({ TONUS_DATA_DIR: dataDir() });
    try {
      const port = new URL(holder.url).port;
      const error = await failedStart({ PORT: port, TONUS_DATA_DIR: dataDir() });
      expect(error.code).toBe(ServeExit.portInUse);
      expect(error.output).toContain(`Port ${port} is already in use`);
    } finally {
      await holder.stop();
    }
  });
});

describe.each(testDatabaseTiers())('acknowledged writes survive SIGKILL on $name', (tier) => {
  it('finds every acknowledged row after a restart', async () => {
    const database = await tier.create();
    const env: Record<string, string> =
      database.location.kind === 'postgresql'
        ? { DATABASE_URL: database.location.databaseUrl }
        : { TONUS_DATA_DIR: dataDir() };
    try {
      const server = await spawnServe(env);
      const patient = new ApiClient(overHttp(server.url));
      await patient.signUp({
        email: 'patient@example.org',
        password: 'a calm and steady diary',
        displayName: 'Pat',
        role: 'patient',
      });
      const checkIns = `/api/patients/${patient.account?.id}/check-ins`;
      const acknowledged: string[] = [];
      let stopWriting = false;
      // Four writers in parallel, so the kill lands while several writes are in flight. Each
      // write is a check-in for a day of its own.
      let nextDay = Date.UTC(2020, 0, 1);
      const writer = async () => {
        while (!stopWriting) {
          const day = new Date(nextDay).toISOString().slice(0, 10);
          nextDay += 86_400_000;
          try {
            const res = await patient.request('PUT', checkIns, {
              day,
              severity: 4,
              pain: 3,
              function: 2,
              regions: ['neck'],
            });
            if (res.status === 200) acknowledged.push((await res.json()).id);
          } catch {
            return; // the connection died with the server: this write was never acknowledged
          }
        }
      };
      const writers = [0, 1, 2, 3].map(() => writer());
      while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe('SIGKILL');
      stopWriting = true;
      await Promise.all(writers);

      const restarted = await spawnServe(env);
      try {
        const again = new ApiClient(overHttp(restarted.url));
        await again.signIn({ email: 'patient@example.org', password: 'a calm and steady diary' });
        const { checkIns: stored_ } = await again.json<{ checkIns: { id: string }[] }>(
          'GET',
          checkIns,
        );
        const stored = new Set(stored_.map((c) => c.id));
        const lost = acknowledged.filter((id) => !stored.has(id));
        expect(acknowledged.length).toBeGreaterThanOrEqual(150);
        expect(lost).toEqual([]);
      } finally {
        await restarted.stop();
      }
    } finally {
      await database.drop();
    }
  });
});
