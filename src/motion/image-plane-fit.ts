import { type Matrix3, multiply } from './rigid-fit.ts';

/**
 * Rotation that best lays a 3D reference onto observed image positions (x and y only), seen
 * straight on (orthographic): the observed depth is not used at all.
 *
 * Why a second fit beside the rigid 3D one (rigid-fit.ts): the face model places the mesh's
 * points in the image well, but its depth guesses lag behind a turn, so a fit that trusts
 * depth as much as position under-reads yaw (measured by bench/accuracy on the re-rendered
 * turns: about 12 % low at 30-45°; this fit follows the turn to within 1-2° up to 40°).
 *
 * Gauss-Newton on a rotation increment (Rodrigues) and the scale, from a starting rotation
 * close to the answer (the 3D fit), so the depth-flip ambiguity of a view without depth
 * cannot arise. Translation is solved exactly by centring. Hand-written for the same reason
 * as rigid-fit.ts: a 4x4 linear system is all it needs, in the browser as in Node.
 */
export interface ImagePlaneFit {
  rotation: Matrix3;
  /** Image units per reference unit. */
  scale: number;
  /** Root-mean-square image distance between the observed and the fitted points. */
  rmsResidual: number;
  iterations: number;
}

/** Rotation step, in radians, below which the fit has converged (about 0.000006°). */
const convergedStepRad = 1e-7;

export function fitRotationToImagePositions(
  reference: ArrayLike<number>,
  observed: ArrayLike<number>,
  weights: ArrayLike<number>,
  start: { rotation: Matrix3; scale: number },
): ImagePlaneFit {
  const count = Math.floor(reference.length / 3);
  if (count < 3 || observed.length < count * 3) {
    throw new Error('an image-plane fit needs reference and observed points of the same count');
  }
  const ref = centred(reference, weights, count);
  const obs = centred(observed, weights, count);
  let totalWeight = 0;
  for (let i = 0; i < count; i++) totalWeight += weights[i] ?? 0;
  if (!(totalWeight > 0)) throw new Error('an image-plane fit needs some points with weight');

  let rotation = start.rotation;
  let scale = start.scale;
  let cost = imageCost(ref, obs, weights, count, rotation, scale);
  let iterations = 0;
  const jx = new Float64Array(4);
  const jy = new Float64Array(4);
  for (; iterations < 30; iterations++) {
    // Normal equations of the linearised residuals in (wx, wy, wz, ds): for q = R p, a small
    // rotation w moves q by w x q, so x moves by s(wy qz - wz qy) and y by s(wz qx - wx qz).
    // (No arrays made per point: this runs on every video frame, on the main thread.)
    const a = [new Float64Array(5), new Float64Array(5), new Float64Array(5), new Float64Array(5)];
    const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = rotation;
    for (let i = 0; i < count; i++) {
      const w = weights[i] ?? 0;
      if (w === 0) continue;
      const x = ref[3 * i] ?? 0;
      const y = ref[3 * i + 1] ?? 0;
      const z = ref[3 * i + 2] ?? 0;
      const q0 = m0 * x + m1 * y + m2 * z;
      const q1 = m3 * x + m4 * y + m5 * z;
      const q2 = m6 * x + m7 * y + m8 * z;
      const rx = scale * q0 - (obs[3 * i] ?? 0);
      const ry = scale * q1 - (obs[3 * i + 1] ?? 0);
      jx[0] = 0;
      jx[1] = scale * q2;
      jx[2] = -scale * q1;
      jx[3] = q0;
      jy[0] = -scale * q2;
      jy[1] = 0;
      jy[2] = scale * q0;
      jy[3] = q1;
      for (let r = 0; r < 4; r++) {
        const row = a[r] as Float64Array;
        const xr = jx[r] ?? 0;
        const yr = jy[r] ?? 0;
        for (let c = 0; c < 4; c++)
          row[c] = (row[c] ?? 0) + w * (xr * (jx[c] ?? 0) + yr * (jy[c] ?? 0));
        row[4] = (row[4] ?? 0) - w * (xr * rx + yr * ry);
      }
    }
    const step = solve4(a);
    // Converged: a step this small moves the angles by well under 0.0001°, and trying to take it
    // only halves it again and again against rounding noise in the cost. (The scale step is not
    // tested: only the rotation of this fit is used.)
    if (!step || Math.hypot(step[0], step[1], step[2]) < convergedStepRad) break;
    // Halve a step that does not lower the cost (Gauss-Newton can overshoot far from the answer).
    let factor = 1;
    let accepted = false;
    for (let tries = 0; tries < 12 && !accepted; tries++, factor /= 2) {
      const candidate = multiply(
        rodrigues(factor * step[0], factor * step[1], factor * step[2]),
        rotation,
      );
      const candidateScale = scale + factor * step[3];
      const candidateCost = imageCost(ref, obs, weights, count, candidate, candidateScale);
      if (candidateCost <= cost) {
        rotation = candidate;
        scale = candidateScale;
        cost = candidateCost;
        accepted = true;
      }
    }
    if (!accepted || Math.hypot(step[0], step[1], step[2]) * factor < 1e-12) break;
  }
  return { rotation, scale, rmsResidual: Math.sqrt(cost / totalWeight), iterations };
}

