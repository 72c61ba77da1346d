import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { ApiClient, inProcess } from './api-client.ts';
import {
  type RecordEntryKindPath,
  recordEntrySamples,
  samplePathIn,
} from './record-entry-samples.ts';
import {
  buildWorld,
  PASSWORD,
  PATIENT_NAME,
  PATIENT_NOTE,
  type Persona,
  personas,
  type World,
} from './test-world.ts';

/**
 * Calls every route of /api/openapi.json as every kind of caller and checks each answer
 * against this table. A route missing from the table fails the test, so a new route cannot
 * ship without saying who may call it.
 */

type Call = { body?: unknown; path?: string };
interface Expectation {
  allow: readonly Persona[];
  /** Builds the request for a persona (body, or a path with other ids). */
  call?: (world: World, persona: Persona) => Call | Promise<Call>;
  /** Allowed calls change the world (end sessions, erase...): give each its own world. */
  changesWorld?: boolean;
  /** Status of an allowed call (default: any 2xx). */
  status?: number;
  /** Callers who may call the route but whose request it refuses for another reason. */
  refused?: Partial<Record<Persona, number>>;
}

const everyone = personas;
const signedIn = personas.filter((p) => p !== 'anonymous');
let extraAdministrators = 0;
const canRead = ['patient', 'grantedClinician', 'readOnlyCaregiver'] as const;
const canWrite = ['patient', 'grantedClinician'] as const;
const ownerOnly = ['patient'] as const;
const nonPatients = signedIn.filter((p) => p !== 'patient' && p !== 'otherPatient');

const emailOf = (world: World, persona: Persona) =>
  persona === 'anonymous' ? world.emails.patient : world.emails[persona];

