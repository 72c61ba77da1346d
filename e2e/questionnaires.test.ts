import { describe, expect, it } from 'vitest';
import { recordEntrySamples } from '../src/server/record-entry-samples.ts';
import { clinicianSharedWith, signedInContext } from './support/accounts.ts';
import { browserDay } from './support/browser-day.ts';
import { focusedName, tabTo } from './support/keyboard.ts';
import {
  axeViolations,
  overflowsHorizontally,
  screenshot,
  smallTargets,
} from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();

interface Stored {
  questionnaireResponses: {
    scaleId: string;
    answers: Record<string, number>;
    score: { total: number | null };
  }[];
}

describe('questionnaires in Chromium', () => {
  it('a PHQ-9 done with the keyboard shows crisis lines as soon as question 9 is answered, and is kept', async () => {
    const { context, client } = await signedInContext(
      tonus.browser,
      tonus.server.url,
      { role: 'patient', displayName: 'Quinn Keys' },
      { viewport: { width: 390, height: 844 } },
    );
    const patient = `/api/patients/${client.account?.id}`;
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/diary`);
    await page.getByRole('heading', { level: 2, name: 'Mood and worry' }).waitFor();
    await expect.poll(() => page.getByText('Not filled in yet.').count()).toBe(2);

    await tabTo(page, /^Fill in the mood questionnaire$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Mood questionnaire (PHQ-9)' }).waitFor();
    expect(await focusedName(page)).toBe('Mood questionnaire (PHQ-9)');
    await page.getByText('Copyright © Pfizer Inc.').waitFor();
    // Questions 1–8 "Not at all" (Space on the first answer), question 9 "Several days"
    // (arrow keys move and choose in a radio group).
    for (let question = 1; question <= 8; question++) {
      await tabTo(page, /^Not at all$/);
      await page.keyboard.press('Space');
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    await tabTo(page, /^Not at all$/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Several days');
    const inline = page.getByRole('alert').filter({ hasText: 'Thoughts of death or self-harm' });
    await inline.waitFor();
    expect(await inline.textContent()).toContain('Suicide and Crisis Lifeline');
    expect(await inline.textContent()).toContain('Talk to someone today');
    await screenshot(page, 'questionnaire-phq9-item9-390');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);

    // The difficulty question is left out: it is not scored, so the total still comes.
    await tabTo(page, /^Save answers$/);
    await page.keyboard.press('Enter');
    await page.getByText('Answers saved.').waitFor();
    // The alert stays where the person is and takes focus; the record's alerts carry it too.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Thoughts of death or self-harm',
    );
    await page.getByText(/: 1 of 27 points \(minimal\)$/).waitFor();
    await expect
      .poll(() => page.getByText('Thoughts of death or self-harm').count(), { timeout: 10_000 })
      .toBe(2);
    const stored = await client.json<Stored>('GET', `${patient}/questionnaire-responses`);
    expect(stored.questionnaireResponses).toEqual([
      expect.objectContaining({
        scaleId: 'phq9',
        answers: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 1 },
        score: expect.objectContaining({ total: 1 }),
      }),
    ]);
    await screenshot(page, 'questionnaires-saved-390');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a GAD-7 left with questions unanswered says there will be no total, and the answers wait in a draft', async () => {
    const { context, client } = await signedInContext(
      tonus.browser,
      tonus.server.url,
      { role: 'patient', displayName: 'Gale Draft' },
      { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
    );
    const patient = `/api/patients/${client.account?.id}`;
    const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/diary`);
    await expect.poll(() => page.getByText('Not filled in yet.').count()).toBe(2);
    await page.getByRole('button', { name: 'Fill in the worry questionnaire' }).click();
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByText('Answer at least one question, or close without saving.').waitFor();
    // React Aria hides the radio input itself (visually), so it is checked with force.
    await page.getByRole('radio', { name: 'Nearly every day' }).first().check({ force: true });
    await page.getByText('6 questions have no answer yet.').waitFor();
    // Leaving the screen keeps the answer chosen so far.
    await page.reload();
    await page.getByRole('button', { name: 'Fill in the worry questionnaire' }).click();
    expect(await page.getByRole('radio', { name: 'Nearly every day' }).first().isChecked()).toBe(
      true,
    );
    await screenshot(page, 'questionnaire-gad7-1280-dark');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByText(/: no total, 6 questions not answered$/).waitFor();
    expect(await focusedName(page)).toBe('Fill in the worry questionnaire');
    const stored = await client.json<Stored>('GET', `${patient}/questionnaire-responses`);
    expect(stored.questionnaireResponses).toEqual([
      expect.objectContaining({ scaleId: 'gad7', answers: { q1: 3 } }),
    ]);
    // A slip is undone, not argued with: Undo deletes the answers just saved.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Those answers were removed.').waitFor();
    await expect
      .poll(
        async () =>
          (await client.json<Stored>('GET', `${patient}/questionnaire-responses`))
            .questionnaireResponses.length,
      )
      .toBe(0);
    await expect.poll(() => page.getByText('Not filled in yet.').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an Undo while the connection is cut leaves nothing stored once it returns', async () => {
    const { context, client } = await signedInContext(tonus.browser, tonus.server.url, {
      role: 'patient',
      displayName: 'Ola Offline',
    });
    const path = `/api/patients/${client.account?.id}/questionnaire-responses`;
    const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
    await page.goto(`${tonus.server.url}/diary`);
    await expect.poll(() => page.getByText('Not filled in yet.').count()).toBe(2);
    await page.getByRole('button', { name: 'Fill in the worry questionnaire' }).click();
    await page.getByRole('radio', { name: 'Several days' }).first().check({ force: true });
    // The connection is cut for saves and deletes of questionnaires.
    await page.route(`**${path}**`, (route) =>
      route.request().method() === 'GET' ? route.continue() : route.abort('internetdisconnected'),
    );
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Those answers were removed.').waitFor();
    // Both wait in this browser's outbox, the save and then its undoing, in that order.
    const outbox = () =>
      page.evaluate(
        (key) =>
          JSON.parse(localStorage.getItem(key) ?? '[]').map((p: { method: string }) => p.method),
        `tonus-outbox:${client.account?.id}`,
      );
    expect(await outbox()).toEqual(['POST', 'DELETE']);
    await page.getByText('2 saves are kept on this device, waiting for the connection.').waitFor();
    await screenshot(page, 'questionnaires-offline-undo');
    await page.unroute(`**${path}**`);
    await expect.poll(outbox, { timeout: 60_000 }).toEqual([]);
    await page
      .getByText('waiting for the connection', { exact: false })
      .waitFor({ state: 'detached' });
    const stored = await client.json<Stored>('GET', path);
    expect(stored.questionnaireResponses).toEqual([]);
    await context.close();
  });

  it('a clinician the record is shared with sees the results in a table, question 9 on its own, and the kept video checks', async () => {
    const {
      patient,
      clinician: doctor,
      record,
    } = await clinicianSharedWith(
      tonus.browser,
      tonus.server.url,
      { patient: 'Tess Table', clinician: 'Dr Rowe' },
      'read',
    );
    const { page, problems } = await watchedPage(doctor.context, new URL(tonus.server.url).origin);
    const day = await browserDay(page);
    // 2+2+2+1+1+1+1+0 = 10 on items 1–8 and 2 on item 9: total 12, "moderate" (10–14).
    await patient.client.json(
      'POST',
      `${record}/questionnaire-responses`,
      {
        scaleId: 'phq9',
        answeredOn: day,
        answers: { q1: 2, q2: 2, q3: 2, q4: 1, q5: 1, q6: 1, q7: 1, q8: 0, q9: 2 },
      },
      201,
    );
    const sample = recordEntrySamples['video-checks'];
    const tenDaysEarlier = new Date(Date.parse(`${day}T00:00:00Z`) - 10 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await patient.client.json(
      'POST',
      `${record}/video-checks`,
      {
        ...sample,
        measuredOn: tenDaysEarlier,
        measurements: {
          ...sample.measurements,
          headPositionDeg: { ...sample.measurements.headPositionDeg, yaw: 30 },
        },
      },
      201,
    );
    await patient.client.json(
      'POST',
      `${record}/video-checks`,
      { ...sample, measuredOn: day },
      201,
    );
    // The clinic list already says whose record has an alert to act on today.
    await page.goto(`${tonus.server.url}/clinic`);
    const card = page.getByRole('listitem').filter({ hasText: 'Tess Table' });
    await card.getByText('Alert to act on today: Thoughts of death or self-harm').waitFor();
    await card.getByText('1 thing to talk over at the next visit').waitFor();
    await screenshot(page, 'clinic-alerts-390');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.goto(`${tonus.server.url}/clinic/patients/${patient.client.account?.id}`);
    const videoChecks = page.getByRole('region', {
      name: 'Video checks kept in the record, newest first',
    });
    await videoChecks.waitFor();
    await videoChecks
      .locator('..')
      .getByText(
        /^2 days with a kept video check, from .*: head turned 30\.0° to the left at first, turned 24\.5° to the left in the latest\.$/,
      )
      .first()
      .waitFor();
    const newest = videoChecks.locator('tbody tr').first().locator('td');
    expect((await newest.allTextContents()).slice(1)).toEqual([
      'turned 24.5° to the left',
      'tilted 8.2° toward the left shoulder',
      'chin 3.1° down (head forward)',
      '1.8 Hz, about ±1.6°',
      '20.0 per minute',
      '2 (70% likely)',
      '98% of 12 s',
    ]);
    const table = page.getByRole('region', { name: 'Questionnaire results, newest first' });
    await table.waitFor();
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells.slice(1)).toEqual([
      'PHQ-9',
      '12 of 27',
      'Moderate',
      'More than half the days (2 of 3)',
    ]);
    await page.getByText('Copyright © Pfizer Inc.').waitFor();
    await page.getByText('Thoughts of death or self-harm', { exact: true }).waitFor();
    await screenshot(page, 'record-questionnaires-390');
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(problems).toEqual([]);
    await patient.context.close();
    await doctor.context.close();
  });
});
