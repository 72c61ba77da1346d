import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInContext } from './support/accounts.ts';
import {
  axeViolations,
  overflowsHorizontally,
  screenshot,
  smallTargets,
} from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
  // 200% browser zoom on a 1280x800 window lays the page out at 640x400 CSS pixels.
  { name: 'zoom200', width: 640, height: 400, deviceScaleFactor: 2 },
];

const tonus = runningTonus();

/** The text of the focused control, or of its label for a control inside one. */
async function focusedText(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return (active?.closest('label') ?? active)?.textContent?.trim() ?? '';
  });
}

async function checkScreen(page: Page, path: string, heading: string | RegExp, shot: string) {
  await page.goto(`${tonus.server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('footer .server-status').waitFor();
  expect(await axeViolations(page), path).toEqual([]);
  expect(await smallTargets(page), path).toEqual([]);
  expect(await overflowsHorizontally(page), path).toBe(false);
  await screenshot(page, shot);
}

describe('web app frame in Chromium', () => {
  it('signs up and moves between sections with the keyboard only', async () => {
    const context = await tonus.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(tonus.server.url);
    await page.waitForURL(/\/sign-in$/);
    await expect.poll(() => page.title()).toBe('Sign in – Tonus');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // From the top again: skip link, Sign in, Create account; open sign-up with Enter.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Create account');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sign-up$/);
    expect(await focusedText(page)).toBe('Create your account');

    await page.keyboard.press('Tab');
    await page.keyboard.type('Kim Keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`kim-${Date.now()}@example.org`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('only the keys were used');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toContain('I have dystonia');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Create account');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/diary$/);
    await page.getByRole('heading', { level: 1, name: 'Diary' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Signed in as Kim Keyboard');

    const nav = await page.locator('nav[aria-label="Main"] a').allTextContents();
    expect(nav).toEqual([
      'Diary',
      'Treatments',
      'Video checks',
      'Reports',
      'Sharing and privacy',
      'Account',
    ]);
    await page.getByRole('link', { name: 'Treatments' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/treatments$/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByRole('link', { name: 'Treatments' }).getAttribute('aria-current')).toBe(
      'page',
    );

    // The focus ring is visible (an outline, not just a colour change).
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a wrong password and a weak one in words next to the form', async () => {
    const context = await tonus.browser.newContext();
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/sign-in`);
    await page.getByLabel('Email address').fill('nobody@example.org');
    await page.getByLabel('Password').fill('not a real password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The email or password is not right');
    await page.goto(`${tonus.server.url}/sign-up`);
    await page.getByLabel('Your name').fill('Short');
    await page.getByLabel('Email address').fill(`short-${Date.now()}@example.org`);
    await page.getByLabel('Choose a password').fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => page.locator('.field-error').textContent())
      .toContain('very common passwords');
    expect(await page.getByLabel('Choose a password').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('shows which server and database serve the page', async () => {
    const context = await tonus.browser.newContext();
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/sign-in`);
    await expect
      .poll(() => page.locator('footer').textContent())
      .toMatch(/Tonus \d+\.\d+\.\d+, embedded database/);
    await context.close();
  });

  for (const viewport of viewports) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe, 48 px targets and no sideways scroll on every screen (${viewport.name}, ${colorScheme})`, async () => {
        const options: BrowserContextOptions = {
          viewport: { width: viewport.width, height: viewport.height },
          deviceScaleFactor: viewport.deviceScaleFactor ?? 1,
          colorScheme,
        };
        const suffix = `${viewport.name}-${colorScheme}`;
        const origin = new URL(tonus.server.url).origin;

        const anonymous = await tonus.browser.newContext(options);
        const signedOut = await watchedPage(anonymous, origin);
        await checkScreen(signedOut.page, '/sign-in', 'Sign in', `sign-in-${suffix}`);
        await checkScreen(signedOut.page, '/sign-up', 'Create your account', `sign-up-${suffix}`);
        expect(signedOut.problems).toEqual([]);
        await anonymous.close();

        const patient = await signedInContext(
          tonus.browser,
          tonus.server.url,
          { role: 'patient', displayName: 'Pat Example' },
          options,
        );
        const patientPage = await watchedPage(patient.context, origin);
        for (const [path, heading] of [
          ['/diary', 'Diary'],
          ['/treatments', 'Treatments'],
          ['/video-checks', 'Video checks'],
          ['/reports', 'Reports'],
          ['/privacy', 'Sharing and privacy'],
          ['/account', 'Account'],
          ['/no-such-page', 'Page not found'],
        ] as const) {
          await checkScreen(patientPage.page, path, heading, `${path.slice(1)}-${suffix}`);
        }
        expect(patientPage.problems).toEqual([]);

        const clinician = await signedInContext(
          tonus.browser,
          tonus.server.url,
          { role: 'clinician', displayName: 'Dr Example' },
          options,
        );
        const clinicianPage = await watchedPage(clinician.context, origin);
        await checkScreen(clinicianPage.page, '/clinic', 'Clinic', `clinic-${suffix}`);
        expect(clinicianPage.problems).toEqual([]);
        await patient.context.close();
        await clinician.context.close();
      });
    }
  }
});
