import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { updateToxinSession } from '../store/toxin-sessions.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';
import {
  type RecordEntryKindPath,
  recordEntryKindPaths,
  recordEntrySamples,
} from './record-entry-samples.ts';
import { emptyDatabase, PASSWORD } from './test-world.ts';

/** Entry tables emptied between tests; accounts stay (signing up costs a password hash). */
const entryTables =
  'episodes, medications, toxin_sessions, toxin_injections, adverse_events, therapies, dbs_setting_changes, surgeries, questionnaire_responses, video_checks, check_ins, check_in_reminders';

/** One field changed per kind, to see an update land. */
const changes: Record<RecordEntryKindPath, Record<string, unknown>> = {
  episodes: { severity: 7, trigger: 'other', triggerOther: 'cold weather' },
  medications: { dose: 4, stoppedOn: '2026-05-30', whyStopped: 'dry mouth' },
  'toxin-sessions': {
    totalUnits: 220,
    muscles: [{ muscle: 'trapezius', side: 'bilateral', units: 220 }],
  },
  'adverse-events': { severity: 'moderate', note: 'worse with bread' },
  therapies: { sessionsAttended: 8, stoppedOn: '2026-05-31' },
  'dbs-setting-changes': { settings: 'L: C2-, 3.5 mA, 60 µs, 130 Hz' },
  surgeries: { kind: 'other', kindOther: 'lead revision' },
  'questionnaire-responses': {
    answers: { q1: 2, q2: 1, q3: 1, q4: 0, q5: 0, q6: 1, q7: 0 },
  },
  'video-checks': { note: 'filmed at home, sitting' },
};

const listKeys: Record<RecordEntryKindPath, string> = {
  episodes: 'episodes',
  medications: 'medications',
  'toxin-sessions': 'toxinSessions',
  'adverse-events': 'adverseEvents',
  therapies: 'therapies',
  'dbs-setting-changes': 'dbsSettingChanges',
  surgeries: 'surgeries',
  'questionnaire-responses': 'questionnaireResponses',
  'video-checks': 'videoChecks',
};

const videoSample = recordEntrySamples['video-checks'].measurements;

interface Refusal {
  kind: RecordEntryKindPath;
  change: Record<string, unknown>;
  field: string;
  says: string;
}

