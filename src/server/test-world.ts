import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import type { Store } from '../store/open-store.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';

/**
 * A small world of accounts around one patient, for tests of the access policy: the patient,
 * another patient, clinicians with a live, revoked or ended grant or none, a caregiver who may
 * only read, and the admin (the first account).
 */
export const personas = [
  'anonymous',
  'patient',
  'otherPatient',
  'grantedClinician',
  'neverGrantedClinician',
  'revokedClinician',
  'expiredClinician',
  'readOnlyCaregiver',
  'admin',
] as const;
export type Persona = (typeof personas)[number];

export const PASSWORD = 'tonus test password for everyone';
export const PATIENT_NAME = 'Alexandra Patientname';
export const PATIENT_NOTE = 'Private note: MARKER-A-NOTE';

export interface World {
  app: ReturnType<typeof createApp>;
  clients: Record<Persona, ApiClient>;
  emails: Record<Exclude<Persona, 'anonymous'>, string>;
  patientId: string;
  grantedGrantId: string;
  clinicId: string;
  clock: { now: number };
}

/** Deletes every row of every table (not the migrations) so a world can be rebuilt quickly. */
export async function emptyDatabase(store: Store) {
  const tables = await store.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const names = tables.rows.map((r) => `"${r.table_name}"`).join(', ');
  if (names) await store.db.execute(sql.raw(`truncate ${names} cascade`));
}

export async function buildWorld(store: Store): Promise<World> {
  await emptyDatabase(store);
  // 23:40 UTC, so a grant that ends at the next midnight can be seen ending 21 minutes later,
  // well inside everyone's 30-minute idle timeout.
  const clock = { now: Date.parse('2026-06-01T23:40:00Z') };
  const app = createApp({
    store,
    log: pino({ level: 'silent' }),
    version: 'test',
    clock: () => new Date(clock.now),
  });
  const client = () => new ApiClient(inProcess(app));
  const clients = Object.fromEntries(personas.map((p) => [p, client()])) as Record<
    Persona,
    ApiClient
  >;
  const emails = Object.fromEntries(
    personas.filter((p) => p !== 'anonymous').map((p) => [p, `${p.toLowerCase()}@example.org`]),
  ) as World['emails'];
  const roles: Record<Exclude<Persona, 'anonymous'>, string> = {
    admin: 'clinician',
    patient: 'patient',
    otherPatient: 'patient',
    grantedClinician: 'clinician',
    neverGrantedClinician: 'clinician',
    revokedClinician: 'clinician',
    expiredClinician: 'clinician',
    readOnlyCaregiver: 'caregiver',
  };
  // The admin signs up first: the first account of an install is the admin.
  for (const persona of [
    'admin',
    ...personas.filter((p) => p !== 'admin' && p !== 'anonymous'),
  ] as const) {
    await clients[persona].signUp({
      email: emails[persona as keyof typeof emails],
      password: PASSWORD,
      displayName: persona === 'patient' ? PATIENT_NAME : persona,
      role: roles[persona as keyof typeof roles],
    });
  }
  const patient = clients.patient;
  const patientId = patient.account?.id as string;
  await patient.json('PUT', `/api/patients/${patientId}/check-ins`, {
    day: '2026-06-01',
    severity: 6,
    pain: 4,
    function: 5,
    regions: ['neck'],
    note: PATIENT_NOTE,
  });
  const share = async (persona: Persona, scope: string, endsOn: string | null = null) => {
    const { code } = await patient.json<{ code: string }>(
      'POST',
      `/api/patients/${patientId}/invitations`,
      { relation: persona === 'readOnlyCaregiver' ? 'caregiver' : 'clinician', scope, endsOn },
      201,
    );
    const { grant } = await clients[persona].json<{ grant: { id: string } }>(
      'POST',
      '/api/invitations/accept',
      { code },
      201,
    );
    return grant.id;
  };
  const grantedGrantId = await share('grantedClinician', 'read_write');
  await share('readOnlyCaregiver', 'read');
  const revokedId = await share('revokedClinician', 'read_write');
  const res = await patient.request('DELETE', `/api/patients/${patientId}/grants/${revokedId}`);
  if (res.status !== 204) throw new Error(`revoking failed: ${res.status}`);
  await share('expiredClinician', 'read_write', '2026-06-02');
  clock.now = Date.parse('2026-06-02T00:01:00Z');
  const { id: clinicId } = await clients.admin.json<{ id: string }>(
    'POST',
    '/api/clinics',
    { name: 'Movement clinic' },
    201,
  );
  return { app, clients, emails, patientId, grantedGrantId, clinicId, clock };
}
