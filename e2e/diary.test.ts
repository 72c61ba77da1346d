import { describe, expect, it } from 'vitest';
import { signedInContext } from './support/accounts.ts';
import { focusedName, tabTo } from './support/keyboard.ts';
import { screenshot } from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();

describe('daily check-in in Chromium', () => {
  it('is done with the keyboard only and then shows as done and in the recent days', async () => {
    const { context, client } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Kai Keys',
    });
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/diary`);
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();

    // Severity 6: Tab into the first chip row, then arrow keys (radio group pattern).
    await tabTo(page, /^0 out of 10$/);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('6 out of 10');
    await tabTo(page, /^0 out of 10$/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, /^0 out of 10$/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, /^Neck/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Right hand/);
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('distribution').textContent()).toMatch(/^Segmental/);
    await tabTo(page, /^Save today$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Done for today' }).waitFor();
    expect(await page.getByTestId('check-in-summary').textContent()).toBe(
      'Dystonia 6 out of 10, pain 3 out of 10, getting in the way 4 out of 10.',
    );
    // The check-in appears in the chart (its summary and drawn series) and its table.
    const chart = page.locator('#trend-title ~ figure');
    await expect
      .poll(() => chart.locator('figcaption').textContent())
      .toContain('1 check-ins in the last 90 days; average dystonia 6.0 out of 10');
    expect(await chart.locator('[role="img"]').getAttribute('aria-label')).toContain(
      'average dystonia 6.0',
    );
    expect(await chart.locator('canvas').count()).toBe(1);
    await page.locator('.table-toggle summary').click();
    await expect
      .poll(() => page.locator('.table-toggle table').textContent())
      .toContain('6 out of 10');
    await screenshot(page, 'diary-done');

    const stored = await client.json<{ checkIns: { severity: number; regions: string[] }[] }>(
      'GET',
      `/api/patients/${client.account?.id}/check-ins`,
    );
    expect(stored.checkIns).toEqual([
      expect.objectContaining({ severity: 6, regions: ['neck', 'arm_dist_R'] }),
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('logs an episode through the list view and the recorded pattern follows', async () => {
    const { context } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Eli Episode',
    });
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/diary`);
    // The check-in card above the episode form comes with its data: wait for it, so the page
    // does not shift under a click.
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();
    await page.getByRole('button', { name: 'Log an episode' }).click();
    const form = page.locator('section[aria-labelledby="episode-title"]');
    await form.getByRole('radio', { name: 'List' }).check({ force: true });
    await form.getByRole('checkbox', { name: /^Eyes, eyelids and brow/ }).check();
    await form.getByRole('checkbox', { name: /^Right forearm, hand and fingers/ }).check();
    expect(await form.getByTestId('distribution').textContent()).toMatch(/^Multifocal/);
    await form
      .getByRole('radiogroup', { name: 'How bad was it?' })
      .getByRole('radio', { name: '5 out of 10' })
      .check({ force: true });
    await form.getByRole('radio', { name: 'Writing' }).check({ force: true });
    await form.getByLabel('Did a touch or movement help? (optional)').fill('hand on the pen');
    await form.getByRole('radio', { name: 'A bit' }).check({ force: true });
    await form.getByLabel('How long did it last, in minutes? (optional)').fill('15');
    await form.getByRole('button', { name: 'Save episode' }).click();
    await page.getByText('Episode saved.').waitFor();
    await expect
      .poll(() => page.getByTestId('recorded-distribution').textContent(), { timeout: 15_000 })
      .toMatch(/^Multifocal/);
    expect(await page.locator('#distribution-title ~ p').last().textContent()).toContain(
      'From 0 check-ins and 1 episodes',
    );
    await screenshot(page, 'diary-after-episode');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stores an episode once when the answer to its save is lost and the save is sent again', async () => {
    const { context, client } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Lou Lost',
    });
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    const episodesPath = `/api/patients/${client.account?.id}/episodes`;
    // The first save reaches the server, but its answer never comes back to the browser.
    const keys: (string | undefined)[] = [];
    const statuses: number[] = [];
    await page.route(`**${episodesPath}`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      const response = await route.fetch();
      statuses.push(response.status());
      if (keys.length === 1) return route.abort('internetdisconnected');
      return route.fulfill({ response });
    });
    await page.goto(`${tonus.server.url}/diary`);
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();
    await page.getByRole('button', { name: 'Log an episode' }).click();
    const form = page.locator('section[aria-labelledby="episode-title"]');
    await form.getByRole('radio', { name: 'List' }).check({ force: true });
    await form.getByRole('checkbox', { name: /^Neck/ }).check();
    await form
      .getByRole('radiogroup', { name: 'How bad was it?' })
      .getByRole('radio', { name: '4 out of 10' })
      .check({ force: true });
    await form.getByRole('button', { name: 'Save episode' }).click();
    await expect.poll(() => keys.length, { timeout: 60_000 }).toBeGreaterThan(1);
    await expect
      .poll(
        async () => (await client.json<{ episodes: unknown[] }>('GET', episodesPath)).episodes,
        {
          timeout: 15_000,
        },
      )
      .toEqual([expect.objectContaining({ severity: 4, regions: ['neck'] })]);
    // The first try was stored (201), the retry found it (200); every try carried the same key,
    // and the stored episode has it as its id.
    expect(statuses.slice(0, 2)).toEqual([201, 200]);
    expect(new Set(keys).size).toBe(1);
    const [stored] = (await client.json<{ episodes: { id: string }[] }>('GET', episodesPath))
      .episodes;
    expect(stored?.id).toBe(keys[0]);
    await context.close();
  });

  it('ignores a second tap on the same body region within half a second (tremor)', async () => {
    const { context } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Tam Tremor',
    });
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/diary`);
    const neck = page.getByRole('button', { name: /^Neck/ });
    await neck.dblclick();
    expect(await neck.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(600);
    await neck.click();
    expect(await neck.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('reminds once on other screens when nothing is logged today, and never twice after "Not today"', async () => {
    const { context } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Rio Remind',
    });
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/reports`);
    const reminder = page.getByRole('complementary', { name: 'Check-in reminder' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('The check-in takes about 30 seconds');
    await reminder.getByRole('button', { name: 'Not today' }).click();
    await reminder.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.locator('footer .server-status').waitFor();
    expect(await reminder.count()).toBe(0);
    await page.goto(`${tonus.server.url}/diary`);
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();
    expect(await reminder.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loses nothing when the connection drops during a save: the entry lands when it returns', async () => {
    const { context, client } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Nia Net',
    });
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    const checkInsPath = `/api/patients/${client.account?.id}/check-ins`;
    await page.goto(`${tonus.server.url}/diary`);
    await page.getByRole('heading', { level: 2, name: /How was today/ }).waitFor();
    for (const group of [
      'How bad was your dystonia today?',
      'How much pain did you have?',
      'How much did it get in the way of what you wanted to do?',
    ]) {
      await page
        .getByRole('radiogroup', { name: group })
        .getByRole('radio', { name: '7 out of 10' })
        .check({ force: true });
    }
    await page.getByRole('button', { name: /^Neck/ }).click();

    // The connection is cut for saves: every PUT of a check-in fails at the network level.
    await page.route(`**${checkInsPath}`, (route) =>
      route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.getByRole('button', { name: 'Save today' }).click();
    await page.getByText('Saved on this device. Waiting for the connection').waitFor();
    await screenshot(page, 'diary-pending');
    const before = await client.json<{ checkIns: unknown[] }>('GET', checkInsPath);
    expect(before.checkIns).toEqual([]);

    // Even a reload while offline keeps the entry waiting.
    await page.reload();
    await page.getByText('Saved on this device. Waiting for the connection').waitFor();

    await page.unroute(`**${checkInsPath}`);
    await page
      .getByText('Saved on this device. Waiting for the connection')
      .waitFor({ state: 'detached', timeout: 60_000 });
    const after = await client.json<{ checkIns: { severity: number; regions: string[] }[] }>(
      'GET',
      checkInsPath,
    );
    expect(after.checkIns).toEqual([expect.objectContaining({ severity: 7, regions: ['neck'] })]);
    await context.close();
  });
});
