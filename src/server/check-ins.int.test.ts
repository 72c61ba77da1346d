import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';
import { PASSWORD } from './test-world.ts';

describe.each(testDatabaseTiers())('daily check-ins on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let patient: ApiClient;
  let path: string;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    const app = createApp({ store, log: pino({ level: 'silent' }), version: 'test' });
    patient = new ApiClient(inProcess(app));
    await patient.signUp({
      email: 'day@example.org',
      password: PASSWORD,
      displayName: 'Day',
      role: 'patient',
    });
    path = `/api/patients/${patient.account?.id}/check-ins`;
  });
  afterAll(() => dispose());

  const valid = {
    day: '2026-05-01',
    severity: 5,
    pain: 4,
    function: 3,
    regions: ['neck'],
    note: null,
  };

  it('keeps one check-in a day: saving the day again replaces it', async () => {
    const first = await patient.json<{ id: string }>('PUT', path, valid);
    const second = await patient.json<{ id: string; severity: number }>('PUT', path, {
      ...valid,
      severity: 8,
    });
    expect(second.id).toBe(first.id);
    expect(second.severity).toBe(8);
    const { checkIns } = await patient.json<{ checkIns: unknown[] }>('GET', path);
    expect(checkIns).toHaveLength(1);
  });

  it('stores each region once, and refuses regions the body map does not have', async () => {
    const saved = await patient.json<{ regions: string[] }>('PUT', path, {
      ...valid,
      day: '2026-05-02',
      regions: ['neck', 'arm_dist_R', 'neck'],
    });
    expect(saved.regions).toEqual(['neck', 'arm_dist_R']);
    const res = await patient.request('PUT', path, {
      ...valid,
      day: '2026-05-03',
      regions: ['neck', 'elbow'],
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.details.fields[0].path).toBe('regions.1');
    expect(body.error.message).toContain('Use body-map regions: upper_face');
    expect(body.error.message).not.toContain('..');
  });

  it('refuses scores outside 0–10 in the API and in the database itself', async () => {
    const res = await patient.request('PUT', path, { ...valid, day: '2026-05-04', pain: 11 });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe(
      'Some fields of the request body are not valid: pain: Use 0 to 10.',
    );
    await expect(
      store.db.execute(
        sql`insert into check_ins (patient_id, day, severity, pain, function) values (${patient.account?.id}, '2026-05-05', 11, 0, 0)`,
      ),
    ).rejects.toSatisfy((error: Error & { cause?: Error }) =>
      /check_ins_severity_range/.test(`${error.message} ${error.cause?.message}`),
    );
    const { checkIns } = await patient.json<{ checkIns: { day: string }[] }>('GET', path);
    expect(checkIns.map((c) => c.day)).not.toContain('2026-05-04');
  });
});
