import type { FrameMeasurement } from './frame-measurement.ts';
import { foldedBandProbability, standardNormalQuadrature } from './normal-distribution.ts';

/**
 * TWSTRS severity items (REFERENCE §3.1) estimated from video. These are estimates for a
 * clinician to check, never a rating: each comes with a probability for every possible score
 * given the measurement error.
 *
 * Degree mapping. Rotation and laterocollis follow the scale's own anchors (rotation 1-22°,
 * 23-45°, 46-67°, 68-90°; laterocollis 1-15°, 16-35°, >35°), with band edges halfway between
 * whole degrees. Tonus' own choices, not part of the scale and not validated:
 * - "none" is below 5° on every angle item: the scale's 0° cannot be measured, and healthy
 *   people hold their heads a few degrees off the camera axis;
 * - antero/retrocollis has no degrees in the scale ("mild", "about half the range", "about full
 *   range"); with a flexion/extension range of roughly 50-60° Tonus uses 5-17.5° mild,
 *   17.5-35° moderate, >35° severe, in either direction;
 * - lateral shift present beyond 0.12 shoulder widths of head offset along the shoulder line;
 * - sagittal shift present when the chin sits below 0.10 or above 0.70 shoulder widths over the
 *   shoulder line (a weak proxy: a frontal camera barely sees forward/backward translation);
 * - shoulder elevation by the shoulder line's angle: 3-7° mild, 7-12° moderate, >12° severe;
 *   severe counts as 3 only when present more than 75 % of the time, else 2;
 * - duration: fraction of measured time with any angle item above "none"; "maximal" means at
 *   least moderate (rotation > 45.5°, laterocollis > 15.5°, antero/retrocollis > 17.5°).
 */
export const twstrsBandEdges = {
  rotation: [5, 22.5, 45.5, 67.5],
  laterocollis: [5, 15.5, 35.5],
  anteroRetrocollis: [5, 17.5, 35],
  shoulderElevation: [3, 7, 12],
} as const;
export const lateralShiftThreshold = 0.12;
export const sagittalShiftRange: readonly [number, number] = [0.1, 0.7];
export const severeShoulderConstantFraction = 0.75;

/** Standard deviation of a single angle measurement, degrees, from bench/accuracy targets. */
export const angleMeasurementSdDeg = {
  yaw: 3,
  pitch: 5,
  roll: 1,
  tiltToShoulders: 2.5,
  shoulderLine: 2,
} as const;
/** Standard deviation of the shift proxies, shoulder widths. */
export const shiftMeasurementSd = { lateral: 0.04, sagittal: 0.1 } as const;

export type TwstrsItem =
  | 'rotation'
  | 'laterocollis'
  | 'antero_retrocollis'
  | 'lateral_shift'
  | 'sagittal_shift'
  | 'shoulder_elevation'
  | 'duration';

export interface TwstrsItemEstimate {
  /** Most likely score given the median measurement; null when it could not be measured. */
  score: number | null;
  /** Probability of each possible score (index = score), summing to 1; null when unmeasured. */
  probabilities: number[] | null;
  /** The measurement behind the score, in `unit`. */
  value: number | null;
  unit: 'deg' | 'shoulder widths' | 'fraction of time';
  /** Side or direction of the posture, in the person's own frame. */
  direction: 'left' | 'right' | 'anterior' | 'posterior' | null;
  /** How the item was estimated, in words. */
  basis: string;
}

export type TwstrsEstimate = Record<TwstrsItem, TwstrsItemEstimate>;

