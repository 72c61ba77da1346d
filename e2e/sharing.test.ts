import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient, overHttp } from '../src/server/api-client.ts';
import { E2E_PASSWORD, signedInContext } from './support/accounts.ts';
import { screenshot } from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();

async function signUp(page: Page, name: string, email: string, role: RegExp) {
  await page.goto(`${tonus.server.url}/sign-up`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Choose a password').fill(E2E_PASSWORD);
  await page.getByRole('radio', { name: role }).check({ force: true });
  await page.getByRole('button', { name: 'Create account' }).click();
}

describe('sharing a record in Chromium', () => {
  it('patient invites a clinician, the clinician sees the record, the patient revokes and sees who looked', async () => {
    const origin = new URL(tonus.server.url).origin;
    const patientContext = await tonus.browser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    const clinicianContext = await tonus.browser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    const patient = await watchedPage(patientContext, origin);
    const clinician = await watchedPage(clinicianContext, origin);
    const stamp = Date.now();

    await signUp(patient.page, 'Robin Patient', `robin-${stamp}@example.org`, /I have dystonia/);
    await patient.page.waitForURL(/\/diary$/);
    await patient.page.getByRole('link', { name: 'Sharing and privacy' }).click();
    await patient.page.getByRole('heading', { level: 1, name: 'Sharing and privacy' }).waitFor();
    await patient.page.getByRole('button', { name: 'Make an invitation code' }).click();
    const code = (await patient.page.getByTestId('invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    await screenshot(patient.page, 'flow-patient-invitation');

    await signUp(
      clinician.page,
      'Dr Sam Clinician',
      `sam-${stamp}@example.org`,
      /I am a clinician/,
    );
    await clinician.page.waitForURL(/\/clinic$/);
    await clinician.page.getByText('Nobody has shared a record with you yet').waitFor();
    // Typed loosely, as a person reading it aloud might: lower case, spaces for dashes.
    await clinician.page.getByLabel('Invitation code').fill(code.toLowerCase().replace(/-/g, ' '));
    await clinician.page.getByRole('button', { name: 'Add', exact: true }).click();
    await clinician.page.getByText('Robin Patient shared their record with you.').waitFor();
    await clinician.page.getByRole('link', { name: 'Robin Patient' }).click();
    await clinician.page.getByRole('heading', { level: 1, name: 'Robin Patient' }).waitFor();
    await clinician.page.getByText('No check-ins yet.').waitFor();
    await screenshot(clinician.page, 'flow-clinician-record');

    await patient.page.reload();
    await patient.page.getByText('Dr Sam Clinician').first().waitFor();
    const audit = patient.page.locator('section[aria-labelledby="audit-title"] table');
    await expect.poll(() => audit.textContent()).toContain('Dr Sam Clinician');
    const auditText = (await audit.textContent()) ?? '';
    expect(auditText).toContain('Used your invitation code');
    expect(auditText).toContain('Opened your record');
    expect(auditText).toContain('Read your check-ins');
    await patient.page.getByRole('button', { name: 'Stop sharing with Dr Sam Clinician' }).click();
    await patient.page.getByText('Dr Sam Clinician can no longer see your record.').waitFor();
    await screenshot(patient.page, 'flow-patient-revoked');

    await clinician.page.reload();
    await clinician.page
      .getByRole('alert')
      .filter({ hasText: 'Your access to this record has ended' })
      .waitFor();
    await clinician.page.goto(`${tonus.server.url}/clinic`);
    await clinician.page.getByText('Nobody has shared a record with you yet').waitFor();

    await patient.page.reload();
    await expect
      .poll(() =>
        patient.page.locator('section[aria-labelledby="audit-title"] table').textContent(),
      )
      .toContain('refused');
    expect(patient.problems).toEqual([]);
    expect(clinician.problems.filter((p) => !p.includes('403'))).toEqual([]);
    await patientContext.close();
    await clinicianContext.close();
  });

  it('lets a caregiver erase their own account with the keyboard only', async () => {
    // Someone else is the server's administrator (the first account), whose account cannot be
    // erased this way.
    const first = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'clinician',
      displayName: 'Ada Admin',
    });
    await first.context.close();
    const { context, client, email } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'caregiver',
      displayName: 'Cam Caregiver',
    });
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/account`);
    await page.getByRole('heading', { level: 2, name: 'Erase your account' }).waitFor();
    const inEraseForm = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('section')?.getAttribute('aria-labelledby') ===
          'erase-title',
      );
    for (let i = 0; i < 30 && !(await inEraseForm()); i++) await page.keyboard.press('Tab');
    expect(await inEraseForm()).toBe(true);
    await page.keyboard.type('not my password at all');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ERASE');
    await page.keyboard.press('Enter');
    await page.getByText('The password is not right. Nothing was erased.').waitFor();
    await screenshot(page, 'account-erase-caregiver');
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Erase my account' }).press('Enter');
    await page.waitForURL(/\/sign-in$/);
    const again = new ApiClient(overHttp(tonus.server.url));
    const signIn = await again.request('POST', '/api/auth/sign-in', {
      email,
      password: E2E_PASSWORD,
    });
    expect(signIn.status).toBe(401);
    expect((await client.request('GET', '/api/auth/session')).status).toBe(401);
    // The refused password is a 403 in the console; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('403'))).toEqual([]);
    await context.close();
  });
});
