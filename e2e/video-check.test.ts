import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContextOptions, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseVideoFile, type VideoAnalysisRun } from '../src/vision/analyse-video.ts';
import { clinicianSharedWith, signedInContext } from './support/accounts.ts';
import { launchChromium } from './support/chromium.ts';
import {
  axeViolations,
  overflowsHorizontally,
  screenshot,
  smallTargets,
} from './support/page-checks.ts';
import { runningTonus } from './support/running-tonus.ts';
import { watchedPage } from './support/watched-page.ts';

const tonus = runningTonus();
const fixtureDir = join(process.cwd(), 'test-fixtures', 'video');

/** Measuring a few seconds of video takes tens of seconds on two cores (more under load). */
const measuringTimeout = 300_000;

/**
 * The committed fixtures are H.264. Debian's Chromium plays it; a build that cannot would get
 * a VP9 WebM copy made here with ffmpeg, and Node then measures that same copy, so the two
 * sides always see the same file.
 */
let workDir: string;
let canPlayH264 = true;
const measured = new Map<string, { file: string; node: VideoAnalysisRun }>();

async function videoFor(name: string) {
  const known = measured.get(name);
  if (known) return known;
  let file = join(fixtureDir, name);
  if (!canPlayH264) {
    const copy = join(workDir, basename(name, '.mp4').concat('.webm'));
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      file,
      '-c:v',
      'libvpx-vp9',
      '-lossless',
      '1',
      '-an',
      copy,
    ]);
    file = copy;
  }
  // Node's numbers for the same file: the CLI's pipeline (ffmpeg, worker threads).
  const entry = { file, node: await analyseVideoFile(file) };
  measured.set(name, entry);
  return entry;
}

/** Blink count of a fixture's ground truth: runs of frames with the eyes closed. */
function truthBlinks(name: string): number {
  const truth = JSON.parse(
    readFileSync(join(fixtureDir, name.replace(/\.mp4$/, '.truth.json')), 'utf8'),
  ) as { frames: { eyesClosed: boolean }[] };
  let count = 0;
  truth.frames.forEach((frame, i) => {
    if (frame.eyesClosed && !truth.frames[i - 1]?.eyesClosed) count++;
  });
  return count;
}

async function focusedLabel(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return (el?.closest('label') ?? el)?.textContent?.trim() ?? '';
  });
}

async function tabTo(page: Page, label: RegExp, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (label.test(await focusedLabel(page))) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

async function checkPage(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
  expect(await smallTargets(page), where).toEqual([]);
  if (await overflowsHorizontally(page)) {
    await screenshot(page, `${where}-overflow`);
    console.log(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('*'))
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
          .map((el) => `${el.tagName}.${el.className} ${el.getBoundingClientRect().right}`)
          .slice(0, 20),
      ),
    );
  }
  expect(await overflowsHorizontally(page), where).toBe(false);
  await screenshot(page, where);
}

/** The numbers the results show, read from the page. */
async function shownResults(page: Page) {
  const attribute = async (testId: string, name: string) =>
    page.getByTestId(testId).getAttribute(name);
  const degrees = async (testId: string) => Number(await attribute(testId, 'data-degrees'));
  const twstrs: Record<string, number | null> = {};
  for (const item of ['rotation', 'laterocollis', 'antero_retrocollis']) {
    const score = await attribute(`twstrs-${item}`, 'data-score');
    twstrs[item] = score === '' || score === null ? null : Number(score);
  }
  const tremorFound = (await page.getByTestId('tremor-found').textContent()) === 'likely';
  return {
    frames: Number(await page.getByTestId('frames-measured').textContent()),
    faceFound: Number(await attribute('face-found', 'data-share')),
    yaw: await degrees('head-turn'),
    roll: await degrees('head-tilt'),
    pitch: await degrees('head-nod'),
    turnText: (await page.getByTestId('head-turn').textContent()) ?? '',
    tiltText: (await page.getByTestId('head-tilt').textContent()) ?? '',
    tremorFound,
    tremorHz: tremorFound ? Number(await attribute('tremor-frequency', 'data-hz')) : null,
    tremorAxis: tremorFound ? await attribute('tremor-axis', 'data-axis') : null,
    tremorText: tremorFound ? await page.getByTestId('tremor-frequency').textContent() : null,
    blinks: Number(await attribute('blink-count', 'data-count')),
    twstrs,
    speed: {
      text: await page.getByTestId('measuring-speed').textContent(),
      waitingSec: Number(await attribute('measuring-speed', 'data-waiting-sec')),
      modelLoadSec: Number(await attribute('measuring-speed', 'data-model-load-sec')),
    },
  };
}