export function estimateTwstrs(frames: readonly FrameMeasurement[]): TwstrsEstimate {
  const ok = frames.filter((f) => f.quality === 'ok');
  const yaw = values(ok, (f) => f.yawDeg);
  const pitch = values(ok, (f) => f.pitchDeg);
  const roll = values(ok, (f) => f.rollDeg);
  const tilt = values(ok, (f) => f.headTiltToShouldersDeg);
  const useShoulders = tilt.length >= 0.5 * roll.length && tilt.length > 0;
  const lateral = values(ok, (f) => f.lateralShift);
  const chin = values(ok, (f) => f.chinAboveShoulders);
  const shoulderLine = values(frames, (f) => f.shoulderLineDeg);

  const rotation = angleItem(
    yaw,
    twstrsBandEdges.rotation,
    angleMeasurementSdDeg.yaw,
    ['left', 'right'],
    'median head turn (yaw)',
  );
  const laterocollis = useShoulders
    ? angleItem(
        tilt,
        twstrsBandEdges.laterocollis,
        angleMeasurementSdDeg.tiltToShoulders,
        ['left', 'right'],
        'median head tilt relative to the shoulder line (shoulder elevation excluded)',
      )
    : angleItem(
        roll,
        twstrsBandEdges.laterocollis,
        angleMeasurementSdDeg.roll,
        ['left', 'right'],
        'median head tilt (roll); shoulders not seen, so shoulder elevation is not excluded',
      );
  const anteroRetro = angleItem(
    pitch,
    twstrsBandEdges.anteroRetrocollis,
    angleMeasurementSdDeg.pitch,
    ['posterior', 'anterior'],
    'median chin up (retrocollis) or down (anterocollis); depends on camera height',
  );
  const lateralShift = presenceItem(
    lateral,
    (m) => Math.abs(m) >= lateralShiftThreshold,
    (m, sd) => 1 - foldedBandProbability(m, sd, 0, lateralShiftThreshold),
    shiftMeasurementSd.lateral,
    'median head offset along the shoulder line (proxy)',
    (m) => (m > 0 ? 'left' : 'right'),
  );
  const [low, high] = sagittalShiftRange;
  const sagittalShift = presenceItem(
    chin,
    (m) => m < low || m > high,
    (m, sd) => probabilityOutside(m, sd, low, high),
    shiftMeasurementSd.sagittal,
    'median chin height over the shoulder line (weak proxy; a frontal camera barely sees this)',
    (m) => (m < low ? 'anterior' : 'posterior'),
  );
  return {
    rotation,
    laterocollis,
    antero_retrocollis: anteroRetro,
    lateral_shift: lateralShift,
    sagittal_shift: sagittalShift,
    shoulder_elevation: shoulderElevationItem(shoulderLine),
    duration: durationItem(ok, useShoulders),
  };
}