const table: Record<string, Expectation> = {
  'GET /api/health': { allow: everyone },
  'POST /api/auth/sign-up': {
    allow: everyone,
    changesWorld: true,
    call: (_w, p) => ({
      body: {
        email: `new-${p}@example.org`,
        password: PASSWORD,
        displayName: 'New person',
        role: 'patient',
      },
    }),
  },
  'POST /api/auth/sign-in': {
    allow: everyone,
    changesWorld: true,
    call: (w, p) => ({ body: { email: emailOf(w, p), password: PASSWORD } }),
  },
  'POST /api/auth/sign-out': { allow: signedIn, changesWorld: true },
  'GET /api/auth/session': { allow: signedIn },
  'POST /api/auth/session/extend': { allow: signedIn },
  'POST /api/auth/totp/setup': { allow: signedIn },
  'POST /api/auth/totp/enable': {
    allow: signedIn,
    changesWorld: true,
    call: async (w, p) => {
      if (p === 'anonymous') return { body: { code: '123456' } };
      const { secret } = await w.clients[p].json<{ secret: string }>(
        'POST',
        '/api/auth/totp/setup',
      );
      const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({
        timestamp: w.clock.now,
      });
      return { body: { code } };
    },
  },
  'POST /api/auth/totp/disable': {
    allow: signedIn,
    call: () => ({ body: { password: PASSWORD } }),
  },
  'GET /api/patients': { allow: signedIn },
  'GET /api/patients/{patientId}': { allow: canRead },
  'GET /api/patients/{patientId}/check-ins': { allow: canRead },
  'PUT /api/patients/{patientId}/check-ins': {
    allow: canWrite,
    call: () => ({ body: { day: '2026-06-02', severity: 3, pain: 2, function: 1, regions: [] } }),
  },
  ...Object.fromEntries(
    (Object.keys(recordEntrySamples) as RecordEntryKindPath[]).flatMap((kind) => {
      const idParam = {
        episodes: 'episodeId',
        medications: 'medicationId',
        'toxin-sessions': 'sessionId',
        'adverse-events': 'adverseEventId',
        therapies: 'therapyId',
        'dbs-setting-changes': 'changeId',
        surgeries: 'surgeryId',
        'questionnaire-responses': 'responseId',
        'video-checks': 'videoCheckId',
      }[kind];
      const collection = `/api/patients/{patientId}/${kind}`;
      const item = `${collection}/{${idParam}}`;
      const body = recordEntrySamples[kind];
      return [
        [`GET ${collection}`, { allow: canRead }],
        [`POST ${collection}`, { allow: canWrite, status: 201, call: () => ({ body }) }],
        [
          `PUT ${item}`,
          {
            allow: canWrite,
            call: async (w: World) => ({ path: await samplePathIn(w, kind), body }),
          },
        ],
        [
          `DELETE ${item}`,
          {
            allow: canWrite,
            status: 204,
            call: async (w: World) => ({ path: await samplePathIn(w, kind) }),
          },
        ],
      ] satisfies [string, Expectation][];
    }),
  ),
  'GET /api/patients/{patientId}/classification': { allow: canRead },
  'GET /api/patients/{patientId}/cycles': { allow: canRead },
  'GET /api/patients/{patientId}/alerts': { allow: canRead },
  'GET /api/patients/{patientId}/today': { allow: canRead },
  'POST /api/patients/{patientId}/today/reminder-dismissal': {
    allow: ownerOnly,
    call: () => ({ body: {} }),
  },
  'POST /api/patients/{patientId}/invitations': {
    allow: ownerOnly,
    status: 201,
    call: () => ({ body: { relation: 'clinician', scope: 'read', endsOn: null } }),
  },
  'GET /api/patients/{patientId}/grants': { allow: ownerOnly },
  'DELETE /api/patients/{patientId}/grants/{grantId}': {
    allow: ownerOnly,
    changesWorld: true,
    call: (w) => ({ path: `/api/patients/${w.patientId}/grants/${w.grantedGrantId}` }),
  },
  'GET /api/patients/{patientId}/audit': { allow: ownerOnly },
  'GET /api/patients/{patientId}/export': { allow: ownerOnly },
  'POST /api/patients/{patientId}/erase': {
    allow: ownerOnly,
    changesWorld: true,
    call: () => ({ body: { password: PASSWORD, confirm: 'ERASE' } }),
  },
  'POST /api/account/erase': {
    allow: nonPatients.filter((p) => p !== 'admin'),
    // The only administrator goes only once another account holds the role.
    refused: { admin: 409 },
    changesWorld: true,
    call: () => ({ body: { password: PASSWORD, confirm: 'ERASE' } }),
  },
  'POST /api/invitations/accept': {
    allow: nonPatients,
    changesWorld: true,
    status: 201,
    call: async (w) => {
      const { code } = await w.clients.patient.json<{ code: string }>(
        'POST',
        `/api/patients/${w.patientId}/invitations`,
        { relation: 'clinician', scope: 'read', endsOn: null },
        201,
      );
      return { body: { code } };
    },
  },
  'GET /api/admin/audit-log': { allow: ['admin'] },
  'GET /api/admin/administrators': { allow: ['admin'] },
  'POST /api/admin/administrators': {
    allow: ['admin'],
    changesWorld: true,
    call: (w) => ({ body: { email: w.emails.grantedClinician } }),
  },
  'DELETE /api/admin/administrators/{accountId}': {
    allow: ['admin'],
    status: 204,
    changesWorld: true,
    call: async (w) => {
      // A new account made a second administrator, to take the role from (the last one would
      // keep it); none of the callers, so a caller cannot be allowed by being the target.
      extraAdministrators += 1;
      const email = `second-admin-${extraAdministrators}@example.org`;
      await new ApiClient(inProcess(w.app)).signUp({
        email,
        password: PASSWORD,
        displayName: 'Second Admin',
        role: 'clinician',
      });
      const { id } = await w.clients.admin.json<{ id: string }>(
        'POST',
        '/api/admin/administrators',
        { email },
      );
      return { path: `/api/admin/administrators/${id}` };
    },
  },
  'POST /api/clinics': {
    allow: ['admin'],
    status: 201,
    call: () => ({ body: { name: 'A clinic' } }),
  },
  'GET /api/clinics': { allow: signedIn },
  'GET /api/clinics/{id}': {
    allow: signedIn,
    call: (w) => ({ path: `/api/clinics/${w.clinicId}` }),
  },
};

