/** A stretch of evenly sampled values with no gap. */
export interface UniformSegment {
  startSec: number;
  sampleRateHz: number;
  values: Float64Array;
}

/**
 * Median frame rate of a list of frame times (true timestamps; robust to a few dropped or
 * duplicated frames in variable-frame-rate video).
 */
export function medianSampleRateHz(timesSec: readonly number[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < timesSec.length; i++) {
    const step = (timesSec[i] ?? 0) - (timesSec[i - 1] ?? 0);
    if (step > 0) steps.push(step);
  }
  if (steps.length === 0) return null;
  steps.sort((a, b) => a - b);
  const mid = steps.length / 2;
  const median =
    steps.length % 2
      ? (steps[Math.floor(mid)] ?? 0)
      : ((steps[mid - 1] ?? 0) + (steps[mid] ?? 0)) / 2;
  return median > 0 ? 1 / median : null;
}

/**
 * Resamples an irregular series onto a uniform grid by linear interpolation, one segment per
 * run of measured values. A missing value (null) or a time step longer than `maxGapSec` ends a
 * segment: gaps are never filled with the last value.
 */
export function uniformSegments(
  timesSec: readonly number[],
  values: readonly (number | null)[],
  sampleRateHz: number,
  maxGapSec: number,
): UniformSegment[] {
  const segments: UniformSegment[] = [];
  let runTimes: number[] = [];
  let runValues: number[] = [];
  const flush = () => {
    if (runTimes.length >= 2) segments.push(resampleRun(runTimes, runValues, sampleRateHz));
    runTimes = [];
    runValues = [];
  };
  for (let i = 0; i < timesSec.length; i++) {
    const t = timesSec[i] ?? 0;
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      flush();
      continue;
    }
    const last = runTimes[runTimes.length - 1];
    if (last !== undefined && (t - last > maxGapSec || t <= last)) {
      if (t <= last) continue; // a duplicated timestamp adds nothing
      flush();
    }
    runTimes.push(t);
    runValues.push(v);
  }
  flush();
  return segments;
}

function resampleRun(times: number[], values: number[], sampleRateHz: number): UniformSegment {
  const start = times[0] ?? 0;
  const end = times[times.length - 1] ?? start;
  const count = Math.floor((end - start) * sampleRateHz + 1e-9) + 1;
  const out = new Float64Array(count);
  let j = 0;
  for (let k = 0; k < count; k++) {
    const t = start + k / sampleRateHz;
    while (j < times.length - 2 && (times[j + 1] ?? 0) < t) j++;
    const t0 = times[j] ?? 0;
    const t1 = times[j + 1] ?? t0;
    const v0 = values[j] ?? 0;
    const v1 = values[j + 1] ?? v0;
    const f = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
    out[k] = v0 + f * (v1 - v0);
  }
  return { startSec: start, sampleRateHz, values: out };
}
