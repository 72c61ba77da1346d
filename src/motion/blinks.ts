/** Eye-openness series per frame; null = eyes not measured in that frame (a gap). */
export interface EyeSeries {
  timesSec: readonly number[];
  left: readonly (number | null)[];
  right: readonly (number | null)[];
  /** Eye widths in pixels; a narrow (far, turned-away) eye counts less. */
  leftWidthPx: readonly (number | null)[];
  rightWidthPx: readonly (number | null)[];
}

export interface BlinkEvent {
  startSec: number;
  endSec: number;
  durationSec: number;
  /** Lowest openness reached, as a fraction of the person's own open-eye baseline. */
  minimumRelativeOpenness: number;
}

export interface Blinks {
  count: number;
  ratePerMin: number | null;
  /** Fraction of measured time with the eyes closed. */
  closedFraction: number | null;
  longestClosureSec: number | null;
  events: BlinkEvent[];
  /** Seconds in which the eyes were measured. */
  measuredSec: number;
  /** Per-frame openness relative to the rolling baseline (1 = as open as usual); for plots. */
  relativeOpenness: (number | null)[];
}

/** Closed when openness falls below this fraction of the person's open-eye baseline. */
export const closeBelowRelative = 0.7;
/** And open again only above this one (hysteresis, so noise at the edge makes no extra blinks). */
export const reopenAboveRelative = 0.8;
/** Baseline window on each side of a frame, seconds: follows slow changes of pose and light. */
export const baselineHalfWindowSec = 5;
/** The open-eye baseline is this percentile of openness in the window (eyes are mostly open). */
export const baselinePercentile = 0.85;

/**
 * The rolling baseline never falls below this fraction of the eye's 95th-percentile openness
 * over the whole video: eyes held shut for longer than the window (blepharospasm) must still
 * read as closed.
 */
export const baselineFloorOfWholeVideo = 0.8;

/**
 * Blinks as relative drops from each eye's own open-eye baseline, not a fixed threshold: lid
 * gap ratios differ between people, and the far eye of a turned head barely changes. The two
 * eyes are combined weighted by their width in the frame.
 */
export function detectBlinks(series: EyeSeries): Blinks {
  const n = series.timesSec.length;
  const leftRelative = relativeToBaseline(series.timesSec, series.left);
  const rightRelative = relativeToBaseline(series.timesSec, series.right);
  const relative: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const l = leftRelative[i] ?? null;
    const r = rightRelative[i] ?? null;
    const wl = l === null ? 0 : (series.leftWidthPx[i] ?? 0) ** 2;
    const wr = r === null ? 0 : (series.rightWidthPx[i] ?? 0) ** 2;
    relative.push(wl + wr > 0 ? ((l ?? 0) * wl + (r ?? 0) * wr) / (wl + wr) : null);
  }
  const events: BlinkEvent[] = [];
  let measuredSec = 0;
  let closedSec = 0;
  let closedSince: number | null = null;
  let minimum = 1;
  const frameStep = typicalStep(series.timesSec);
  for (let i = 0; i < n; i++) {
    const t = series.timesSec[i] ?? 0;
    const value = relative[i] ?? null;
    const next = series.timesSec[i + 1];
    // Each frame stands for the time until the next one (or a typical step at the end).
    const span = next !== undefined ? Math.min(next - t, 2.5 * frameStep) : frameStep;
    if (value === null) {
      if (closedSince !== null) {
        // A gap ends an event where the face was last seen: nothing is assumed during it.
        events.push(makeEvent(closedSince, t, minimum));
        closedSince = null;
      }
      continue;
    }
    measuredSec += span;
    if (closedSince === null && value < closeBelowRelative) {
      closedSince = t;
      minimum = value;
    } else if (closedSince !== null && value > reopenAboveRelative) {
      events.push(makeEvent(closedSince, t, minimum));
      closedSince = null;
    }
    if (closedSince !== null) {
      closedSec += span;
      minimum = Math.min(minimum, value);
    }
  }
  if (closedSince !== null) {
    const last = series.timesSec[n - 1] ?? closedSince;
    events.push(makeEvent(closedSince, last + frameStep, minimum));
  }
  return {
    count: events.length,
    ratePerMin: measuredSec > 0 ? (events.length / measuredSec) * 60 : null,
    closedFraction: measuredSec > 0 ? closedSec / measuredSec : null,
    longestClosureSec: events.length ? Math.max(...events.map((e) => e.durationSec)) : null,
    events,
    measuredSec,
    relativeOpenness: relative,
  };
}

function makeEvent(startSec: number, endSec: number, minimum: number): BlinkEvent {
  return { startSec, endSec, durationSec: endSec - startSec, minimumRelativeOpenness: minimum };
}

function typicalStep(times: readonly number[]): number {
  const steps: number[] = [];
  for (let i = 1; i < times.length; i++) steps.push((times[i] ?? 0) - (times[i - 1] ?? 0));
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 1 / 30;
}

/** Openness divided by a rolling high percentile of the same eye's openness. */
function relativeToBaseline(
  times: readonly number[],
  values: readonly (number | null)[],
): (number | null)[] {
  const out: (number | null)[] = [];
  const all = values
    .filter((v): v is number => v !== null && v !== undefined)
    .sort((a, b) => a - b);
  const floor = baselineFloorOfWholeVideo * (all[Math.floor(0.95 * (all.length - 1))] ?? 0);
  let lo = 0;
  let hi = 0;
  const window: number[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i] ?? 0;
    while (hi < times.length && (times[hi] ?? 0) <= t + baselineHalfWindowSec) hi++;
    while ((times[lo] ?? 0) < t - baselineHalfWindowSec) lo++;
    window.length = 0;
    for (let j = lo; j < hi; j++) {
      const v = values[j];
      if (v !== null && v !== undefined) window.push(v);
    }
    const v = values[i];
    if (v === null || v === undefined || window.length === 0) {
      out.push(null);
      continue;
    }
    window.sort((a, b) => a - b);
    const rolling =
      window[Math.min(window.length - 1, Math.floor(baselinePercentile * (window.length - 1)))] ??
      0;
    const baseline = Math.max(rolling, floor);
    out.push(baseline > 0 ? v / baseline : null);
  }
  return out;
}