function values(
  frames: readonly FrameMeasurement[],
  pick: (f: FrameMeasurement) => number | null,
): number[] {
  const out: number[] = [];
  for (const f of frames) {
    const v = pick(f);
    if (v !== null && Number.isFinite(v)) out.push(v);
  }
  return out;
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Standard error of a median of n samples that are correlated in time (one per 10 frames). */
function medianStandardError(samples: readonly number[], centre: number): number {
  if (samples.length < 2) return 0;
  let sum = 0;
  for (const s of samples) sum += (s - centre) ** 2;
  const sd = Math.sqrt(sum / (samples.length - 1));
  const independent = Math.max(1, samples.length / 10);
  return (1.2533 * sd) / Math.sqrt(independent);
}

function bandOf(value: number, edges: readonly number[]): number {
  let score = 0;
  for (const edge of edges) if (value >= edge) score++;
  return score;
}

function unmeasured(unit: TwstrsItemEstimate['unit'], basis: string): TwstrsItemEstimate {
  return {
    score: null,
    probabilities: null,
    value: null,
    unit,
    direction: null,
    basis: `not measured: ${basis}`,
  };
}

function angleItem(
  samples: number[],
  edges: readonly number[],
  measurementSd: number,
  [positiveSide, negativeSide]: [TwstrsItemEstimate['direction'], TwstrsItemEstimate['direction']],
  basis: string,
): TwstrsItemEstimate {
  if (samples.length === 0) return unmeasured('deg', basis);
  const sorted = [...samples].sort((a, b) => a - b);
  const m = median(sorted);
  const sd = Math.hypot(measurementSd, medianStandardError(sorted, m));
  const bounds = [0, ...edges, Number.POSITIVE_INFINITY];
  const probabilities = bounds
    .slice(0, -1)
    .map((low, k) => foldedBandProbability(m, sd, low, bounds[k + 1] ?? low));
  const score = bandOf(Math.abs(m), edges);
  return {
    score,
    probabilities: normalise(probabilities),
    value: m,
    unit: 'deg',
    direction: score === 0 ? null : m > 0 ? positiveSide : negativeSide,
    basis,
  };
}

function presenceItem(
  samples: number[],
  present: (m: number) => boolean,
  probabilityPresent: (m: number, sd: number) => number,
  measurementSd: number,
  basis: string,
  side: (m: number) => TwstrsItemEstimate['direction'],
): TwstrsItemEstimate {
  if (samples.length === 0) return unmeasured('shoulder widths', `${basis}; shoulders not seen`);
  const sorted = [...samples].sort((a, b) => a - b);
  const m = median(sorted);
  const sd = Math.hypot(measurementSd, medianStandardError(sorted, m));
  const p = Math.min(1, Math.max(0, probabilityPresent(m, sd)));
  const score = present(m) ? 1 : 0;
  return {
    score,
    probabilities: [1 - p, p],
    value: m,
    unit: 'shoulder widths',
    direction: score ? side(m) : null,
    basis,
  };
}

function probabilityOutside(mean: number, sd: number, low: number, high: number): number {
  return 1 - foldedBandProbability(mean - (low + high) / 2, sd, 0, (high - low) / 2);
}

function shoulderElevationItem(lineDeg: number[]): TwstrsItemEstimate {
  const basis = 'median angle of the shoulder line; severe counts as 3 only when constant';
  if (lineDeg.length === 0) return unmeasured('deg', `${basis}; shoulders not seen`);
  const item = angleItem(
    lineDeg,
    twstrsBandEdges.shoulderElevation,
    angleMeasurementSdDeg.shoulderLine,
    ['left', 'right'],
    basis,
  );
  const severeEdge = twstrsBandEdges.shoulderElevation[2];
  const severeFraction = lineDeg.filter((v) => Math.abs(v) >= severeEdge).length / lineDeg.length;
  if (severeFraction < severeShoulderConstantFraction && item.probabilities) {
    // "Severe and intermittent" is scored 2 by the scale.
    const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = item.probabilities;
    item.probabilities = [p0, p1, p2 + p3, 0];
    if (item.score === 3) item.score = 2;
  }
  return item;
}

/** Whether a frame shows an abnormal (above "none") and a maximal posture, with offsets. */
function frameSeverity(
  f: FrameMeasurement,
  useShoulders: boolean,
  z: number,
): { abnormal: boolean; maximal: boolean } {
  const yaw = f.yawDeg === null ? null : Math.abs(f.yawDeg + z * angleMeasurementSdDeg.yaw);
  const tiltSource = useShoulders ? f.headTiltToShouldersDeg : f.rollDeg;
  const tiltSd = useShoulders ? angleMeasurementSdDeg.tiltToShoulders : angleMeasurementSdDeg.roll;
  const tilt = tiltSource === null ? null : Math.abs(tiltSource + z * tiltSd);
  const pitch = f.pitchDeg === null ? null : Math.abs(f.pitchDeg + z * angleMeasurementSdDeg.pitch);
  const none = twstrsBandEdges.rotation[0];
  const abnormal =
    (yaw ?? 0) >= none ||
    (tilt ?? 0) >= twstrsBandEdges.laterocollis[0] ||
    (pitch ?? 0) >= twstrsBandEdges.anteroRetrocollis[0];
  const maximal =
    (yaw ?? 0) >= twstrsBandEdges.rotation[2] ||
    (tilt ?? 0) >= twstrsBandEdges.laterocollis[1] ||
    (pitch ?? 0) >= twstrsBandEdges.anteroRetrocollis[1];
  return { abnormal, maximal };
}

/** Duration factor 0-5 from the fraction of time abnormal and how often it is maximal. */
export function durationScore(abnormalFraction: number, maximalShareOfAbnormal: number): number {
  const oftenMaximal = maximalShareOfAbnormal >= 0.5;
  if (abnormalFraction < 0.02) return 0;
  if (abnormalFraction < 0.25) return oftenMaximal ? 2 : 1;
  if (abnormalFraction < 0.5) return oftenMaximal ? 3 : 2;
  if (abnormalFraction < 0.75) return oftenMaximal ? 4 : 3;
  return oftenMaximal ? 5 : 4;
}

function durationItem(ok: readonly FrameMeasurement[], useShoulders: boolean): TwstrsItemEstimate {
  const basis =
    'fraction of measured time with any head posture above "none", and how often it was at least moderate';
  if (ok.length === 0) return { ...unmeasured('fraction of time', basis) };
  const scoreAt = (z: number) => {
    let abnormal = 0;
    let maximal = 0;
    for (const f of ok) {
      const s = frameSeverity(f, useShoulders, z);
      if (s.abnormal) abnormal++;
      if (s.abnormal && s.maximal) maximal++;
    }
    const fraction = abnormal / ok.length;
    return { fraction, score: durationScore(fraction, abnormal ? maximal / abnormal : 0) };
  };
  const central = scoreAt(0);
  // Probabilities over a common systematic offset of all angles (their measurement error),
  // integrated by Gauss-Hermite quadrature: deterministic, no random sampling.
  const probabilities = [0, 0, 0, 0, 0, 0];
  for (const [z, w] of standardNormalQuadrature) {
    const { score } = scoreAt(z);
    probabilities[score] = (probabilities[score] ?? 0) + w;
  }
  return {
    score: central.score,
    probabilities: normalise(probabilities),
    value: central.fraction,
    unit: 'fraction of time',
    direction: null,
    basis,
  };
}

function normalise(p: number[]): number[] {
  const sum = p.reduce((a, b) => a + b, 0);
  return sum > 0 ? p.map((v) => v / sum) : p;
}