/** Bad bodies (the sample with one change), the field blamed and what the message tells. */
const refusals: Refusal[] = [
  { kind: 'episodes', change: { severity: 11 }, field: 'severity', says: 'from 0 to 10' },
  { kind: 'episodes', change: { severity: 2.5 }, field: 'severity', says: 'whole number' },
  { kind: 'episodes', change: { pain: -1 }, field: 'pain', says: 'from 0 to 10' },
  { kind: 'episodes', change: { regions: ['elbow'] }, field: 'regions.0', says: 'neck' },
  {
    kind: 'episodes',
    change: { trigger: 'other' },
    field: 'triggerOther',
    says: 'Say what the other trigger was',
  },
  {
    kind: 'episodes',
    change: { triggerOther: 'rain' },
    field: 'triggerOther',
    says: 'Set trigger to "other"',
  },
  { kind: 'episodes', change: { trigger: 'singing' }, field: 'trigger', says: 'writing' },
  {
    kind: 'episodes',
    change: { sensoryTrick: null },
    field: 'sensoryTrick',
    says: 'which sensory trick',
  },
  {
    kind: 'episodes',
    change: { sensoryTrickEffect: 'lots' },
    field: 'sensoryTrickEffect',
    says: 'none, partial or complete',
  },
  {
    kind: 'episodes',
    change: { startedAt: '2026-06-01T14:30:00' },
    field: 'startedAt',
    says: 'time zone',
  },
  {
    kind: 'episodes',
    change: { startedAt: '2026-06-03T09:00:00Z' },
    field: 'startedAt',
    says: 'in the future',
  },
  { kind: 'episodes', change: { durationMinutes: -5 }, field: 'durationMinutes', says: 'negative' },
  { kind: 'episodes', change: { symptoms: ['headache'] }, field: 'symptoms.0', says: 'fever' },
  { kind: 'episodes', change: { mood: 3 }, field: '(body)', says: 'mood' },
  { kind: 'medications', change: { name: '' }, field: 'name', says: 'medicine name' },
  { kind: 'medications', change: { dose: -1 }, field: 'dose', says: 'more than 0' },
  { kind: 'medications', change: { unit: null }, field: 'unit', says: 'dose and its unit' },
  { kind: 'medications', change: { unit: 'spoon' }, field: 'unit', says: 'mg' },
  {
    kind: 'medications',
    change: { stoppedOn: '2026-04-01' },
    field: 'stoppedOn',
    says: 'before the start date',
  },
  {
    kind: 'medications',
    change: { whyStopped: 'felt dizzy' },
    field: 'stoppedOn',
    says: 'date it was stopped',
  },
  { kind: 'medications', change: { startedOn: '2026-02-30' }, field: 'startedOn', says: '2026-' },
  {
    kind: 'toxin-sessions',
    change: { product: 'Botox' },
    field: 'product',
    says: 'onabotulinumtoxinA (Botox)',
  },
  { kind: 'toxin-sessions', change: { totalUnits: 0 }, field: 'totalUnits', says: 'more than 0' },
  {
    kind: 'toxin-sessions',
    change: { totalUnits: 12.345 },
    field: 'totalUnits',
    says: 'at most 2 decimals',
  },
  {
    kind: 'toxin-sessions',
    change: { totalUnits: 250 },
    field: 'totalUnits',
    says: 'The muscles add up to 200 U but the total is 250 U',
  },
  {
    kind: 'toxin-sessions',
    change: { muscles: [{ muscle: 'trapezius', units: -5 }] },
    field: 'muscles.0.units',
    says: 'cannot be negative',
  },
  {
    kind: 'toxin-sessions',
    change: { muscles: [{ muscle: 'trapezius', side: 'left', units: 200 }] },
    field: 'muscles.0.side',
    says: 'L, R or bilateral',
  },
  { kind: 'adverse-events', change: { kind: 'headache' }, field: 'kind', says: 'dysphagia' },
  {
    kind: 'adverse-events',
    change: { kind: 'other' },
    field: 'kindOther',
    says: 'what the side effect was',
  },
  { kind: 'adverse-events', change: { severity: 'bad' }, field: 'severity', says: 'mild' },
  {
    kind: 'adverse-events',
    change: { toxinSessionId: '00000000-0000-4000-8000-000000000000' },
    field: 'toxinSessionId',
    says: 'no toxin session with this id',
  },
  { kind: 'therapies', change: { kind: 'massage' }, field: 'kind', says: 'physio, speech' },
  {
    kind: 'therapies',
    change: { homeExerciseAdherencePercent: 120 },
    field: 'homeExerciseAdherencePercent',
    says: '0 to 100',
  },
  {
    kind: 'therapies',
    change: { sessionsAttended: -1 },
    field: 'sessionsAttended',
    says: 'negative',
  },
  { kind: 'dbs-setting-changes', change: { settings: '  ' }, field: 'settings', says: 'Write' },
  { kind: 'surgeries', change: { kind: 'other' }, field: 'kindOther', says: 'which operation' },
  { kind: 'surgeries', change: { performedOn: 'yesterday' }, field: 'performedOn', says: '2026-' },
  {
    kind: 'questionnaire-responses',
    change: { scaleId: 'twstrs' },
    field: 'scaleId',
    says: 'phq9 (mood) or gad7 (worry)',
  },
  {
    kind: 'questionnaire-responses',
    change: { answers: { q1: 4 } },
    field: 'answers',
    says: 'Allowed: 0, 1, 2, 3',
  },
  {
    kind: 'questionnaire-responses',
    change: { answers: { q9: 1 } },
    field: 'answers',
    says: 'Unknown item "q9" for GAD-7',
  },
  {
    kind: 'questionnaire-responses',
    change: { answers: { q1: null } },
    field: 'answers',
    says: 'at least one question',
  },
  {
    kind: 'questionnaire-responses',
    change: { answers: { q1: 'often' } },
    field: 'answers.q1',
    says: 'answer values',
  },
  {
    kind: 'questionnaire-responses',
    change: { answers: [1, 2] },
    field: 'answers',
    says: 'as an object',
  },
  {
    kind: 'questionnaire-responses',
    change: { answeredOn: '0050-01-01' },
    field: 'answeredOn',
    says: 'from 1900 on',
  },
  {
    kind: 'questionnaire-responses',
    change: { answers: { q1: 1.5 } },
    field: 'answers.q1',
    says: 'answer values',
  },
  {
    kind: 'questionnaire-responses',
    change: { scaleId: 'phq9', answers: { q1: 'not_applicable' } },
    field: 'answers',
    says: 'Allowed: 0, 1, 2, 3',
  },
  {
    kind: 'video-checks',
    change: { measurements: { ...videoSample, faceFoundRatio: 1.2 } },
    field: 'measurements.faceFoundRatio',
    says: 'share from 0 to 1',
  },
  {
    kind: 'video-checks',
    change: { measurements: { ...videoSample, headPositionDeg: { yaw: 240, pitch: 0, roll: 0 } } },
    field: 'measurements.headPositionDeg.yaw',
    says: 'between -180 and 180',
  },
  {
    kind: 'video-checks',
    change: {
      measurements: {
        ...videoSample,
        twstrs: {
          ...videoSample.twstrs,
          rotation: { score: 2, probabilities: [0.5, 0.5, 0.5, 0, 0] },
        },
      },
    },
    field: 'measurements.twstrs.rotation.probabilities',
    says: 'add up to 1',
  },
  {
    kind: 'video-checks',
    change: {
      measurements: {
        ...videoSample,
        twstrs: { ...videoSample.twstrs, laterocollis: { score: 1, probabilities: [0.5, 0.5] } },
      },
    },
    field: 'measurements.twstrs.laterocollis.probabilities',
    says: 'one probability for each score from 0 to 3',
  },
  {
    kind: 'video-checks',
    change: {
      measurements: {
        ...videoSample,
        twstrs: { ...videoSample.twstrs, duration: { score: 4, probabilities: null } },
      },
    },
    field: 'measurements.twstrs.duration',
    says: 'score and its probabilities together',
  },
  {
    kind: 'video-checks',
    change: { measurements: { ...videoSample, frames: [] } },
    field: 'measurements',
    says: 'frames',
  },
  {
    kind: 'video-checks',
    change: { measuredOn: '2026-06-04' },
    field: 'measuredOn',
    says: 'the day the video was measured',
  },
  {
    kind: 'questionnaire-responses',
    change: { answeredOn: '2026-06-04' },
    field: 'answeredOn',
    says: 'in the future',
  },
];

