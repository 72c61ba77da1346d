import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ServeProcess, spawnServe } from '../../src/cli/spawn-serve.ts';
import { defaultWebDir } from '../../src/server/start-server.ts';
import { launchChromium } from './chromium.ts';

export interface RunningTonus {
  server: ServeProcess;
  browser: Browser;
}

/**
 * For one test file: a real `tonus serve` on a fresh embedded database and a headless
 * Chromium, started before the tests and stopped after them. Read the fields inside tests.
 */
export function runningTonus(): RunningTonus {
  const running = {} as RunningTonus;
  let dataDir: string | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(join(defaultWebDir, 'index.html'))) {
      throw new Error(
        'The web app is not built: run `npm run build:web` (npm test does it first).',
      );
    }
    dataDir = mkdtempSync(join(tmpdir(), 'tonus-e2e-'));
    running.server = await spawnServe({ TONUS_DATA_DIR: dataDir });
    const chromium = await launchChromium();
    running.browser = chromium.browser;
    closeBrowser = chromium.close;
  });
  afterAll(async () => {
    await closeBrowser?.();
    await running.server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return running;
}
