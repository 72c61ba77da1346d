import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(root, 'test-fixtures/video');
const dir = mkdtempSync(path.join(tmpdir(), 'tonus-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function tonus(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'bin/tonus.js'), ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

async function analyse(name: string) {
  const json = path.join(dir, `${name}.json`);
  const html = path.join(dir, `${name}.html`);
  const run = await tonus(
    'analyze',
    path.join(fixtures, `${name}.mp4`),
    '--json',
    json,
    '--html',
    html,
  );
  const truth = JSON.parse(readFileSync(path.join(fixtures, `${name}.truth.json`), 'utf8'));
  return {
    run,
    result: run.code === 0 ? JSON.parse(readFileSync(json, 'utf8')) : null,
    html: run.code === 0 ? readFileSync(html, 'utf8') : '',
    truth,
  };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

describe('tonus analyze', () => {
  it('finds a 2 Hz head tremor on the roll axis and reports posture, TWSTRS items and blinks', {
    timeout: 180_000,
  }, async () => {
    const { run, result, html, truth } = await analyse('tremor-roll-2hz-3deg');
    expect(run.code).toBe(0);
    expect(result.tremor.detected).toBe(true);
    expect(result.tremor.axis).toBe('roll');
    expect(Math.abs(result.tremor.peakHz - 2)).toBeLessThan(0.2);
    expect(result.tremor.powerDeg2PerHz).toBeGreaterThan(0);
    expect(
      Math.abs(
        result.posture.medianDeg.roll -
          median(truth.frames.map((f: { rollDeg: number }) => f.rollDeg)),
      ),
    ).toBeLessThan(1.5);
    expect(result.quality.faceFoundRatio).toBe(1);
    for (const item of [
      'rotation',
      'laterocollis',
      'antero_retrocollis',
      'lateral_shift',
      'sagittal_shift',
      'shoulder_elevation',
      'duration',
    ]) {
      const estimate = result.twstrs[item];
      expect(estimate.probabilities.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 6);
      expect(estimate.probabilities[estimate.score]).toBeGreaterThan(0);
    }
    expect(result.twstrs.rotation.score).toBe(0);
    expect(result.blinks).toMatchObject({ count: 0, closedFraction: 0 });
    expect(result.disclaimer).toMatch(/does not diagnose/);
    expect(run.stdout).toMatch(/Head tremor: likely, 2\.\d\d Hz on roll/);
    // Self-contained report: inline SVG plots, nothing loaded from elsewhere.
    expect(html).toMatch(/<svg[^>]+role="img"/);
    expect(html).toMatch(/Head tremor spectrum/);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<script/);
  });

  it('reports no tremor and no blinks on a still head', { timeout: 180_000 }, async () => {
    const { run, result } = await analyse('still-frontal');
    expect(run.code).toBe(0);
    expect(result.tremor.detected).toBe(false);
    expect(result.blinks.count).toBe(0);
    expect(result.frames).toHaveLength(90);
    expect(result.frames[45].quality).toBe('ok');
  });

  it('finds each rendered blink at its time', { timeout: 180_000 }, async () => {
    const { run, result, truth } = await analyse('blinks-frontal');
    expect(run.code).toBe(0);
    expect(result.blinks.count).toBe(truth.blinks.length);
    result.blinks.events.forEach((event: { startSec: number; endSec: number }, i: number) => {
      expect(Math.abs(event.startSec - truth.blinks[i].startSec)).toBeLessThan(0.1);
      expect(Math.abs(event.endSec - truth.blinks[i].endSec)).toBeLessThan(0.1);
    });
    expect(result.tremor.detected).toBe(false);
  });

  it('warns when the face is found in only part of the video, and keeps the gap empty', {
    timeout: 180_000,
  }, async () => {
    const { run, result, html } = await analyse('face-then-gone');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: A face was measured in only 4\d %/);
    expect(result.quality.faceFoundRatio).toBeGreaterThan(0.3);
    expect(result.quality.faceFoundRatio).toBeLessThan(0.5);
    expect(result.quality.warnings).toHaveLength(1);
    const last = result.frames[result.frames.length - 1];
    expect(last).toMatchObject({
      quality: 'no-face',
      yawDeg: null,
      rollDeg: null,
      eyeOpennessLeft: null,
    });
    expect(html).toMatch(/Quality warning/);
  });

  it('exits with clear messages and codes for a video without a face, a missing file and a non-video', {
    timeout: 180_000,
  }, async () => {
    const noFace = await tonus('analyze', path.join(fixtures, 'no-face.mp4'));
    expect(noFace.code).toBe(5);
    expect(noFace.stderr).toMatch(/no face was found/);
    const missing = await tonus('analyze', path.join(dir, 'absent.mp4'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no such file/);
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'not a video');
    const notVideo = await tonus('analyze', text);
    expect(notVideo.code).toBe(4);
    expect(notVideo.stderr).toMatch(/not a video/);
  });
});
