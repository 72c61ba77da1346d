import { ApiClient, type Fetcher } from '../server/api-client.ts';
import { demoRecord } from './demo-record.ts';

export const DEMO_PASSWORD = 'tonus demo password';
export const DEMO_PATIENT = {
  email: 'patient@example.org',
  displayName: 'Alex Demo (demo patient)',
};
export const DEMO_CLINICIAN = {
  email: 'clinician@example.org',
  displayName: 'Dr Sam Demo (demo clinician)',
};

/**
 * Fills an empty Tonus with the demo patient's year and a clinician who has access, through
 * the public API (so the demo passes every check real use does). The clinician signs up first
 * and so is the admin of the throwaway install.
 */
export async function seedDemo(fetcher: Fetcher, today: string) {
  const record = demoRecord(today);
  const clinician = new ApiClient(fetcher);
  await clinician.signUp({ ...DEMO_CLINICIAN, password: DEMO_PASSWORD, role: 'clinician' });
  const patient = new ApiClient(fetcher);
  await patient.signUp({ ...DEMO_PATIENT, password: DEMO_PASSWORD, role: 'patient' });
  const base = `/api/patients/${patient.account?.id}`;

  for (const medication of record.medications)
    await patient.json('POST', `${base}/medications`, medication, 201);
  for (const session of record.toxinSessions)
    await patient.json('POST', `${base}/toxin-sessions`, session, 201);
  // A few at a time: the embedded database serialises them anyway.
  for (let i = 0; i < record.checkIns.length; i += 8) {
    await Promise.all(
      record.checkIns.slice(i, i + 8).map((c) => patient.json('PUT', `${base}/check-ins`, c)),
    );
  }
  for (const episode of record.episodes)
    await patient.json('POST', `${base}/episodes`, episode, 201);

  const { code } = await patient.json<{ code: string }>(
    'POST',
    `${base}/invitations`,
    { relation: 'clinician', scope: 'read_write', endsOn: null },
    201,
  );
  await clinician.json('POST', '/api/invitations/accept', { code }, 201);
  return { patientId: patient.account?.id as string, record };
}
