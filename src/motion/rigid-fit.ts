/**
 * Least-squares similarity fit (rotation, uniform scale, translation) of one 3D point set onto
 * another, by Horn's closed-form quaternion method (J Opt Soc Am A 1987), the Kabsch/Procrustes
 * solution without the reflection pitfalls of a 3x3 SVD.
 *
 * Hand-written on purpose: no maintained linear-algebra package is installed, and the whole
 * method is a 4x4 symmetric eigenproblem (cyclic Jacobi, below) that runs identically in the
 * browser and in Node.
 */

/** Row-major 3x3 matrix. */
export type Matrix3 = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
export type Vector3 = readonly [number, number, number];

export interface SimilarityFit {
  /** Rotation taking reference directions to observed directions. */
  rotation: Matrix3;
  /** Observed units per reference unit. */
  scale: number;
  translation: Vector3;
  /** Root-mean-square distance between observed points and the fitted reference, in observed units. */
  rmsResidual: number;
}

/**
 * Fits `observed ≈ scale * rotation * reference + translation`.
 * Both arrays are flat x,y,z triples of the same length (at least 3 non-collinear points).
 *
 * @example
 * const fit = fitSimilarity(referenceMesh, observedMesh);
 * fit.rotation; // 3x3 row-major
 */
export function fitSimilarity(
  reference: ArrayLike<number>,
  observed: ArrayLike<number>,
  weights?: ArrayLike<number>,
): SimilarityFit {
  const count = Math.floor(reference.length / 3);
  if (count < 3 || observed.length !== reference.length) {
    throw new Error('fitSimilarity needs two point sets of the same size (at least 3 points)');
  }
  let totalWeight = 0;
  const refMean = [0, 0, 0];
  const obsMean = [0, 0, 0];
  for (let i = 0; i < count; i++) {
    const w = weights ? (weights[i] ?? 0) : 1;
    totalWeight += w;
    for (let k = 0; k < 3; k++) {
      refMean[k] = (refMean[k] ?? 0) + w * (reference[3 * i + k] ?? 0);
      obsMean[k] = (obsMean[k] ?? 0) + w * (observed[3 * i + k] ?? 0);
    }
  }
  for (let k = 0; k < 3; k++) {
    refMean[k] = (refMean[k] ?? 0) / totalWeight;
    obsMean[k] = (obsMean[k] ?? 0) / totalWeight;
  }
  // Cross-covariance S[a][b] = sum w * ref_a * obs_b on centred points. Plain scalars, no arrays
  // per point: this runs several times per video frame (head-pose.ts), on the main thread.
  const [rm0 = 0, rm1 = 0, rm2 = 0] = refMean;
  const [om0 = 0, om1 = 0, om2 = 0] = obsMean;
  let sxx = 0;
  let sxy = 0;
  let sxz = 0;
  let syx = 0;
  let syy = 0;
  let syz = 0;
  let szx = 0;
  let szy = 0;
  let szz = 0;
  let refSquares = 0;
  for (let i = 0; i < count; i++) {
    const w = weights ? (weights[i] ?? 0) : 1;
    const r0 = (reference[3 * i] ?? 0) - rm0;
    const r1 = (reference[3 * i + 1] ?? 0) - rm1;
    const r2 = (reference[3 * i + 2] ?? 0) - rm2;
    const o0 = (observed[3 * i] ?? 0) - om0;
    const o1 = (observed[3 * i + 1] ?? 0) - om1;
    const o2 = (observed[3 * i + 2] ?? 0) - om2;
    sxx += w * r0 * o0;
    sxy += w * r0 * o1;
    sxz += w * r0 * o2;
    syx += w * r1 * o0;
    syy += w * r1 * o1;
    syz += w * r1 * o2;
    szx += w * r2 * o0;
    szy += w * r2 * o1;
    szz += w * r2 * o2;
    refSquares += w * (r0 * r0 + r1 * r1 + r2 * r2);
  }
  // Horn's symmetric 4x4 matrix; its top eigenvector is the rotation quaternion.
  const n = [
    [sxx + syy + szz, syz - szy, szx - sxz, sxy - syx],
    [syz - szy, sxx - syy - szz, sxy + syx, szx + sxz],
    [szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy],
    [sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz],
  ];
  const q = topEigenvector4(n);
  const rotation = quaternionToMatrix(q);
  // Scale that minimises the residual for this rotation.
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = rotation;
  let projected = 0;
  for (let i = 0; i < count; i++) {
    const w = weights ? (weights[i] ?? 0) : 1;
    const x = (reference[3 * i] ?? 0) - rm0;
    const y = (reference[3 * i + 1] ?? 0) - rm1;
    const z = (reference[3 * i + 2] ?? 0) - rm2;
    projected +=
      w *
      ((m0 * x + m1 * y + m2 * z) * ((observed[3 * i] ?? 0) - om0) +
        (m3 * x + m4 * y + m5 * z) * ((observed[3 * i + 1] ?? 0) - om1) +
        (m6 * x + m7 * y + m8 * z) * ((observed[3 * i + 2] ?? 0) - om2));
  }
  const scale = refSquares > 0 ? projected / refSquares : 0;
  const rm = rotate(rotation, [rm0, rm1, rm2]);
  const translation: Vector3 = [om0 - scale * rm[0], om1 - scale * rm[1], om2 - scale * rm[2]];
  let residual = 0;
  for (let i = 0; i < count; i++) {
    const w = weights ? (weights[i] ?? 0) : 1;
    const x = reference[3 * i] ?? 0;
    const y = reference[3 * i + 1] ?? 0;
    const z = reference[3 * i + 2] ?? 0;
    const d0 = (observed[3 * i] ?? 0) - (scale * (m0 * x + m1 * y + m2 * z) + translation[0]);
    const d1 = (observed[3 * i + 1] ?? 0) - (scale * (m3 * x + m4 * y + m5 * z) + translation[1]);
    const d2 = (observed[3 * i + 2] ?? 0) - (scale * (m6 * x + m7 * y + m8 * z) + translation[2]);
    residual += w * d0 * d0 + w * d1 * d1 + w * d2 * d2;
  }
  return { rotation, scale, translation, rmsResidual: Math.sqrt(residual / totalWeight) };
}

