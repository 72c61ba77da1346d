import { describe, expect, it } from 'vitest';
import { signedInContext } from './support/accounts.ts';
import { screenshot } from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();

describe('session timeout in Chromium', () => {
  it('warns two minutes ahead, stays signed in on request, and keeps the draft when the session ends', async () => {
    const { context, client } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Tess Timer',
    });
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    // The page's own clock, moved forward by the test; the server keeps real time.
    await page.clock.install();
    await page.goto(`${tonus.server.url}/diary`);
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();
    await page.getByLabel('Anything else? (optional)').fill('Draft typed before the timeout');
    // Every answer to the screen's first requests counts as activity; let them all land
    // before moving the clock, or a late one restarts the idle time.
    await page.waitForLoadState('networkidle');

    await page.clock.fastForward('27:00');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.clock.fastForward('01:30');
    const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/signed out in 1:\d\d \(minutes:seconds\)/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
    await screenshot(page, 'session-warning');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // The server ends the session (as its own idle timeout would); the app notices at expiry.
    await client.request('POST', '/api/auth/sign-out');
    await page.clock.fastForward('31:00');
    await page.getByText('You were signed out after 30 minutes without activity').waitFor();
    expect(page.url()).toMatch(/\/sign-in$/);

    await page.getByLabel('Email address').fill(client.account?.email ?? '');
    await page.getByLabel('Password').fill('tonus end to end password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();
    expect(await page.getByLabel('Anything else? (optional)').inputValue()).toBe(
      'Draft typed before the timeout',
    );
    await context.close();
  });
});