async function routesOf(world: World): Promise<string[]> {
  const doc = await (await world.app.request('/api/openapi.json')).json();
  const routes: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths as Record<string, object>)) {
    for (const method of Object.keys(operations)) routes.push(`${method.toUpperCase()} ${path}`);
  }
  return routes.sort();
}

async function callAs(world: World, persona: Persona, route: string, expectation: Expectation) {
  const [method, template] = route.split(' ') as [string, string];
  const call = (await expectation.call?.(world, persona)) ?? {};
  const path = call.path ?? template.replace('{patientId}', world.patientId);
  const client: ApiClient = world.clients[persona];
  return client.request(method, path, call.body);
}

describe.each(testDatabaseTiers())('authorization of every route on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let shared: World;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    shared = await buildWorld(store);
  });
  afterAll(() => dispose());

  it('covers every route of the OpenAPI document, and nothing else', async () => {
    const routes = await routesOf(shared);
    expect(routes.filter((r) => !(r in table))).toEqual([]);
    expect(Object.keys(table).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('allows and denies every caller on every route as the table says, with no leak', async () => {
    const outcomes: string[] = [];
    for (const route of Object.keys(table).sort()) {
      const expectation = table[route] as Expectation;
      for (const persona of personas) {
        const allowed = expectation.allow.includes(persona);
        const world = allowed && expectation.changesWorld ? await buildWorld(store) : shared;
        const res = await callAs(world, persona, route, expectation);
        const text = await res.text();
        const refusal = expectation.refused?.[persona];
        const ok = refusal
          ? res.status === refusal
          : allowed
            ? expectation.status
              ? res.status === expectation.status
              : res.status >= 200 && res.status < 300
            : res.status === (persona === 'anonymous' ? 401 : 403);
        if (!ok)
          outcomes.push(
            `${route} as ${persona}: ${allowed ? 'should be allowed' : 'should be denied'}, got ${res.status} ${text.slice(0, 160)}`,
          );
        if (!allowed && (text.includes(PATIENT_NOTE) || text.includes(PATIENT_NAME))) {
          outcomes.push(
            `${route} as ${persona}: denied, but the answer names the patient or quotes the record`,
          );
        }
        if (world !== shared) shared = await buildWorld(store);
      }
    }
    expect(outcomes).toEqual([]);
  }, 600_000);

  it('lists a patient only to those the patient shares with', async () => {
    const sees = async (persona: Persona) => {
      const body = await shared.clients[persona].json<{ patients: { id: string }[] }>(
        'GET',
        '/api/patients',
      );
      return body.patients.some((p) => p.id === shared.patientId);
    };
    for (const persona of signedIn) {
      expect(await sees(persona), persona).toBe((canRead as readonly string[]).includes(persona));
    }
  });

  it('records every allowed and denied access to the record in its audit trail', async () => {
    const world = await buildWorld(store);
    await world.clients.neverGrantedClinician.request(
      'GET',
      `/api/patients/${world.patientId}/check-ins`,
    );
    await world.clients.grantedClinician.request(
      'GET',
      `/api/patients/${world.patientId}/check-ins`,
    );
    const { events } = await world.clients.patient.json<{
      events: { actor: { displayName: string }; action: string; outcome: string }[];
    }>('GET', `/api/patients/${world.patientId}/audit`);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'check-ins.list',
        outcome: 'denied',
        actor: expect.objectContaining({ displayName: 'neverGrantedClinician' }),
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'check-ins.list',
        outcome: 'allowed',
        actor: expect.objectContaining({ displayName: 'grantedClinician' }),
      }),
    );
    shared = await buildWorld(store);
  });
});
