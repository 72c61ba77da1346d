import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseAccount } from '../store/erase-account.ts';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { recordEntryKindPaths, recordEntrySamples, samplePathIn } from './record-entry-samples.ts';
import { buildWorld, PASSWORD, type World } from './test-world.ts';

const exportKeys = {
  episodes: 'episodes',
  medications: 'medications',
  'toxin-sessions': 'toxinSessions',
  'adverse-events': 'adverseEvents',
  therapies: 'therapies',
  'dbs-setting-changes': 'dbsSettingChanges',
  surgeries: 'surgeries',
  'questionnaire-responses': 'questionnaireResponses',
  'video-checks': 'videoChecks',
} as const;

/** Rows of every table whose text mentions `needle`. */
async function rowsMentioning(store: Store, needle: string) {
  const tables = await store.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const mentions: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await store.db.execute<{ row: string }>(
      sql.raw(`select t::text as row from "${table_name}" t where t::text like '%${needle}%'`),
    );
    for (const r of rows.rows) mentions.push(`${table_name}: ${r.row}`);
  }
  return mentions;
}

async function count(store: Store, table: string) {
  const { rows } = await store.db.execute<{ n: number }>(
    sql.raw(`select count(*)::int as n from ${table}`),
  );
  return rows[0]?.n;
}

describe.each(testDatabaseTiers())(
  'export and erasure of the diary and treatment log on $name',
  (tier) => {
    let store: Store;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ store, dispose } = await openTestStore(tier));
    });
    afterAll(() => dispose());

    /** One entry of every kind, one of them recorded by the clinician, and a put-away reminder. */
    async function fullRecord(): Promise<World & { byClinician: string }> {
      const world = await buildWorld(store);
      for (const kind of recordEntryKindPaths) await samplePathIn(world, kind);
      const { id: byClinician } = await world.clients.grantedClinician.json<{ id: string }>(
        'POST',
        `/api/patients/${world.patientId}/episodes`,
        { ...recordEntrySamples.episodes, note: 'seen in clinic' },
        201,
      );
      await world.clients.patient.json(
        'POST',
        `/api/patients/${world.patientId}/today/reminder-dismissal`,
        {},
      );
      return { ...world, byClinician };
    }

    it('exports every entry of the diary and treatment log, without repeating the patient id', async () => {
      const world = await fullRecord();
      const res = await world.clients.patient.request(
        'GET',
        `/api/patients/${world.patientId}/export`,
      );
      expect(res.status).toBe(200);
      const data = await res.json();
      for (const kind of recordEntryKindPaths) {
        const expected = kind === 'episodes' ? 2 : 1;
        expect(data[exportKeys[kind]], kind).toHaveLength(expected);
        expect(data[exportKeys[kind]], kind).toContainEqual(
          expect.objectContaining({ id: expect.any(String), recordedBy: world.patientId }),
        );
        for (const row of data[exportKeys[kind]]) expect(row, kind).not.toHaveProperty('patientId');
      }
      expect(data.toxinSessions[0]).toMatchObject({
        product: 'onabotulinumtoxinA',
        totalUnits: 200,
        muscles: recordEntrySamples['toxin-sessions'].muscles,
      });
      expect(data.episodes).toContainEqual(expect.objectContaining({ note: 'seen in clinic' }));
      expect(data.checkInReminderDismissedOn).toBe('2026-06-02');
    });

    it('erases every entry with the account, muscles and reminder included', async () => {
      const world = await fullRecord();
      const res = await world.clients.patient.request(
        'POST',
        `/api/patients/${world.patientId}/erase`,
        { password: PASSWORD, confirm: 'ERASE' },
      );
      expect(res.status).toBe(204);
      const mentions = await rowsMentioning(store, world.patientId);
      expect(mentions).toHaveLength(1);
      expect(mentions[0]).toMatch(/^audit_events: .*account\.erased/);
      for (const table of [
        'episodes',
        'medications',
        'toxin_sessions',
        'toxin_injections',
        'adverse_events',
        'therapies',
        'dbs_setting_changes',
        'surgeries',
        'questionnaire_responses',
        'video_checks',
        'check_in_reminders',
      ]) {
        expect(await count(store, table), table).toBe(0);
      }
    });

    it("keeps a patient's entry when the clinician who recorded it erases their account, without naming them", async () => {
      const world = await fullRecord();
      const clinicianId = world.clients.grantedClinician.account?.id as string;
      // Clinicians have no record to erase through the API; the store's erasure is the same.
      await eraseAccount(store.db, clinicianId, 'account:clinician', null);
      const episodes = await world.clients.patient.json<{
        episodes: { id: string; note: string | null }[];
      }>('GET', `/api/patients/${world.patientId}/episodes`);
      expect(episodes.episodes).toContainEqual(
        expect.objectContaining({ id: world.byClinician, note: 'seen in clinic' }),
      );
      const { rows } = await store.db.execute<{ recorded_by: string | null }>(
        sql`select recorded_by from episodes where id = ${world.byClinician}`,
      );
      expect(rows[0]?.recorded_by).toBeNull();
      expect(
        (await rowsMentioning(store, clinicianId)).filter((m) => !m.startsWith('audit_events')),
      ).toEqual([]);
    });
  },
);
