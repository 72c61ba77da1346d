import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';
import { emptyDatabase, PASSWORD } from './test-world.ts';

const entryTables =
  'episodes, medications, toxin_sessions, toxin_injections, adverse_events, therapies, dbs_setting_changes, surgeries, check_ins, check_in_reminders';

/**
 * The derived views, against expectations worked out by hand from the domain's definitions
 * (src/domain/README.md): the numbers below are not copied from a run.
 */
describe.each(testDatabaseTiers())('derived views on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let patient: ApiClient;
  let clinician: ApiClient;
  let base: string;
  const start = Date.parse('2026-06-02T10:00:00Z');
  const clock = { now: start };
  /** Moves the clock; days later the sessions have ended, so both sign in again. */
  const setClock = async (instant: number) => {
    clock.now = instant;
    for (const [client, email] of [
      [patient, 'patient@example.org'],
      [clinician, 'doctor@example.org'],
    ] as const) {
      await client.signIn({ email, password: PASSWORD });
    }
  };

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    await emptyDatabase(store);
    const app = createApp({
      store,
      log: pino({ level: 'silent' }),
      version: 'test',
      clock: () => new Date(clock.now),
    });
    const signUp = async (email: string, role: string) => {
      const client = new ApiClient(inProcess(app));
      await client.signUp({ email, password: PASSWORD, displayName: email, role });
      return client;
    };
    patient = await signUp('patient@example.org', 'patient');
    clinician = await signUp('doctor@example.org', 'clinician');
    base = `/api/patients/${patient.account?.id}`;
    const { code } = await patient.json<{ code: string }>(
      'POST',
      `${base}/invitations`,
      { relation: 'clinician', scope: 'read_write', endsOn: null },
      201,
    );
    await clinician.json('POST', '/api/invitations/accept', { code }, 201);
  });
  afterAll(() => dispose());
  beforeEach(async () => {
    await store.db.execute(sql.raw(`truncate ${entryTables}`));
    if (clock.now !== start) await setClock(start);
  });

  const checkIn = (day: string, severity: number, regions: string[] = [], extra = {}) =>
    patient.json('PUT', `${base}/check-ins`, {
      day,
      severity,
      pain: 3,
      function: 2,
      regions,
      ...extra,
    });
  const add = <T = { id: string }>(kind: string, body: object) =>
    patient.json<T>('POST', `${base}/${kind}`, body, 201);
  const episode = (startedAt: string, extra: object) =>
    add('episodes', { startedAt, severity: 6, ...extra });

  describe('classification', () => {
    it('classifies the regions of the last 28 days of check-ins and episodes', async () => {
      await checkIn('2026-05-01', 5, ['leg_dist_L']); // before the window: left out
      await checkIn('2026-05-06', 5, ['neck']); // first day of the window
      // A region id the body map does not have, stored before the API checked regions:
      // written straight to the database, it is listed as ignored, not classified.
      await store.db.execute(
        sql`update check_ins set regions = array['neck', 'elbow'] where day = '2026-05-06'`,
      );
      await episode('2026-06-01T08:00:00Z', { regions: ['arm_dist_R'] });
      await checkIn('2026-06-03', 5, ['trunk']); // after asOf: left out

      const view = await patient.json<Record<string, unknown>>(
        'GET',
        `${base}/classification?asOf=2026-06-02`,
      );
      expect(view).toEqual({
        asOf: '2026-06-02',
        from: '2026-05-06',
        distribution: 'segmental',
        explanation: expect.stringMatching(/^segmental: /),
        classificationRegions: ['neck', 'arm_R'],
        regions: ['neck', 'arm_dist_R'],
        basedOn: { checkIns: 1, episodes: 1 },
        ignoredRegions: ['elbow'],
        notice: expect.stringContaining('not a diagnosis'),
      });

      const earlier = await patient.json<Record<string, unknown>>(
        'GET',
        `${base}/classification?asOf=2026-05-05`,
      );
      expect(earlier).toMatchObject({
        from: '2026-04-08',
        distribution: 'focal',
        side: 'L',
        classificationRegions: ['leg_L'],
        explanation: 'focal: only one body region is affected (left leg)',
      });
    });

    it('says none for an empty body map, as of the server date by default', async () => {
      const view = await clinician.json<Record<string, unknown>>('GET', `${base}/classification`);
      expect(view).toMatchObject({ asOf: '2026-06-02', distribution: 'none', regions: [] });
    });
  });

  /**
   * Three sessions and the check-ins around them, worked by hand:
   * - S1 2026-01-01 onabotulinumtoxinA 450 U. Baseline 8 (2025-12-30). Day 7: 7 (onset, 7 ≤ 8 − 1),
   *   day 14: 4, day 28: 3 (best), day 56: 5, day 77: 7 — the first day ≥ 3 + (8 − 3)/2 = 5.5 after
   *   the best day, so wearing off on day 77. Length 84 days.
   * - S2 2026-03-26 (84 days later) onabotulinumtoxinA 200 U, muscles 180 U with a reason.
   *   Baseline 8 (its own day 0). Day 14: 5 (onset), day 28: 2 (best), day 56: 6 (≥ 2 + 3 = 5,
   *   wearing off). Length 63 days.
   * - S3 2026-05-28 (63 days later) abobotulinumtoxinA 500 U. Baseline 6 (2026-05-21, 7 days
   *   before). Day 4: 6, no onset yet, so no wearing-off.
   * Median by day: 0 → 8 (1 cycle), 4 → 6 (1), 7 → 7 (1), 14 → (4 + 5)/2 = 4.5 (2),
   * 28 → 2.5 (2), 56 → 5.5 (2), 77 → 7 (1). The finished cycles alone lack day 4.
   * Warnings: S1 above 400 U; S2 muscles 180 ≠ 200; S3 injected after 63 days and a new product.
   */
  async function threeCycles() {
    const s1 = await add('toxin-sessions', {
      sessionDate: '2026-01-01',
      product: 'onabotulinumtoxinA',
      totalUnits: 450,
    });
    const s2 = await add('toxin-sessions', {
      sessionDate: '2026-03-26',
      product: 'onabotulinumtoxinA',
      totalUnits: 200,
      muscles: [
        { muscle: 'splenius capitis', side: 'L', units: 100 },
        { muscle: 'sternocleidomastoid', side: 'R', units: 80 },
      ],
      totalUnitsNote: '20 U spilled while drawing up',
    });
    const s3 = await add('toxin-sessions', {
      sessionDate: '2026-05-28',
      product: 'abobotulinumtoxinA',
      totalUnits: 500,
    });
    const scores: [string, number][] = [
      ['2025-12-30', 8],
      ['2026-01-08', 7],
      ['2026-01-15', 4],
      ['2026-01-29', 3],
      ['2026-02-26', 5],
      ['2026-03-19', 7],
      ['2026-03-26', 8],
      ['2026-04-09', 5],
      ['2026-04-23', 2],
      ['2026-05-21', 6],
      ['2026-06-01', 6],
    ];
    for (const [day, severity] of scores) await checkIn(day, severity);
    return { s1, s2, s3 };
  }

  it('gives the toxin cycles with their landmarks, the median curve and warnings', async () => {
    const { s1, s2, s3 } = await threeCycles();
    const view = await clinician.json<{
      cycles: Record<string, unknown>[];
      median: unknown[];
      completedMedian: unknown[];
      warnings: Record<string, unknown>[];
      currentCycleDay: number;
    }>('GET', `${base}/cycles?asOf=2026-06-02`);

    expect(view.currentCycleDay).toBe(5);
    expect(view.cycles).toEqual([
      {
        sessionId: s1.id,
        sessionDate: '2026-01-01',
        product: 'onabotulinumtoxinA',
        totalUnits: 450,
        lengthDays: 84,
        baseline: 8,
        curve: [
          { day: 7, severity: 7 },
          { day: 14, severity: 4 },
          { day: 28, severity: 3 },
          { day: 56, severity: 5 },
          { day: 77, severity: 7 },
        ],
        onsetDay: 7,
        bestDay: 28,
        bestSeverity: 3,
        wearingOffDay: 77,
      },
      expect.objectContaining({
        sessionId: s2.id,
        lengthDays: 63,
        baseline: 8,
        onsetDay: 14,
        bestDay: 28,
        bestSeverity: 2,
        wearingOffDay: 56,
      }),
      expect.objectContaining({
        sessionId: s3.id,
        product: 'abobotulinumtoxinA',
        lengthDays: null,
        baseline: 6,
        curve: [{ day: 4, severity: 6 }],
        onsetDay: null,
        bestDay: 4,
        wearingOffDay: null,
      }),
    ]);
    expect(view.median).toEqual([
      { day: 0, severity: 8, cycles: 1 },
      { day: 4, severity: 6, cycles: 1 },
      { day: 7, severity: 7, cycles: 1 },
      { day: 14, severity: 4.5, cycles: 2 },
      { day: 28, severity: 2.5, cycles: 2 },
      { day: 56, severity: 5.5, cycles: 2 },
      { day: 77, severity: 7, cycles: 1 },
    ]);
    expect(view.completedMedian).toEqual(
      (view.median as { day: number }[]).filter((point) => point.day !== 4),
    );
    expect(view.warnings.map((w) => [w.kind, w.date])).toEqual([
      ['above_label_maximum', '2026-01-01'],
      ['muscle_units_mismatch', '2026-03-26'],
      ['early_reinjection', '2026-05-28'],
      ['product_changed', '2026-05-28'],
    ]);
    expect(view.warnings[2]).toMatchObject({
      daysSincePrevious: 63,
      message:
        'Injected 63 days after the previous session; the usual minimum is 84 days (12 weeks).',
    });

    // As of a day before the third session, it does not exist yet.
    const before = await patient.json<{ cycles: unknown[]; currentCycleDay: number }>(
      'GET',
      `${base}/cycles?asOf=2026-05-27`,
    );
    expect(before.cycles).toHaveLength(2);
    expect(before.currentCycleDay).toBe(62);
  });

  it('raises the domain red flags from episodes, side effects, medicine changes and the body map', async () => {
    const session = await add('toxin-sessions', {
      sessionDate: '2026-05-20',
      product: 'incobotulinumtoxinA',
      totalUnits: 120,
    });
    await add('adverse-events', {
      kind: 'dysphagia',
      onsetOn: '2026-05-30',
      severity: 'moderate',
      toxinSessionId: session.id,
    });
    await add('adverse-events', { kind: 'dry_mouth', onsetOn: '2026-05-29', severity: 'mild' });
    await add('adverse-events', {
      kind: 'other',
      kindOther: 'rash',
      onsetOn: '2026-05-29',
      severity: 'mild',
    });
    await add('adverse-events', {
      kind: 'breathing_difficulty',
      onsetOn: '2026-05-01',
      severity: 'mild',
    }); // too old
    // A dose increase: one course stops and the next, at a higher dose, starts the next day.
    await add('medications', {
      name: 'Haloperidol',
      dose: 1,
      unit: 'mg',
      startedOn: '2026-05-01',
      stoppedOn: '2026-05-27',
      whyStopped: 'dose raised',
    });
    await add('medications', { name: 'haloperidol', dose: 2, unit: 'mg', startedOn: '2026-05-28' });
    await add('dbs-setting-changes', { changedOn: '2025-12-01', settings: 'C1- 3 mA' });
    await checkIn('2026-05-01', 4, ['neck']);
    await episode('2026-05-30T09:00:00+02:00', { regions: ['neck'], symptoms: ['jaw_locking'] });
    await episode('2026-06-01T20:00:00Z', {
      regions: ['arm_dist_R'],
      symptoms: ['noisy_breathing'],
    });
    await episode('2026-06-02T06:00:00Z', { symptoms: ['sudden_severe_worsening'] });

    const view = await patient.json<{
      asOf: string;
      lookbackDays: number;
      alerts: Record<string, unknown>[];
    }>('GET', `${base}/alerts?asOf=2026-06-02`);
    expect(view.lookbackDays).toBe(7);
    expect(view.alerts.map((a) => [a.id, a.urgency, a.action])).toEqual([
      ['breathing', 'emergency', 'Call emergency services now.'],
      ['after_injection', 'urgent', 'Contact your injecting clinic today.'],
      ['reaction_to_new_medicine', 'urgent', 'Get urgent medical care now.'],
      ['severe_worsening', 'urgent', 'Contact your care team today.'],
      ['side_effect_to_check', 'urgent', 'Contact your injecting clinic today.'],
      ['new_pattern', 'soon', 'Mention this at your next visit.'],
      ['side_effect_to_mention', 'soon', 'Mention this at your next visit.'],
    ]);
    const byId = Object.fromEntries(view.alerts.map((a) => [a.id, a]));
    expect(byId.reaction_to_new_medicine?.message).toBe(
      'Sudden spasms (jaw locking) started soon after haloperidol was increased. Some medicines can cause this.',
    );
    expect(byId.severe_worsening?.whatToDo).toContain(
      'Tell them about your brain stimulator (DBS): a device problem can cause this.',
    );
    expect(byId.new_pattern?.triggeredBy).toEqual([
      { source: 'body_map', date: '2026-06-01', detail: 'spread to a new area: right arm' },
    ]);
    expect(byId.after_injection?.triggeredBy).toEqual([
      {
        source: 'adverse_event',
        date: '2026-05-30',
        detail: 'trouble swallowing, choking or food sticking',
      },
    ]);

    // Ten days later everything above is history: no alert.
    const later = await patient.json<{ alerts: unknown[] }>(
      'GET',
      `${base}/alerts?asOf=2026-06-12`,
    );
    expect(later.alerts).toEqual([]);
  });

  describe('today', () => {
    it('shows the cycle day, the usual severity for it and the earliest next injection', async () => {
      await threeCycles();
      await checkIn('2026-06-10', 4, ['neck'], { note: 'windy walk' });
      await setClock(Date.parse('2026-06-11T09:00:00Z'));
      const today = await patient.json<Record<string, unknown>>('GET', `${base}/today`);
      expect(today).toEqual({
        today: '2026-06-11',
        checkIn: null,
        prefill: { fromDay: '2026-06-10', severity: 4, pain: 3, function: 2, regions: ['neck'] },
        cycle: {
          day: 14,
          sessionId: expect.any(String),
          sessionDate: '2026-05-28',
          product: 'abobotulinumtoxinA',
          usualSeverity: 4.5,
          usualFromCycles: 2,
        },
        nextInjection: {
          earliestOn: '2026-08-20',
          daysFromToday: 70,
          isEarliestNotPlanned: true,
          message: expect.stringContaining('not an appointment'),
        },
        alerts: [],
        reminder: { show: true, dismissedOn: null },
      });
    });

    it('shows the reminder at most once a day, only to the person, and not after the check-in', async () => {
      const reminder = async (client = patient) =>
        (await client.json<{ reminder: unknown }>('GET', `${base}/today`)).reminder;
      expect(await reminder()).toEqual({ show: true, dismissedOn: null });
      expect(await reminder(clinician)).toEqual({ show: false, dismissedOn: null });
      expect((await clinician.request('POST', `${base}/today/reminder-dismissal`, {})).status).toBe(
        403,
      );

      expect(await patient.json('POST', `${base}/today/reminder-dismissal`, {})).toEqual({
        show: false,
        dismissedOn: '2026-06-02',
      });
      expect(await reminder()).toEqual({ show: false, dismissedOn: '2026-06-02' });

      await setClock(Date.parse('2026-06-03T07:00:00Z'));
      expect(await reminder()).toEqual({ show: true, dismissedOn: '2026-06-02' });
      await checkIn('2026-06-03', 2);
      const today = await patient.json<Record<string, unknown>>('GET', `${base}/today`);
      expect(today.reminder).toEqual({ show: false, dismissedOn: '2026-06-02' });
      expect(today.checkIn).toMatchObject({ day: '2026-06-03', severity: 2 });
      expect(today.cycle).toBeNull();
      expect(today.nextInjection).toBeNull();

      // 12 weeks after an injection, the earliest date is behind: it still is not a plan.
      await add('toxin-sessions', {
        sessionDate: '2026-03-01',
        product: 'rimabotulinumtoxinB',
        totalUnits: 5000,
      });
      const later = await patient.json<Record<string, unknown>>('GET', `${base}/today`);
      expect(later.cycle).toMatchObject({ day: 94, usualSeverity: null, usualFromCycles: 0 });
      expect(later.nextInjection).toEqual({
        earliestOn: '2026-05-24',
        daysFromToday: -10,
        isEarliestNotPlanned: true,
        message:
          'It is 12 weeks or more since the last injection (the earliest date was 2026-05-24). Your clinic plans the date of the next one.',
      });
    });

    it("takes the person's date from the device, within a day of the server's", async () => {
      await setClock(Date.parse('2026-06-02T23:30:00Z'));
      const ahead = await patient.json<{ today: string }>('GET', `${base}/today?today=2026-06-03`);
      expect(ahead.today).toBe('2026-06-03');
      const res = await patient.request('GET', `${base}/today?today=2026-06-05`);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain('Check the date on this device');
      const dismiss = await patient.request('POST', `${base}/today/reminder-dismissal`, {
        today: '2025-06-02',
      });
      expect(dismiss.status).toBe(400);
    });
  });
});