export function rotate(m: Matrix3, v: Vector3): Vector3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

export function multiply(a: Matrix3, b: Matrix3): Matrix3 {
  const out: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      out.push(
        (a[3 * r] ?? 0) * (b[c] ?? 0) +
          (a[3 * r + 1] ?? 0) * (b[3 + c] ?? 0) +
          (a[3 * r + 2] ?? 0) * (b[6 + c] ?? 0),
      );
    }
  }
  return out as unknown as Matrix3;
}

export function transpose(m: Matrix3): Matrix3 {
  return [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
}

function quaternionToMatrix(q: readonly [number, number, number, number]): Matrix3 {
  const [w, x, y, z] = q;
  return [
    w * w + x * x - y * y - z * z,
    2 * (x * y - w * z),
    2 * (x * z + w * y),
    2 * (x * y + w * z),
    w * w - x * x + y * y - z * z,
    2 * (y * z - w * x),
    2 * (x * z - w * y),
    2 * (y * z + w * x),
    w * w - x * x - y * y + z * z,
  ];
}

/** Unit eigenvector of the largest eigenvalue of a symmetric 4x4 matrix (cyclic Jacobi). */
function topEigenvector4(input: number[][]): [number, number, number, number] {
  const a = input.map((row) => row.slice());
  const v = [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ];
  const at = (m: number[][], i: number, j: number): number => m[i]?.[j] ?? 0;
  const set = (m: number[][], i: number, j: number, value: number): void => {
    const row = m[i];
    if (row) row[j] = value;
  };
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < 4; p++) for (let q = p + 1; q < 4; q++) off += at(a, p, q) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < 4; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = at(a, p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 4; k++) {
          const akp = at(a, k, p);
          const akq = at(a, k, q);
          set(a, k, p, c * akp - s * akq);
          set(a, k, q, s * akp + c * akq);
        }
        for (let k = 0; k < 4; k++) {
          const apk = at(a, p, k);
          const aqk = at(a, q, k);
          set(a, p, k, c * apk - s * aqk);
          set(a, q, k, s * apk + c * aqk);
        }
        for (let k = 0; k < 4; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          set(v, k, p, c * vkp - s * vkq);
          set(v, k, q, s * vkp + c * vkq);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if (at(a, i, i) > at(a, best, best)) best = i;
  const q: [number, number, number, number] = [
    at(v, 0, best),
    at(v, 1, best),
    at(v, 2, best),
    at(v, 3, best),
  ];
  const norm = Math.hypot(...q);
  // Fix the quaternion's sign (q and -q are the same rotation) so results are reproducible.
  const sign = q[0] < 0 ? -1 : 1;
  return [(sign * q[0]) / norm, (sign * q[1]) / norm, (sign * q[2]) / norm, (sign * q[3]) / norm];
}
