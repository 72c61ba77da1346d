import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CLINICIAN, DEMO_PASSWORD, DEMO_PATIENT, seedDemo } from '../src/cli/seed-demo.ts';
import { ApiClient, overHttp } from '../src/server/api-client.ts';
import {
  axeViolations,
  overflowsHorizontally,
  screenshot,
  smallTargets,
} from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();

function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A browser context signed in as one of the demo accounts. */
async function demoContext(email: string, options: BrowserContextOptions = {}) {
  const client = new ApiClient(overHttp(tonus.server.url));
  await client.signIn({ email, password: DEMO_PASSWORD });
  const [name, value] = (client.cookie ?? '').split('=') as [string, string];
  const context = await tonus.browser.newContext(options);
  await context.addCookies([
    { name, value, url: tonus.server.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  return context;
}

describe('reports on the demo year in Chromium', () => {
  it('shows the toxin cycles overlaid with the usual course, landmarks in words and a table', async () => {
    const { patientId } = await seedDemo(overHttp(tonus.server.url), localToday());
    const origin = new URL(tonus.server.url).origin;
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
      ['zoom200', { width: 640, height: 400 }],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await demoContext(DEMO_PATIENT.email, {
          viewport,
          colorScheme,
          deviceScaleFactor: name === 'zoom200' ? 2 : 1,
        });
        const { page, problems } = await watchedPage(context, origin);
        await page.goto(`${tonus.server.url}/reports`);
        const caption = page.locator('#cycles-title ~ figure figcaption');
        await caption.waitFor();
        const summary = (await caption.textContent()) ?? '';
        expect(summary).toMatch(
          /Over the last 3 finished cycles, the injections usually started working on day \d+/,
        );
        const week = Number(/week ([\d.]+)\)/.exec(summary)?.[1]);
        expect(week).toBeGreaterThanOrEqual(8);
        expect(week).toBeLessThanOrEqual(11);
        await page.locator('#cycles-title ~ details summary').click();
        expect(await page.locator('#cycles-title ~ details tbody tr').count()).toBe(4);
        expect(await page.locator('#cycles-title ~ details tbody').textContent()).toContain(
          '200 units Botox',
        );
        expect(await axeViolations(page)).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        expect(await overflowsHorizontally(page)).toBe(false);
        await screenshot(page, `reports-demo-${name}-${colorScheme}`);

        await page.goto(`${tonus.server.url}/diary`);
        await page.locator('#trend-title ~ figure figcaption').waitFor();
        expect(await page.getByTestId('cycle-day').textContent()).toMatch(
          /^Day \d+ since your injection/,
        );
        expect(await page.getByTestId('recorded-distribution').textContent()).toMatch(/^Segmental/);
        expect(await axeViolations(page)).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        expect(await overflowsHorizontally(page)).toBe(false);
        await screenshot(page, `diary-demo-${name}-${colorScheme}`);
        expect(problems).toEqual([]);
        await context.close();
      }
    }

    const clinician = await demoContext(DEMO_CLINICIAN.email, {
      viewport: { width: 1280, height: 800 },
    });
    const { page } = await watchedPage(clinician, origin);
    await page.goto(`${tonus.server.url}/clinic`);
    await page.getByRole('link', { name: DEMO_PATIENT.displayName }).click();
    await page.waitForURL(new RegExp(`/clinic/patients/${patientId}$`));
    await page.locator('#cycles-title ~ figure figcaption').waitFor();
    await expect
      .poll(() => page.getByTestId('recorded-distribution').textContent())
      .toMatch(/^Segmental/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'clinic-demo-record');
    await clinician.close();
  });
});