/** The browser's numbers agree with Node's on the same file (same src/motion code). */
function expectAgreement(shown: Awaited<ReturnType<typeof shownResults>>, node: VideoAnalysisRun) {
  const m = node.measurements;
  // Every frame, none skipped or doubled: the seeking frame source found exactly ffmpeg's frames.
  expect(shown.frames).toBe(node.processing.frames);
  expect(shown.faceFound).toBeCloseTo(m.quality.faceFoundRatio, 2);
  // The same code, but not the same history: Node's workers pick up the face 3 frames before
  // each block of 30, the browser follows it throughout, and the crop's play (face-crop.ts)
  // remembers where it has been. Medians agreed within 0.2-1.1° on these clips.
  const agreementDeg = 1.5;
  expect(Math.abs(shown.yaw - (m.posture.medianDeg.yaw ?? Number.NaN))).toBeLessThan(agreementDeg);
  expect(Math.abs(shown.roll - (m.posture.medianDeg.roll ?? Number.NaN))).toBeLessThan(
    agreementDeg,
  );
  expect(Math.abs(shown.pitch - (m.posture.medianDeg.pitch ?? Number.NaN))).toBeLessThan(
    agreementDeg,
  );
  // The words say the person's own side, the same side as Node's sign.
  expect(shown.turnText).toMatch(
    (m.posture.medianDeg.yaw ?? 0) > 0 ? /to the left/ : /to the right/,
  );
  expect(shown.tiltText).toMatch(
    (m.posture.medianDeg.roll ?? 0) > 0 ? /toward the left shoulder/ : /toward the right shoulder/,
  );
  expect(shown.tremorFound).toBe(m.tremor.detected);
  if (m.tremor.detected) {
    expect(Math.abs((shown.tremorHz ?? 0) - (m.tremor.peakHz ?? 0))).toBeLessThan(0.1);
    expect(shown.tremorAxis).toBe(m.tremor.axis);
  }
  expect(shown.blinks).toBe(m.blinks.count);
  for (const item of ['rotation', 'laterocollis', 'antero_retrocollis'] as const) {
    expect(shown.twstrs[item], item).toBe(m.twstrs[item].score);
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'tonus-video-check-'));
  const context = await tonus.browser.newContext();
  const page = await context.newPage();
  canPlayH264 =
    (await page.evaluate(() =>
      document.createElement('video').canPlayType('video/mp4; codecs="avc1.640028"'),
    )) !== '';
  await context.close();
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('video check in Chromium, measured on the device', () => {
  it(
    'measures a head tremor video chosen with the keyboard only, with the same numbers as Node',
    async () => {
      const { file, node } = await videoFor('tremor-roll-2hz-3deg.mp4');
      const { context, client } = await signedInContext(tonus.browser, tonus.server.url, {
        role: 'patient',
        displayName: 'Vic Video',
      });
      const origin = new URL(tonus.server.url).origin;
      const { page, problems } = await watchedPage(context, origin);
      const modelRequests: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (/^\/(models|wasm)\/|analyse-video-in-browser/.test(path)) modelRequests.push(path);
      });

      // The heavy model code and files are fetched only once a video is chosen.
      await page.goto(`${tonus.server.url}/diary`);
      await page.getByRole('heading', { level: 1, name: 'Diary' }).waitFor();
      await page.getByRole('link', { name: 'Video checks' }).click();
      await page.getByRole('heading', { level: 1, name: 'Video checks' }).waitFor();
      await page.locator('footer .server-status').waitFor();
      await checkPage(page, 'video-checks-choose');
      expect(modelRequests).toEqual([]);

      // Keyboard only: Tab to the file chooser, Enter opens it. A listener registered before
      // the key press makes Playwright intercept file choosers from then on; enabling that only
      // together with the key press raced with it on a loaded machine (the chooser opened
      // natively and the event never came).
      const chosen = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      await tabTo(page, /^Choose a video$/);
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement?.closest('label') as Element).outlineStyle,
      );
      expect(outline).toBe('solid');
      await page.keyboard.press('Enter');
      const chooser = await chosen;
      expect(chooser.isMultiple()).toBe(false);
      await chooser.setFiles(file);

      const progress = page.getByTestId('measurement-progress');
      await expect
        .poll(() => progress.textContent(), { timeout: 60_000 })
        .toMatch(/frames? measured/);
      expect(await page.getByRole('button', { name: 'Cancel measuring' }).count()).toBe(1);

      const results = page.getByRole('heading', {
        level: 2,
        name: `Results for ${basename(file)}`,
      });
      await results.waitFor({ timeout: measuringTimeout });
      // Announced in the polite live region, and the focus is on the results.
      expect(await page.getByRole('status').first().textContent()).toBe(
        'Measuring finished. The results are below.',
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title');
      expect(await page.getByTestId('results-disclaimer').textContent()).toBe(
        'Measured on this device; the video was not uploaded. These are estimates for your care team to check, not a diagnosis.',
      );

      const shown = await shownResults(page);
      console.log(
        `video check in Chromium: ${shown.speed.text} Waiting for frames ${shown.speed.waitingSec} s, models loaded in ${shown.speed.modelLoadSec} s. Node: ${node.processing.frames} frames in ${node.processing.seconds.toFixed(1)} s with ${node.processing.workers} workers.`,
      );
      console.log('browser', JSON.stringify(shown));
      console.log(
        'node',
        JSON.stringify({
          median: node.measurements.posture.medianDeg,
          tremorHz: node.measurements.tremor.peakHz,
          axis: node.measurements.tremor.axis,
          blinks: node.measurements.blinks.count,
        }),
      );
      // The clip's truth: a 2 Hz, 3° roll tremor.
      expect(shown.tremorFound).toBe(true);
      expect(Math.abs((shown.tremorHz ?? 0) - 2)).toBeLessThanOrEqual(0.2);
      expect(shown.tremorAxis).toBe('roll');
      expect(shown.tremorText).toMatch(/^2\.0 Hz/);
      expectAgreement(shown, node);

      // Only the allowlisted files were fetched, from this server.
      expect(modelRequests.filter((p) => p.startsWith('/models/')).sort()).toEqual(
        [
          '/models/blazeface.bin',
          '/models/blazeface.json',
          '/models/facemesh.bin',
          '/models/facemesh.json',
          '/models/iris.bin',
          '/models/iris.json',
          '/models/movenet-lightning.bin',
          '/models/movenet-lightning.json',
        ].sort(),
      );
      expect(modelRequests.filter((p) => p.startsWith('/wasm/'))).toEqual([
        '/wasm/tfjs-backend-wasm-simd.wasm',
      ]);

      await checkPage(page, 'video-checks-results-desktop-light');

      // The patient keeps the numbers (never the video) in the record, by choice.
      await page.getByText('No video checks kept yet.').waitFor();
      await tabTo(page, /^Keep these results in my record$/);
      await page.keyboard.press('Enter');
      await page.getByText('Kept in your record.', { exact: false }).waitFor();
      const history = page.getByRole('region', {
        name: 'Video checks kept in the record, newest first',
      });
      await history.waitFor();
      const row = await history.locator('tbody td').allTextContents();
      expect(row[4]).toMatch(/^2\.0 Hz, about ±\d+\.\d°$/);
      const kept = await client.json<{
        videoChecks: { measurements: { tremor: { axis: string; peakHz: number } } }[];
      }>('GET', `/api/patients/${client.account?.id}/video-checks`);
      expect(kept.videoChecks).toHaveLength(1);
      expect(kept.videoChecks[0]?.measurements.tremor.axis).toBe('roll');
      expect(kept.videoChecks[0]?.measurements.tremor.peakHz).toBeCloseTo(shown.tremorHz ?? 0, 2);
      await checkPage(page, 'video-checks-kept-desktop-light');
      expect(problems).toEqual([]);
      await context.close();
    },
    measuringTimeout + 120_000,
  );

  it(
    'can be cancelled, then measures a blinking video on a phone in dark mode',
    async () => {
      const { file: tremorFile } = await videoFor('tremor-roll-2hz-3deg.mp4');
      const { file, node } = await videoFor('blinks-frontal.mp4');
      const options: BrowserContextOptions = {
        viewport: { width: 390, height: 844 },
        colorScheme: 'dark',
      };
      const { context } = await signedInContext(
        tonus.browser,
        tonus.server.url,
        { role: 'patient', displayName: 'Bea Blink' },
        options,
      );
      const origin = new URL(tonus.server.url).origin;
      const { page, problems } = await watchedPage(context, origin);
      await page.goto(`${tonus.server.url}/video-checks`);
      await page.getByRole('heading', { level: 1, name: 'Video checks' }).waitFor();
      await page.locator('footer .server-status').waitFor();
      await checkPage(page, 'video-checks-choose-phone-dark');

      // Cancel while measuring: the page is checked in that state too.
      await page.locator('input[type=file]').setInputFiles(tremorFile);
      await expect
        .poll(() => page.getByTestId('measurement-progress').textContent(), { timeout: 60_000 })
        .toMatch(/frames? measured/);
      await checkPage(page, 'video-checks-measuring-phone-dark');
      await page.getByRole('button', { name: 'Cancel measuring' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toBe('Measuring stopped. Nothing was kept.');
      expect(await focusedLabel(page)).toBe('Choose another video');
      expect(await page.getByRole('heading', { name: /^Results for/ }).count()).toBe(0);

      // A second video on the same page starts afresh (the models stay loaded).
      await page.locator('input[type=file]').setInputFiles(file);
      await page
        .getByRole('heading', { level: 2, name: `Results for ${basename(file)}` })
        .waitFor({ timeout: measuringTimeout });
      const shown = await shownResults(page);
      console.log('browser blinks', JSON.stringify(shown));
      expect(shown.blinks).toBe(truthBlinks('blinks-frontal.mp4'));
      expectAgreement(shown, node);
      await checkPage(page, 'video-checks-results-phone-dark');
      expect(problems).toEqual([]);
      await context.close();
    },
    2 * measuringTimeout + 120_000,
  );

  it(
    'says in words when a file is not a video it can play, and when no face is in it',
    async () => {
      const { context } = await signedInContext(tonus.browser, tonus.server.url, {
        role: 'patient',
        displayName: 'Nor Face',
      });
      const { page } = await watchedPage(context, new URL(tonus.server.url).origin);
      await page.goto(`${tonus.server.url}/video-checks`);
      await page.getByRole('heading', { level: 1, name: 'Video checks' }).waitFor();
      await page.locator('input[type=file]').setInputFiles({
        name: 'notes.mp4',
        mimeType: 'video/mp4',
        buffer: Buffer.from('These are my notes, not a video.'),
      });
      await expect
        .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
        .toMatch(/^This browser cannot play notes\.mp4/);
      expect(await focusedLabel(page)).toBe('Choose another video');

      await page.locator('input[type=file]').setInputFiles(join(fixtureDir, 'no-face.mp4'));
      await expect
        .poll(() => page.getByRole('alert').first().textContent(), { timeout: measuringTimeout })
        .toMatch(/^No face was found in no-face\.mp4/);
      await checkPage(page, 'video-checks-no-face');
      await context.close();
    },
    measuringTimeout + 60_000,
  );

  it(
    'lets a clinician measure a video for a shared record they may add to, and keep it there',
    async () => {
      const { file } = await videoFor('tremor-roll-2hz-3deg.mp4');
      const {
        patient,
        clinician: doctor,
        record,
      } = await clinicianSharedWith(
        tonus.browser,
        tonus.server.url,
        { patient: 'Rae Record', clinician: 'Dr Vale' },
        'read_write',
      );
      const { page, problems } = await watchedPage(
        doctor.context,
        new URL(tonus.server.url).origin,
      );
      await page.goto(`${tonus.server.url}/clinic/patients/${patient.client.account?.id}`);
      await page.getByRole('link', { name: 'Measure a video check for Rae Record' }).click();
      await page.getByRole('heading', { level: 1, name: 'Video checks' }).waitFor();
      await page.getByText('For Rae Record.', { exact: false }).waitFor();
      await page.locator('input[type=file]').setInputFiles(file);
      await page
        .getByRole('heading', { level: 2, name: `Results for ${basename(file)}` })
        .waitFor({ timeout: measuringTimeout });
      await page.getByRole('button', { name: "Keep these results in Rae Record's record" }).click();
      await page.getByText("Kept in Rae Record's record.", { exact: false }).waitFor();
      const kept = await patient.client.json<{
        videoChecks: { recordedBy?: string; measurements: { tremor: { axis: string } } }[];
      }>('GET', `${record}/video-checks`);
      expect(kept.videoChecks).toHaveLength(1);
      expect(kept.videoChecks[0]?.measurements.tremor.axis).toBe('roll');
      await checkPage(page, 'video-checks-for-record-phone');
      expect(problems).toEqual([]);
      await patient.context.close();
      await doctor.context.close();
    },
    measuringTimeout + 60_000,
  );

  it(
    'films a video with the camera (a fake camera playing the tremor clip) and measures it',
    async () => {
      // Chromium's fake camera plays a file; MJPEG is what it reads besides Y4M (DESIGN.md).
      const cameraFile = join(workDir, 'camera.mjpeg');
      execFileSync('ffmpeg', [
        '-hide_banner',
        '-loglevel',
        'error',
        '-i',
        join(fixtureDir, 'tremor-roll-2hz-3deg.mp4'),
        '-q:v',
        '2',
        '-f',
        'mjpeg',
        cameraFile,
      ]);
      const { browser } = await launchChromium([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${cameraFile}`,
      ]);
      try {
        const { context } = await signedInContext(
          browser,
          tonus.server.url,
          { role: 'patient', displayName: 'Cam Camera' },
          { permissions: ['camera'], viewport: { width: 390, height: 844 } },
        );
        const { page, problems } = await watchedPage(context, new URL(tonus.server.url).origin);
        await page.goto(`${tonus.server.url}/video-checks`);
        await page.getByRole('heading', { level: 1, name: 'Video checks' }).waitFor();
        // Opening the camera and cancelling leaves the camera off and the focus on the choice.
        await tabTo(page, /^Record with the camera$/);
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: 'Start recording' }).waitFor();
        await tabTo(page, /^Cancel filming$/);
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: 'Record with the camera' }).waitFor();
        expect(await focusedLabel(page)).toBe('Choose a video');
        const cameraStillOn = await page
          .locator('video')
          .evaluateAll((all) => all.some((video) => (video as HTMLVideoElement).srcObject));
        expect(cameraStillOn).toBe(false);

        await tabTo(page, /^Record with the camera$/);
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: 'Start recording' }).waitFor();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('camera-title');
        await checkPage(page, 'video-checks-camera-ready-phone');
        await tabTo(page, /^Start recording$/);
        await page.keyboard.press('Enter');
        await page.getByTestId('countdown').waitFor();
        await page.getByRole('button', { name: 'Stop recording' }).waitFor({ timeout: 10_000 });
        await expect
          .poll(() => page.getByTestId('recording-time').textContent(), { timeout: 20_000 })
          .toMatch(/^Recorded (7|8|9|\d\d) s/);
        await checkPage(page, 'video-checks-camera-recording-phone');
        await page.getByRole('button', { name: 'Stop recording' }).focus();
        await page.keyboard.press('Enter');
        await page
          .getByRole('heading', { level: 2, name: /^Results for camera-.*\.webm$/ })
          .waitFor({ timeout: measuringTimeout });
        const shown = await shownResults(page);
        console.log('browser camera', JSON.stringify(shown));
        expect(shown.frames).toBeGreaterThan(100);
        expect(shown.faceFound).toBeGreaterThan(0.9);
        // The recording's own frame times (a webm from MediaRecorder has no fixed rate) still
        // give the clip's 2 Hz roll tremor.
        expect(shown.tremorFound).toBe(true);
        expect(Math.abs((shown.tremorHz ?? 0) - 2)).toBeLessThanOrEqual(0.3);
        expect(shown.tremorAxis).toBe('roll');
        expect(problems).toEqual([]);
        await checkPage(page, 'video-checks-camera-results-phone');
        await context.close();
      } finally {
        await browser.close();
      }
    },
    measuringTimeout + 120_000,
  );
});
