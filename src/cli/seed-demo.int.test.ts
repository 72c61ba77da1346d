import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, inProcess } from '../server/api-client.ts';
import { createApp } from '../server/create-app.ts';
import { openStore, type Store } from '../store/open-store.ts';
import { DEMO_CLINICIAN, DEMO_PASSWORD, seedDemo } from './seed-demo.ts';

describe('demo seeding through the API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let patientId: string;
  const today = '2026-11-26';

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite-memory' });
    app = createApp({
      store,
      log: pino({ level: 'silent' }),
      version: 'test',
      clock: () => new Date(`${today}T12:00:00Z`),
    });
    ({ patientId } = await seedDemo(inProcess(app), today));
  }, 120_000);
  afterAll(() => store.close());

  it('gives the clinician (the admin) read-write access to the demo patient', async () => {
    const clinician = new ApiClient(inProcess(app));
    const session = await clinician.signIn({
      email: DEMO_CLINICIAN.email,
      password: DEMO_PASSWORD,
    });
    expect(session.account.isAdmin).toBe(true);
    const { patients } = await clinician.json<{ patients: { id: string; access: string }[] }>(
      'GET',
      '/api/patients',
    );
    expect(patients).toEqual([expect.objectContaining({ id: patientId, access: 'read_write' })]);
  });

  it('shows four cycles wearing off around week 10, and a segmental pattern after the spread', async () => {
    const clinician = new ApiClient(inProcess(app));
    await clinician.signIn({ email: DEMO_CLINICIAN.email, password: DEMO_PASSWORD });
    const cycles = await clinician.json<{
      cycles: { wearingOffDay: number | null }[];
      completedMedian: unknown[];
    }>('GET', `/api/patients/${patientId}/cycles?asOf=${today}`);
    expect(cycles.cycles).toHaveLength(4);
    const wearingOff = cycles.cycles
      .map((c) => c.wearingOffDay)
      .filter((d): d is number => d !== null);
    expect(Math.min(...wearingOff)).toBeGreaterThanOrEqual(56);
    expect(Math.max(...wearingOff)).toBeLessThanOrEqual(77);
    expect(cycles.completedMedian.length).toBeGreaterThan(80);
    const classification = await clinician.json<{ distribution: string }>(
      'GET',
      `/api/patients/${patientId}/classification?asOf=${today}`,
    );
    expect(classification.distribution).toBe('segmental');
  });
});
