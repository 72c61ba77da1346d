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