function centred(
  points: ArrayLike<number>,
  weights: ArrayLike<number>,
  count: number,
): Float64Array {
  const out = new Float64Array(count * 3);
  for (let k = 0; k < 3; k++) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const w = weights[i] ?? 0;
      sum += w * (points[3 * i + k] ?? 0);
      total += w;
    }
    const mean = total > 0 ? sum / total : 0;
    for (let i = 0; i < count; i++) out[3 * i + k] = (points[3 * i + k] ?? 0) - mean;
  }
  return out;
}

function imageCost(
  ref: Float64Array,
  obs: Float64Array,
  weights: ArrayLike<number>,
  count: number,
  rotation: Matrix3,
  scale: number,
): number {
  const [m0, m1, m2, m3, m4, m5] = rotation;
  let cost = 0;
  for (let i = 0; i < count; i++) {
    const w = weights[i] ?? 0;
    if (w === 0) continue;
    const x = ref[3 * i] ?? 0;
    const y = ref[3 * i + 1] ?? 0;
    const z = ref[3 * i + 2] ?? 0;
    const q0 = m0 * x + m1 * y + m2 * z;
    const q1 = m3 * x + m4 * y + m5 * z;
    cost += w * ((scale * q0 - (obs[3 * i] ?? 0)) ** 2 + (scale * q1 - (obs[3 * i + 1] ?? 0)) ** 2);
  }
  return cost;
}

/** Rotation by the vector w (axis w/|w|, angle |w| in radians). */
function rodrigues(wx: number, wy: number, wz: number): Matrix3 {
  const angle = Math.hypot(wx, wy, wz);
  if (angle < 1e-15) return [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const x = wx / angle;
  const y = wy / angle;
  const z = wz / angle;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const v = 1 - c;
  return [
    c + x * x * v,
    x * y * v - z * s,
    x * z * v + y * s,
    y * x * v + z * s,
    c + y * y * v,
    y * z * v - x * s,
    z * x * v - y * s,
    z * y * v + x * s,
    c + z * z * v,
  ];
}

/** Solves a 4x4 system given as rows [a0 a1 a2 a3 | b] (Gaussian elimination, partial pivoting). */
function solve4(rows: readonly Float64Array[]): [number, number, number, number] | null {
  const m = rows.map((r) => Array.from(r));
  const at = (r: number, c: number): number => m[r]?.[c] ?? 0;
  for (let col = 0; col < 4; col++) {
    let pivot = col;
    for (let r = col + 1; r < 4; r++)
      if (Math.abs(at(r, col)) > Math.abs(at(pivot, col))) pivot = r;
    if (Math.abs(at(pivot, col)) < 1e-300) return null;
    [m[pivot], m[col]] = [m[col] ?? [], m[pivot] ?? []];
    const top = m[col] ?? [];
    for (let r = 0; r < 4; r++) {
      const row = m[r];
      if (r === col || !row) continue;
      const f = (row[col] ?? 0) / (top[col] ?? 1);
      for (let k = col; k < 5; k++) row[k] = (row[k] ?? 0) - f * (top[k] ?? 0);
    }
  }
  return [at(0, 4) / at(0, 0), at(1, 4) / at(1, 1), at(2, 4) / at(2, 2), at(3, 4) / at(3, 3)];
}
