/**
 * Accuracy of the video measurements on the ground-truth set (scripts/fixtures): generated from
 * the public-domain astronaut portrait with known head posture, tremor and blinks.
 *
 *   npm run bench:accuracy          (generates missing videos into .cache/fixtures/video first)
 *
 * Prints MAE and bias per axis, tremor peak-frequency error, blink precision and recall, and
 * TWSTRS rotation/laterocollis agreement with the items computed from the truth.
 */
import os from 'node:os';
import type { Truth } from '../scripts/fixtures/generate.ts';
import type { TestVideo } from '../scripts/fixtures/test-videos.ts';
import type { FrameMeasurement } from '../src/motion/frame-measurement.ts';
import { estimateTwstrs, twstrsBandEdges } from '../src/motion/twstrs-estimate.ts';
import { analyseVideoFile, type VideoAnalysisRun } from '../src/vision/analyse-video.ts';
import { startObservationPool } from '../src/vision/worker-pool.ts';
import {
  ensureVideos,
  readTruth,
  testVideos,
  truthAsMeasurements,
  videoPath,
} from './accuracy-truth.ts';

const only = process.argv.slice(2);
const set = testVideos.filter(
  (v) =>
    v.name !== 'no-face' &&
    v.name !== 'face-then-gone' &&
    (only.length === 0 || only.includes(v.name)),
);
await ensureVideos(set);

const pool = await startObservationPool();
const runs: { video: TestVideo; truth: Truth; run: VideoAnalysisRun }[] = [];
for (const video of set) {
  const run = await analyseVideoFile(videoPath(video), { pool });
  runs.push({ video, truth: readTruth(video), run });
  process.stderr.write(
    `  ${video.name}: ${run.processing.frames} frames, ${run.processing.framesPerSecond.toFixed(1)} frames/s\n`,
  );
}
await pool.close();

type Axis = 'yawDeg' | 'pitchDeg' | 'rollDeg';
interface Errors {
  sum: number;
  abs: number;
  n: number;
  max: number;
}
const newErrors = (): Errors => ({ sum: 0, abs: 0, n: 0, max: 0 });
function addErrors(
  errors: Errors,
  measured: readonly FrameMeasurement[],
  truth: Truth,
  axis: Axis,
  within = Number.POSITIVE_INFINITY,
) {
  truth.frames.forEach((t, i) => {
    const m = measured[i];
    const value = m?.[axis];
    if (!t.faceVisible || m?.quality !== 'ok' || value === null || value === undefined) return;
    if (Math.abs(t[axis]) > within) return;
    const e = value - t[axis];
    errors.sum += e;
    errors.abs += Math.abs(e);
    errors.max = Math.max(errors.max, Math.abs(e));
    errors.n++;
  });
}
const coverage = (measured: readonly FrameMeasurement[], truth: Truth) =>
  truth.frames.filter((t, i) => t.faceVisible && measured[i]?.quality === 'ok').length /
  truth.frames.filter((t) => t.faceVisible).length;

const lines: string[] = [];
const print = (line = '') => lines.push(line);
print(
  `Tonus accuracy on the ground-truth set (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`,
);
print(
  `${runs.length} clips, ${runs.reduce((a, r) => a + r.run.processing.frames, 0)} frames at 640x480, 30 fps`,
);
print();
print('Head angles (frames with a face; error = measured - true)');
print(
  'axis   clips                                    frames   MAE (deg)  bias (deg)  max |err|  face found',
);
const axisRows: [string, Axis, (v: TestVideo) => boolean, number?][] = [
  ['roll', 'rollDeg', (v) => v.renderer === '2d' && !v.name.startsWith('tremor')],
  ['roll', 'rollDeg', (v) => v.renderer === '2d' && v.name.startsWith('tremor')],
  ['yaw', 'yawDeg', (v) => v.renderer === '3d' && v.name.startsWith('yaw'), 45],
  ['yaw', 'yawDeg', (v) => v.renderer === '3d' && v.name.startsWith('yaw')],
  ['pitch', 'pitchDeg', (v) => v.renderer === '3d' && v.name.startsWith('pitch')],
];
const describe = [
  '2D roll ramps/holds, shifts, stills',
  '2D roll tremor clips',
  '3D yaw ramp+holds, |yaw| <= 45',
  '3D yaw ramp+holds, +-60',
  '3D pitch ramp+holds, +-30',
];
axisRows.forEach(([name, axis, pick, within], k) => {
  const errors = newErrors();
  let covered = 0;
  let clips = 0;
  for (const r of runs.filter((r) => pick(r.video))) {
    addErrors(errors, r.run.measurements.frames, r.truth, axis, within);
    covered += coverage(r.run.measurements.frames, r.truth);
    clips++;
  }
  print(
    `${name.padEnd(6)} ${(describe[k] ?? '').padEnd(40)} ${String(errors.n).padStart(6)}   ${(errors.abs / errors.n).toFixed(2).padStart(9)}  ${(errors.sum / errors.n).toFixed(2).padStart(10)}  ${errors.max.toFixed(1).padStart(9)}  ${((covered / clips) * 100).toFixed(0).padStart(9)} %`,
  );
});

