import type { FrameMeasurement } from './frame-measurement.ts';
import { median, twstrsBandEdges } from './twstrs-estimate.ts';

export interface Distribution {
  median: number;
  p10: number;
  p25: number;
  p75: number;
  p90: number;
  min: number;
  max: number;
  count: number;
}

export interface PostureSummary {
  medianDeg: { yaw: number | null; pitch: number | null; roll: number | null };
  yawDeg: Distribution | null;
  pitchDeg: Distribution | null;
  rollDeg: Distribution | null;
  headTiltToShouldersDeg: Distribution | null;
  shoulderLineDeg: Distribution | null;
  lateralShift: Distribution | null;
  chinAboveShoulders: Distribution | null;
  /**
   * Fraction of measured frames at or beyond each TWSTRS band edge (absolute angle), per item:
   * e.g. rotation["22.5"] = share of time turned at least 22.5° either way.
   */
  fractionBeyondDeg: {
    rotation: Record<string, number>;
    laterocollis: Record<string, number>;
    anteroRetrocollis: Record<string, number>;
  };
}

export function summarisePosture(frames: readonly FrameMeasurement[]): PostureSummary {
  const ok = frames.filter((f) => f.quality === 'ok');
  const yaw = distribution(ok.map((f) => f.yawDeg));
  const pitch = distribution(ok.map((f) => f.pitchDeg));
  const roll = distribution(ok.map((f) => f.rollDeg));
  const tilt = distribution(ok.map((f) => f.headTiltToShouldersDeg));
  const lateroSource = tilt && roll && tilt.count >= 0.5 * roll.count ? 'tilt' : 'roll';
  return {
    medianDeg: {
      yaw: yaw?.median ?? null,
      pitch: pitch?.median ?? null,
      roll: roll?.median ?? null,
    },
    yawDeg: yaw,
    pitchDeg: pitch,
    rollDeg: roll,
    headTiltToShouldersDeg: tilt,
    shoulderLineDeg: distribution(frames.map((f) => f.shoulderLineDeg)),
    lateralShift: distribution(ok.map((f) => f.lateralShift)),
    chinAboveShoulders: distribution(ok.map((f) => f.chinAboveShoulders)),
    fractionBeyondDeg: {
      rotation: fractionBeyond(
        ok.map((f) => f.yawDeg),
        twstrsBandEdges.rotation,
      ),
      laterocollis: fractionBeyond(
        ok.map((f) => (lateroSource === 'tilt' ? f.headTiltToShouldersDeg : f.rollDeg)),
        twstrsBandEdges.laterocollis,
      ),
      anteroRetrocollis: fractionBeyond(
        ok.map((f) => f.pitchDeg),
        twstrsBandEdges.anteroRetrocollis,
      ),
    },
  };
}

/** Percentiles by linear interpolation between order statistics (numpy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (position - lo);
}

export function distribution(samples: readonly (number | null)[]): Distribution | null {
  const sorted = samples
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    median: median(sorted),
    p10: percentile(sorted, 0.1),
    p25: percentile(sorted, 0.25),
    p75: percentile(sorted, 0.75),
    p90: percentile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    count: sorted.length,
  };
}

function fractionBeyond(
  samples: readonly (number | null)[],
  edges: readonly number[],
): Record<string, number> {
  const measured = samples.filter((v): v is number => v !== null && Number.isFinite(v));
  const out: Record<string, number> = {};
  for (const edge of edges) {
    out[String(edge)] = measured.length
      ? measured.filter((v) => Math.abs(v) >= edge).length / measured.length
      : 0;
  }
  return out;
}
