import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';
import { emptyDatabase, PASSWORD } from './test-world.ts';

interface Score {
  total: number | null;
  min: number;
  max: number;
  band: { id: string; label: string } | null;
  complete: boolean;
  missing: string[];
}
interface Response {
  id: string;
  scaleName: string;
  scaleVersion: string;
  score: Score;
  copyright: string | null;
}
interface Alert {
  id: string;
  urgency: string;
  action: string;
  showCrisisResources: boolean;
  notifyClinician: boolean;
  triggeredBy: { source: string; date: string; detail: string }[];
}

/** PHQ-9 answers: items 1–8 as given, item 9 and the difficulty item separately. */
const phq9 = (items: number[], q9: number | null, difficulty = 1) => ({
  ...Object.fromEntries(items.map((value, i) => [`q${i + 1}`, value])),
  q9,
  difficulty,
});

/**
 * Questionnaires as stored answers: the score worked out from them on every read (totals and
 * bands checked by hand against REFERENCE §6.2), and the red flags they raise from the record.
 */
describe.each(testDatabaseTiers())('questionnaires on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let patient: ApiClient;
  let base: string;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    await emptyDatabase(store);
    const app = createApp({
      store,
      log: pino({ level: 'silent' }),
      version: 'test',
      clock: () => new Date('2026-06-20T10:00:00Z'),
    });
    patient = new ApiClient(inProcess(app));
    await patient.signUp({
      email: 'patient@example.org',
      password: PASSWORD,
      displayName: 'P',
      role: 'patient',
    });
    base = `/api/patients/${patient.account?.id}`;
  });
  afterAll(() => dispose());

  const save = (scaleId: string, answeredOn: string, answers: object) =>
    patient.json<Response>(
      'POST',
      `${base}/questionnaire-responses`,
      { scaleId, answeredOn, answers },
      201,
    );
  const alerts = async (asOf: string) =>
    (await patient.json<{ alerts: Alert[] }>('GET', `${base}/alerts?asOf=${asOf}`)).alerts;

  it('scores the answers by the published rules, with the band and the copyright line', async () => {
    // 2+2+1+1+2+1+1+0 = 10 on items 1–8, item 9 = 0: total 10, "moderate" (10–14).
    const saved = await save('phq9', '2026-06-18', phq9([2, 2, 1, 1, 2, 1, 1, 0], 0));
    expect(saved).toMatchObject({
      scaleName: 'PHQ-9',
      scaleVersion: '1',
      score: { total: 10, min: 0, max: 27, band: { id: 'moderate' }, complete: true, missing: [] },
    });
    expect(saved.copyright).toContain('Pfizer');
    // GAD-7 3+3+3+3+3+3+2 = 20: "severe" (15–21).
    const gad = await save('gad7', '2026-06-18', {
      q1: 3,
      q2: 3,
      q3: 3,
      q4: 3,
      q5: 3,
      q6: 3,
      q7: 2,
    });
    expect(gad.score).toMatchObject({ total: 20, max: 21, band: { id: 'severe' } });
  });

  it('gives no total while a scored question is unanswered, and names it', async () => {
    const saved = await save('phq9', '2026-06-19', phq9([0, 0, 0, 0, 0, 0, 0, 0], null, 0));
    expect(saved.score).toEqual({
      total: null,
      min: 0,
      max: 27,
      band: null,
      complete: false,
      missing: ['q9'],
    });
  });

  it('raises the self-harm alert from a stored PHQ-9 item 9 above 0, whatever the total', async () => {
    await save('phq9', '2026-06-20', phq9([0, 0, 0, 0, 0, 0, 0, 0], 1, 0));
    const now = await alerts('2026-06-20');
    const selfHarm = now.find((a) => a.id === 'thoughts_of_self_harm');
    expect(selfHarm).toMatchObject({
      urgency: 'urgent',
      showCrisisResources: true,
      notifyClinician: true,
      triggeredBy: [{ source: 'scale', date: '2026-06-20', detail: 'PHQ-9 item 9 answered 1' }],
    });
    // The moderate PHQ-9 and the severe GAD-7 of 2026-06-18 are screens for the next visit.
    expect(now.find((a) => a.id === 'mood_screen')?.triggeredBy).toEqual([
      { source: 'scale', date: '2026-06-18', detail: 'PHQ-9 total 10' },
    ]);
    expect(now.find((a) => a.id === 'anxiety_screen')?.action).toBe(
      'Mention this at your next visit.',
    );
    // The same answers, looked at from before they were given, or once they are 7 days old.
    expect((await alerts('2026-06-17')).map((a) => a.id)).toEqual([]);
    expect((await alerts('2026-06-19')).map((a) => a.id)).not.toContain('thoughts_of_self_harm');
    expect((await alerts('2026-06-27')).map((a) => a.id)).toEqual([]);
    // The diary's "today" view carries the same alert.
    const today = await patient.json<{ alerts: Alert[] }>('GET', `${base}/today?today=2026-06-20`);
    expect(today.alerts.map((a) => a.id)).toContain('thoughts_of_self_harm');
  });

  it('reads answers a later form no longer allows as unanswered, without breaking the record', async () => {
    // As if stored under an older form: a value and an item today's PHQ-9 does not have.
    const id = patient.account?.id as string;
    await store.db.execute(
      sql.raw(
        `insert into questionnaire_responses (patient_id, scale_id, scale_version, answered_on, answers) values ('${id}', 'phq9', '0', '2026-06-20', '{"q1": 7, "retired": 1, "q2": 0, "q3": 0, "q4": 0, "q5": 0, "q6": 0, "q7": 0, "q8": 0, "q9": 2}')`,
      ),
    );
    const list = await patient.json<{ questionnaireResponses: (Response & { answers: object })[] }>(
      'GET',
      `${base}/questionnaire-responses`,
    );
    const old = list.questionnaireResponses.find((r) => r.scaleVersion === '0');
    expect(old?.score).toMatchObject({ total: null, complete: false, missing: ['q1'] });
    expect(old?.answers).toMatchObject({ q1: 7, retired: 1 });
    const triggers = (await alerts('2026-06-20')).find(
      (a) => a.id === 'thoughts_of_self_harm',
    )?.triggeredBy;
    expect(triggers).toContainEqual({
      source: 'scale',
      date: '2026-06-20',
      detail: 'PHQ-9 item 9 answered 2',
    });
  });
});