print();
print('Head tremor (true frequency and amplitude; peak found; error)');
for (const r of runs.filter((r) => r.truth.tremor)) {
  const t = r.run.measurements.tremor;
  const truth = r.truth.tremor;
  if (!truth) continue;
  const error = t.peakHz === null ? null : t.peakHz - truth.hz;
  print(
    `  ${r.video.name.padEnd(28)} detected ${String(t.detected).padEnd(5)} axis ${String(t.axis).padEnd(5)} peak ${t.peakHz === null ? '  -  ' : t.peakHz.toFixed(2)} Hz  error ${error === null ? '  -  ' : `${error >= 0 ? '+' : ''}${error.toFixed(2)}`} Hz  amplitude ${t.amplitudeDeg?.toFixed(2) ?? '-'} deg (true ${truth.amplitudeDeg})`,
  );
}
const stills = runs.filter(
  (r) => r.video.name.startsWith('still') || r.video.name.startsWith('blinks'),
);
print(
  `  clips without tremor (stills, blinks): tremor reported in ${stills.filter((r) => r.run.measurements.tremor.detected).length} of ${stills.length}`,
);
for (const r of stills.filter((r) => r.run.measurements.tremor.detected)) {
  const t = r.run.measurements.tremor;
  print(
    `    ${r.video.name}: axis ${t.axis}, peak ${t.peakHz?.toFixed(2)} Hz, amplitude ${t.amplitudeDeg?.toFixed(2)} deg, peak/floor ${t.peakToFloor?.toFixed(0)}`,
  );
}

print();
print('Blinks (a detection matches a true blink when they overlap)');
let truePositive = 0;
let detected = 0;
let actual = 0;
for (const r of runs.filter((r) => r.truth.blinks || r.video.name.startsWith('still'))) {
  const events = r.run.measurements.blinks.events;
  const truthBlinks = r.truth.blinks ?? [];
  detected += events.length;
  actual += truthBlinks.length;
  const matched = truthBlinks.filter((b) =>
    events.some((e) => e.startSec < b.endSec + 0.05 && e.endSec > b.startSec - 0.05),
  ).length;
  truePositive += matched;
  print(
    `  ${r.video.name.padEnd(20)} true ${truthBlinks.length}, detected ${events.length}, matched ${matched}`,
  );
}
const precision = detected ? truePositive / detected : 1;
const recall = actual ? truePositive / actual : 1;
print(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`);

print();
print('TWSTRS items per 1-second window: Tonus estimate vs the item computed from the truth');
for (const [item, pick] of [
  ['rotation', (v: TestVideo) => v.renderer === '3d' && v.name.startsWith('yaw')],
  ['laterocollis', (v: TestVideo) => v.renderer === '2d' && v.name.startsWith('roll')],
  ['antero_retrocollis', (v: TestVideo) => v.renderer === '3d' && v.name.startsWith('pitch')],
] as const) {
  let agree = 0;
  let windows = 0;
  let withinOne = 0;
  let clearAgree = 0;
  let clearWindows = 0;
  const edges: readonly number[] =
    item === 'rotation'
      ? twstrsBandEdges.rotation
      : item === 'laterocollis'
        ? twstrsBandEdges.laterocollis
        : twstrsBandEdges.anteroRetrocollis;
  const key =
    item === 'rotation'
      ? 'yawDeg'
      : item === 'laterocollis'
        ? 'headTiltToShouldersDeg'
        : 'pitchDeg';
  for (const r of runs.filter((r) => pick(r.video))) {
    const truthFrames = truthAsMeasurements(r.truth);
    const measured = r.run.measurements.frames;
    const end = truthFrames[truthFrames.length - 1]?.timeSec ?? 0;
    for (let start = 0; start + 1 <= end + 1e-9; start += 1) {
      const inWindow = (f: FrameMeasurement) => f.timeSec >= start && f.timeSec < start + 1;
      const fromTruth = estimateTwstrs(truthFrames.filter(inWindow))[item].score;
      const fromVideo = estimateTwstrs(measured.filter(inWindow))[item].score;
      if (fromTruth === null) continue;
      windows++;
      if (fromVideo === fromTruth) agree++;
      const med = (fs: FrameMeasurement[]) => {
        const v = fs
          .map((f) => f[key])
          .filter((x): x is number => x !== null)
          .sort((a, b) => a - b);
        return v[Math.floor(v.length / 2)] ?? Number.NaN;
      };
      const truthMedian = med(truthFrames.filter(inWindow));
      // Clear-cut windows: the true median angle at least 3° from every band edge.
      if (edges.every((edge) => Math.abs(Math.abs(truthMedian) - edge) >= 3)) {
        clearWindows++;
        if (fromVideo === fromTruth) clearAgree++;
      }
      if (fromVideo !== fromTruth && process.env.VERBOSE) {
        print(
          `    ${r.video.name} ${start}s: truth ${truthMedian.toFixed(1)} -> ${fromTruth}, video ${med(measured.filter(inWindow)).toFixed(1)} -> ${fromVideo}`,
        );
      }
      if (fromVideo !== null && Math.abs(fromVideo - fromTruth) <= 1) withinOne++;
    }
  }
  print(
    `  ${item.padEnd(20)} ${windows} windows: exact agreement ${((agree / windows) * 100).toFixed(1)} %, within one point ${((withinOne / windows) * 100).toFixed(1)} %; clear-cut windows (true median >= 3 deg from every band edge) ${clearAgree}/${clearWindows} = ${((clearAgree / Math.max(1, clearWindows)) * 100).toFixed(1)} %`,
  );
}
console.log(lines.join('\n'));
