import { faceMeshPointCount } from './face-mesh-points.ts';
import { type HeadAngles, rotationFromHeadAngles } from './head-angles.ts';
import type { ReferenceFace } from './head-pose.ts';
import { rotate } from './rigid-fit.ts';

/** Deterministic pseudo-random numbers (mulberry32) so synthetic series are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A face-like cloud of 468 points: an ellipsoid cap, about 140 x 180 x 80 units. */
export function syntheticReference(seed = 7): ReferenceFace {
  const random = seededRandom(seed);
  const points = new Float64Array(faceMeshPointCount * 3);
  for (let i = 0; i < faceMeshPointCount; i++) {
    const u = random() * 2 - 1;
    const v = random() * 2 - 1;
    points[3 * i] = 70 * u;
    points[3 * i + 1] = 90 * v;
    points[3 * i + 2] = -40 * Math.sqrt(Math.max(0, 1 - u * u * 0.8 - v * v * 0.8));
  }
  // Centre it, as reference faces are.
  for (let k = 0; k < 3; k++) {
    let mean = 0;
    for (let i = 0; i < faceMeshPointCount; i++) mean += points[3 * i + k] ?? 0;
    mean /= faceMeshPointCount;
    for (let i = 0; i < faceMeshPointCount; i++)
      points[3 * i + k] = (points[3 * i + k] ?? 0) - mean;
  }
  return { points };
}

/** The reference posed at `angles`, scaled and moved into a frame, depth optionally rescaled. */
export function posedMesh(
  reference: ReferenceFace,
  angles: HeadAngles,
  options: { scale?: number; offset?: [number, number, number]; depthScale?: number } = {},
): Float64Array {
  const r = rotationFromHeadAngles(angles);
  const scale = options.scale ?? 1.5;
  const [ox, oy, oz] = options.offset ?? [320, 240, 0];
  const out = new Float64Array(faceMeshPointCount * 3);
  for (let i = 0; i < faceMeshPointCount; i++) {
    const p = rotate(r, [
      reference.points[3 * i] ?? 0,
      reference.points[3 * i + 1] ?? 0,
      reference.points[3 * i + 2] ?? 0,
    ]);
    out[3 * i] = scale * p[0] + ox;
    out[3 * i + 1] = scale * p[1] + oy;
    out[3 * i + 2] = (scale * p[2] + oz) * (options.depthScale ?? 1);
  }
  return out;
}
