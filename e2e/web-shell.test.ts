import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeProcess, spawnServe } from '../src/cli/spawn-serve.ts';
import { defaultWebDir } from '../src/server/start-server.ts';
import { launchChromium } from './support/chromium.ts';
import {
  axeViolations,
  overflowsHorizontally,
  screenshot,
  smallTargets,
} from './support/page-checks.ts';

const screens = [
  { path: '/diary', title: 'Diary' },
  { path: '/treatments', title: 'Treatments' },
  { path: '/video-checks', title: 'Video checks' },
  { path: '/reports', title: 'Reports' },
  { path: '/clinic', title: 'Clinic' },
];

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
  // 200% browser zoom on a 1280x800 window lays the page out at 640x400 CSS pixels.
  { name: 'zoom200', width: 640, height: 400, deviceScaleFactor: 2 },
];

let server: ServeProcess;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(join(defaultWebDir, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build:web` (npm test does it first).');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'tonus-e2e-'));
  server = await spawnServe({ TONUS_DATA_DIR: dataDir });
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page that records requests to other origins, CSP reports and script errors. */
async function watchedPage(context: BrowserContext) {
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return { page, problems };
}

async function focusedText(page: Page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describe('web shell in Chromium', () => {
  it('has landmarks, a working skip link and keyboard-only navigation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(server.url);
    await page.waitForURL(/\/diary$/);
    await expect.poll(() => page.title()).toBe('Diary – Tonus');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // From the top: skip link, then the five sections in order.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedText(page));
    }
    expect(order).toEqual(screens.map((s) => s.title));
    // Back to Treatments (second link) and open it with Enter.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Treatments');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/treatments$/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await focusedText(page)).toBe('Treatments');
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

  it('shows which server and database serve the page', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    await page.goto(`${server.url}/diary`);
    await expect
      .poll(() => page.locator('footer').textContent())
      .toMatch(/Tonus \d+\.\d+\.\d+, embedded database/);
    await context.close();
  });

  for (const viewport of viewports) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe, 48 px targets and no sideways scroll on every screen (${viewport.name}, ${colorScheme})`, async () => {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          deviceScaleFactor: viewport.deviceScaleFactor ?? 1,
          colorScheme,
        });
        const { page, problems } = await watchedPage(context);
        for (const screen of [...screens, { path: '/no-such-page', title: 'Page not found' }]) {
          await page.goto(`${server.url}${screen.path}`);
          await page.getByRole('heading', { level: 1, name: screen.title }).waitFor();
          await page.locator('footer .server-status').waitFor();
          expect(await axeViolations(page), `${screen.path}`).toEqual([]);
          expect(await smallTargets(page), `${screen.path}`).toEqual([]);
          expect(await overflowsHorizontally(page), `${screen.path}`).toBe(false);
          await screenshot(page, `${screen.path.slice(1)}-${viewport.name}-${colorScheme}`);
        }
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
