import type { Browser, BrowserContextOptions } from 'playwright-core';
import { ApiClient, overHttp } from '../../src/server/api-client.ts';

export const E2E_PASSWORD = 'tonus end to end password';

let counter = 0;

/** Creates an account through the API and returns a browser context already signed in as it. */
export async function signedInContext(
  browser: Browser,
  serverUrl: string,
  account: { role: 'patient' | 'clinician' | 'caregiver'; displayName: string },
  options: BrowserContextOptions = {},
) {
  counter += 1;
  const client = new ApiClient(overHttp(serverUrl));
  const email = `${account.role}-${counter}-${Date.now()}@example.org`;
  await client.signUp({ email, password: E2E_PASSWORD, ...account });
  const [name, value] = (client.cookie ?? '').split('=') as [string, string];
  const context = await browser.newContext(options);
  await context.addCookies([{ name, value, url: serverUrl, httpOnly: true, sameSite: 'Lax' }]);
  return { context, client, email };
}

/**
 * A patient and a clinician the patient has shared their record with (by an invitation code,
 * as in the app), each signed in in a browser context; the clinician's on a phone-sized screen.
 */
export async function clinicianSharedWith(
  browser: Browser,
  serverUrl: string,
  names: { patient: string; clinician: string },
  scope: 'read' | 'read_write',
) {
  const patient = await signedInContext(browser, serverUrl, {
    role: 'patient',
    displayName: names.patient,
  });
  const clinician = await signedInContext(
    browser,
    serverUrl,
    { role: 'clinician', displayName: names.clinician },
    { viewport: { width: 390, height: 844 } },
  );
  const record = `/api/patients/${patient.client.account?.id}`;
  const { code } = await patient.client.json<{ code: string }>(
    'POST',
    `${record}/invitations`,
    { relation: 'clinician', scope, endsOn: null },
    201,
  );
  await clinician.client.json('POST', '/api/invitations/accept', { code }, 201);
  return { patient, clinician, record };
}