describe.each(testDatabaseTiers())('record entries on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let patient: ApiClient;
  let other: ApiClient;
  let patientId: string;
  let otherId: string;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    await emptyDatabase(store);
    const app = createApp({
      store,
      log: pino({ level: 'silent' }),
      version: 'test',
      clock: () => new Date('2026-06-02T10:00:00Z'),
    });
    const signUp = async (email: string) => {
      const client = new ApiClient(inProcess(app));
      await client.signUp({ email, password: PASSWORD, displayName: email, role: 'patient' });
      return client;
    };
    patient = await signUp('patient@example.org');
    other = await signUp('other@example.org');
    patientId = patient.account?.id as string;
    otherId = other.account?.id as string;
  });
  afterAll(() => dispose());
  beforeEach(async () => {
    await store.db.execute(sql.raw(`truncate ${entryTables}`));
  });

  const collection = (kind: RecordEntryKindPath, id = patientId) => `/api/patients/${id}/${kind}`;
  const list = async (kind: RecordEntryKindPath, client = patient, id = patientId) =>
    (await client.json<Record<string, Record<string, unknown>[]>>('GET', collection(kind, id)))[
      listKeys[kind]
    ] as Record<string, unknown>[];
  const create = (kind: RecordEntryKindPath, body: unknown = recordEntrySamples[kind]) =>
    patient.json<Record<string, unknown> & { id: string }>('POST', collection(kind), body, 201);

  describe.each(recordEntryKindPaths)('%s', (kind) => {
    it('creates, lists, replaces and deletes an entry', async () => {
      const created = await create(kind);
      expect(created).toMatchObject({ ...recordEntrySamples[kind], id: expect.any(String) });
      expect(await list(kind)).toEqual([created]);

      const changed = { ...recordEntrySamples[kind], ...changes[kind] };
      const updated = await patient.json<Record<string, unknown>>(
        'PUT',
        `${collection(kind)}/${created.id}`,
        changed,
      );
      expect(updated).toMatchObject({ ...changes[kind], id: created.id });
      expect(await list(kind)).toEqual([updated]);

      const deleted = await patient.request('DELETE', `${collection(kind)}/${created.id}`);
      expect(deleted.status).toBe(204);
      expect(await list(kind)).toEqual([]);
      for (const method of ['DELETE', 'PUT']) {
        const again = await patient.request(method, `${collection(kind)}/${created.id}`, changed);
        expect(again.status, method).toBe(404);
        expect((await again.json()).error.message).toContain('reload the list');
      }
    });

    it("cannot reach another patient's entry through its own record", async () => {
      const theirs = await other.json<{ id: string }>(
        'POST',
        collection(kind, otherId),
        recordEntrySamples[kind],
        201,
      );
      const path = `${collection(kind)}/${theirs.id}`;
      const changed = { ...recordEntrySamples[kind], ...changes[kind] };
      expect((await patient.request('PUT', path, changed)).status).toBe(404);
      expect((await patient.request('DELETE', path)).status).toBe(404);
      expect(await list(kind, other, otherId)).toEqual([
        expect.objectContaining({ id: theirs.id, ...recordEntrySamples[kind] }),
      ]);
      expect(await list(kind)).toEqual([]);
    });

    it('stores a retried save once: the Idempotency-Key becomes the id, the retry changes nothing', async () => {
      const key = randomUUID();
      const keyed = (client: ApiClient, body: unknown, id = patientId) => {
        client.extraHeaders['idempotency-key'] = key;
        return client.request('POST', collection(kind, id), body).finally(() => {
          delete client.extraHeaders['idempotency-key'];
        });
      };
      const first = await keyed(patient, recordEntrySamples[kind]);
      expect(first.status).toBe(201);
      expect((await first.json()).id).toBe(key);
      // The answer was lost; meanwhile the entry was changed, and then the retry comes in.
      const changed = { ...recordEntrySamples[kind], ...changes[kind] };
      await patient.json('PUT', `${collection(kind)}/${key}`, changed);
      const retry = await keyed(patient, recordEntrySamples[kind]);
      expect(retry.status).toBe(200);
      expect(await retry.json()).toMatchObject({ ...changes[kind], id: key });
      expect(await list(kind)).toEqual([expect.objectContaining({ ...changes[kind], id: key })]);
      // Another record cannot take over or learn about the entry through its key.
      const theirs = await keyed(other, recordEntrySamples[kind], otherId);
      expect(theirs.status).toBe(409);
      expect((await theirs.json()).error.message).toContain('Please add it again');
      expect(await list(kind, other, otherId)).toEqual([]);
      expect(await list(kind)).toEqual([expect.objectContaining({ ...changes[kind], id: key })]);
    });

    it('refuses an Idempotency-Key that is not a UUID and stores nothing', async () => {
      patient.extraHeaders['idempotency-key'] = 'retry-1';
      const res = await patient
        .request('POST', collection(kind), recordEntrySamples[kind])
        .finally(() => {
          delete patient.extraHeaders['idempotency-key'];
        });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain('same one again with every retry');
      expect(await list(kind)).toEqual([]);
    });

    it('refuses an id that is not a UUID', async () => {
      const res = await patient.request('DELETE', `${collection(kind)}/42`);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain('UUID');
    });
  });

  it.each(refusals)('refuses $kind with $field wrong ($says) and stores nothing', async (r) => {
    const res = await patient.request('POST', collection(r.kind), {
      ...recordEntrySamples[r.kind],
      ...r.change,
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.fields).toContainEqual({
      path: r.field,
      message: expect.stringContaining(r.says),
    });
    expect(await list(r.kind)).toEqual([]);
  });

  it('keeps the stored entry unchanged when a replacement is refused', async () => {
    const episode = await create('episodes');
    const session = await create('toxin-sessions');
    for (const [kind, entry, bad] of [
      ['episodes', episode, { ...recordEntrySamples.episodes, severity: 12 }],
      [
        'toxin-sessions',
        session,
        { ...recordEntrySamples['toxin-sessions'], muscles: [{ muscle: 'x', units: -1 }] },
      ],
    ] as const) {
      const res = await patient.request('PUT', `${collection(kind)}/${entry.id}`, bad);
      expect(res.status).toBe(400);
      expect(await list(kind)).toEqual([entry]);
    }
  });

  it('writes a toxin session and its muscles all or nothing', async () => {
    const session = await create('toxin-sessions');
    // Past the API's validation, the database still refuses negative units; the session row
    // must then keep its old total and muscles, not half of the new ones.
    await expect(
      updateToxinSession(
        store.db,
        patientId,
        session.id,
        {
          sessionDate: '2026-05-20',
          product: 'onabotulinumtoxinA',
          totalUnits: 300,
          totalUnitsNote: null,
          lot: null,
          injector: null,
          note: null,
          muscles: [
            { muscle: 'trapezius', side: 'L', units: 100 },
            { muscle: 'levator scapulae', side: 'L', units: -1 },
          ],
        },
        patientId,
      ),
    ).rejects.toThrow();
    expect(await list('toxin-sessions')).toEqual([session]);
  });

  it('keeps the order of muscles and accepts a total that differs when the reason is given', async () => {
    const body = {
      ...recordEntrySamples['toxin-sessions'],
      product: 'abobotulinumtoxinA',
      totalUnits: 500,
      muscles: [
        { muscle: 'sternocleidomastoid', side: 'R', units: 150 },
        { muscle: 'splenius capitis', side: 'L', units: 250 },
        { muscle: 'trapezius', units: 95.5 },
      ],
      totalUnitsNote: '4.5 U left in the vial',
    };
    const created = await create('toxin-sessions', body);
    expect(created.muscles).toEqual([
      { muscle: 'sternocleidomastoid', side: 'R', units: 150 },
      { muscle: 'splenius capitis', side: 'L', units: 250 },
      { muscle: 'trapezius', side: null, units: 95.5 },
    ]);
    expect(created).toMatchObject({ totalUnits: 500, totalUnitsNote: '4.5 U left in the vial' });
    // Muscles that add up exactly need no note, with decimals too.
    await create('toxin-sessions', {
      ...body,
      totalUnits: 20.3,
      totalUnitsNote: null,
      muscles: [
        { muscle: 'orbicularis oculi', side: 'L', units: 10.1 },
        { muscle: 'orbicularis oculi', side: 'R', units: 10.2 },
      ],
    });
  });

  it('lists episodes in a date range by the diary day where they happened', async () => {
    const at = (startedAt: string) =>
      create('episodes', { ...recordEntrySamples.episodes, startedAt });
    const late = await at('2026-05-30T23:30:00-05:00'); // 31 May 04:30 UTC, but 30 May there
    const early = await at('2026-05-31T08:00:00+02:00');
    await at('2026-05-28T12:00:00Z');
    expect(late.day).toBe('2026-05-30');
    const inRange = await patient.json<{ episodes: { id: string }[] }>(
      'GET',
      `${collection('episodes')}?from=2026-05-29&to=2026-05-31`,
    );
    expect(inRange.episodes.map((e) => e.id)).toEqual([early.id, late.id]);
    const res = await patient.request(
      'GET',
      `${collection('episodes')}?from=2026-06-01&to=2026-05-01`,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('swap from and to');
  });

  it('links a side effect only to a session of the same record, on or after the injection', async () => {
    const session = await create('toxin-sessions');
    const theirs = await other.json<{ id: string }>(
      'POST',
      collection('toxin-sessions', otherId),
      recordEntrySamples['toxin-sessions'],
      201,
    );
    const sample = recordEntrySamples['adverse-events'];
    const refused = async (body: object, field: string) => {
      const res = await patient.request('POST', collection('adverse-events'), body);
      expect(res.status).toBe(400);
      expect((await res.json()).error.details.fields[0].path).toBe(field);
    };
    await refused({ ...sample, toxinSessionId: theirs.id }, 'toxinSessionId');
    await refused({ ...sample, toxinSessionId: session.id, onsetOn: '2026-05-19' }, 'onsetOn');
    const linked = await create('adverse-events', { ...sample, toxinSessionId: session.id });
    expect(linked.toxinSessionId).toBe(session.id);

    // Correcting the session record by deleting it keeps the side effect, unlinked.
    const deleted = await patient.request(
      'DELETE',
      `${collection('toxin-sessions')}/${session.id}`,
    );
    expect(deleted.status).toBe(204);
    expect(await list('adverse-events')).toEqual([
      expect.objectContaining({ id: linked.id, kind: 'dysphagia', toxinSessionId: null }),
    ]);
  });

  it("keeps a video check as measured, stamped with this server's version, and says it is an estimate", async () => {
    const saved = await create('video-checks');
    expect(saved).toMatchObject({
      softwareVersion: 'test',
      measurements: recordEntrySamples['video-checks'].measurements,
    });
    expect((saved as unknown as { disclaimer: string }).disclaimer).toContain(
      'for a clinician to check',
    );
    // Only the note can change; what the software measured stays as stored.
    const path = `${collection('video-checks')}/${saved.id}`;
    const sample = recordEntrySamples['video-checks'];
    const changed = await patient.request('PUT', path, {
      ...sample,
      measurements: { ...sample.measurements, faceFoundRatio: 0.5 },
    });
    expect(changed.status).toBe(400);
    expect((await changed.json()).error.message).toContain('cannot be changed, only the note');
    const noted = await patient.json('PUT', path, { ...sample, note: 'seated, good light' });
    expect(noted).toMatchObject({ note: 'seated, good light', measurements: sample.measurements });
    expect(await list('video-checks')).toEqual([
      expect.objectContaining({ id: saved.id, measurements: sample.measurements }),
    ]);
  });

  it('reads a video check kept before lookedFor existed as looked for, once migrated', async () => {
    // Such a row, as stored then; the migration (run at open) is run again here on it.
    const sample = recordEntrySamples['video-checks'];
    const { lookedFor: _l, ...olderTremor } = sample.measurements.tremor;
    const older = { ...sample.measurements, tremor: olderTremor };
    await store.db.execute(
      sql`insert into video_checks (patient_id, measured_on, software_version, measurements) values (${patientId}, '2026-06-01', '0.1.0', ${JSON.stringify(older)}::jsonb)`,
    );
    const migration = readFileSync(
      new URL('../store/migrations/0008_video_checks_looked_for.sql', import.meta.url),
      'utf8',
    );
    await store.db.execute(sql.raw(migration));
    expect(await list('video-checks')).toEqual([
      expect.objectContaining({ measurements: sample.measurements }),
    ]);
  });

  it('keeps what a degenerate video can really give: a very high blink rate, a slow-motion tremor band', async () => {
    const sample = recordEntrySamples['video-checks'];
    const saved = await create('video-checks', {
      ...sample,
      measurements: {
        ...sample.measurements,
        tremor: { ...sample.measurements.tremor, peakHz: 150 },
        blinks: { ...sample.measurements.blinks, ratePerMin: 1800 },
      },
    });
    expect(saved).toMatchObject({ measurements: { blinks: { ratePerMin: 1800 } } });
  });

  it('has database checks that refuse out-of-range values whatever the caller', async () => {
    const session = await create('toxin-sessions');
    const statements = [
      `insert into episodes (patient_id, started_at, day, severity) values ('${patientId}', now(), '2026-06-01', 11)`,
      `insert into episodes (patient_id, started_at, day, severity, pain) values ('${patientId}', now(), '2026-06-01', 3, -1)`,
      `insert into episodes (patient_id, started_at, day, severity, duration_minutes) values ('${patientId}', now(), '2026-06-01', 3, -10)`,
      `insert into episodes (patient_id, started_at, day, severity, trigger) values ('${patientId}', now(), '2026-06-01', 3, 'other')`,
      `insert into episodes (patient_id, started_at, day, severity, trigger_other) values ('${patientId}', now(), '2026-06-01', 3, 'rain')`,
      `insert into medications (patient_id, name, started_on, dose) values ('${patientId}', 'x', '2026-06-01', 0)`,
      `insert into medications (patient_id, name, started_on, stopped_on) values ('${patientId}', 'x', '2026-06-01', '2026-05-01')`,
      `insert into toxin_sessions (patient_id, session_date, product, total_units) values ('${patientId}', '2026-06-01', 'onabotulinumtoxinA', 0)`,
      `insert into toxin_injections (session_id, position, muscle, units) values ('${session.id}', 9, 'x', -1)`,
      `insert into therapies (patient_id, kind, started_on, home_exercise_adherence_percent) values ('${patientId}', 'physio', '2026-06-01', 101)`,
      `insert into therapies (patient_id, kind, started_on, sessions_attended) values ('${patientId}', 'physio', '2026-06-01', -1)`,
      `insert into surgeries (patient_id, performed_on, kind) values ('${patientId}', '2026-06-01', 'other')`,
      `insert into adverse_events (patient_id, kind, onset_on, severity) values ('${patientId}', 'other', '2026-06-01', 'mild')`,
      `insert into questionnaire_responses (patient_id, scale_id, scale_version, answered_on, answers) values ('${patientId}', 'phq9', '1', '2026-06-01', '[1, 2]')`,
      `insert into questionnaire_responses (patient_id, scale_id, scale_version, answered_on, answers) values ('${patientId}', 'twstrs', '1', '2026-06-01', '{}')`,
      `insert into video_checks (patient_id, measured_on, software_version, measurements) values ('${patientId}', '2026-06-01', 'x', '"text"')`,
    ];
    for (const statement of statements) {
      await expect(store.db.execute(sql.raw(statement)), statement).rejects.toThrow();
    }
  });
});
