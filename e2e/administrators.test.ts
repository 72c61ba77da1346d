import { describe, expect, it } from 'vitest';
import { E2E_PASSWORD, signedInContext } from './support/accounts.ts';
import { axeViolations, screenshot, smallTargets } from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();

describe('administrators in Chromium', () => {
  it('the only administrator names a second one with the keyboard, then may erase their account', async () => {
    // On this fresh server the first account is the administrator.
    const admin = await signedInContext(
      tonus.browser,
      tonus.server.url,
      { role: 'clinician', displayName: 'Ada Admin' },
      { viewport: { width: 390, height: 844 } },
    );
    const colleague = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'clinician',
      displayName: 'Cole Colleague',
    });
    await colleague.context.close();
    const { page, problems } = await watchedPage(admin.context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/account`);
    await page.getByRole('heading', { level: 2, name: 'Administrators' }).waitFor();
    await page.getByText('Ada Admin (you)').waitFor();
    await page.getByText("You are this Tonus server's only administrator.").waitFor();
    expect(await page.getByRole('button', { name: 'Erase my account' }).count()).toBe(0);

    const focusedLabel = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLInputElement ? (active.labels?.[0]?.textContent ?? '') : '';
      });
    for (let i = 0; i < 30 && !(await focusedLabel()).startsWith('Email of the account'); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedLabel()).toContain('Email of the account to make an administrator');
    await page.keyboard.type('nobody@example.org');
    await page.keyboard.press('Enter');
    await page.getByText('No account has this email.').waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(colleague.email);
    await page.keyboard.press('Enter');
    await page.getByText('Cole Colleague is now an administrator.').waitFor();
    await page.getByText(colleague.email).waitFor();
    await page.getByRole('button', { name: 'Erase my account' }).waitFor();
    // Taking the role back is one key press, and so is undoing it.
    await page.getByRole('button', { name: 'Take the role from Cole Colleague' }).press('Enter');
    await page.getByText('Cole Colleague is no longer an administrator.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Erase my account' }).count()).toBe(0);
    // Focus is on Undo, next to what was done (the removed card is gone).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.getByText('Cole Colleague is now an administrator.').waitFor();
    await page.getByRole('button', { name: 'Erase my account' }).waitFor();
    await screenshot(page, 'account-administrators-390');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);

    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase my account' }).press('Enter');
    await page.waitForURL(/\/sign-in$/);
    const stillAdmin = await colleague.client.json<{ administrators: { email: string }[] }>(
      'GET',
      '/api/admin/administrators',
    );
    expect(stillAdmin.administrators.map((a) => a.email)).toEqual([colleague.email]);
    // The unknown email is a 404 in the console; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await admin.context.close();
  });
});
