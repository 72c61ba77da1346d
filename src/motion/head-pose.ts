import { faceMeshPointCount, headPoseWeights } from './face-mesh-points.ts';
import { type HeadAngles, headAnglesFromRotation, rotationFromHeadAngles } from './head-angles.ts';
import { fitRotationToImagePositions } from './image-plane-fit.ts';
import { fitSimilarity, type Matrix3 } from './rigid-fit.ts';

/** A frontal face mesh that defines the zero posture (see reference-face.ts). */
export interface ReferenceFace {
  /** 468 x,y,z triples, centred, in the camera frame of head-angles.ts, posture all zero. */
  points: ArrayLike<number>;
}

export interface HeadPose extends HeadAngles {
  /** The rotation of the angles above (yaw from the image-plane fit, pitch and roll from 3D). */
  rotation: Matrix3;
  /** Pixels per reference unit: how large the face is in the frame. */
  scale: number;
  /** Residual of the rigid fit in pixels; large when the mesh is distorted or wrong. */
  fitResidualPx: number;
  /** Ratio between the mesh's depth units and its pixel units found by the fit. */
  depthScale: number;
}

const poseWeights = headPoseWeights();

/**
 * Head pose from one face mesh by a rigid (similarity) fit to the frontal reference.
 *
 * `mesh` holds 468 x,y,z triples in pixel-true coordinates: x and y in pixels of a frame with
 * square pixels, z in the same pixel units. Fitting in normalised image coordinates (x/width,
 * y/height) would squash the face differently on 16:9 and 4:3 video and bias yaw; pixels do not.
 *
 * The model's depth scale is not reliable across crops, so by default the fit also solves for
 * one depth-scale factor (alternating of a linear least-squares step and the rotation
 * fit).
 *
 * Yaw is then refined by a fit of the image positions alone (image-plane-fit.ts), because the
 * model's depth lags behind a turn: on the re-rendered turns of bench/accuracy the 3D fit reads
 * 30-45° turns about 12 % short and the image-only fit within 1-2°. Nods are the other way
 * round (the image-only fit reads them about 25 % short, the 3D fit within about 2°), so pitch
 * and roll keep the 3D fit's values.
 */
export function headPoseFromMesh(
  mesh: ArrayLike<number>,
  reference: ReferenceFace,
  options: { fitDepthScale?: boolean; initialDepthScale?: number } = {},
): HeadPose {
  if (mesh.length < faceMeshPointCount * 3) {
    throw new Error(`a face mesh has ${faceMeshPointCount} points; got ${mesh.length / 3}`);
  }
  const fitDepth = options.fitDepthScale ?? true;
  const observed = new Float64Array(faceMeshPointCount * 3);
  for (let i = 0; i < observed.length; i++) observed[i] = mesh[i] ?? 0;
  // Starting from the previous frame's depth scale makes the alternation converge in a few steps.
  let depthScale = fitDepth ? (options.initialDepthScale ?? 1) : 1;
  for (let i = 0; i < faceMeshPointCount; i++)
    observed[3 * i + 2] = (mesh[3 * i + 2] ?? 0) / depthScale;
  let fit = fitSimilarity(reference.points, observed, poseWeights);
  if (fitDepth) {
    // The alternation is a fixed-point iteration depthScale = F(depthScale); Steffensen's
    // acceleration of it converges in a few steps instead of hundreds.
    const next = (scale: number): number | null => {
      for (let i = 0; i < faceMeshPointCount; i++)
        observed[3 * i + 2] = (mesh[3 * i + 2] ?? 0) / scale;
      fit = fitSimilarity(reference.points, observed, poseWeights);
      return depthScaleFromFit(mesh, reference, fit.rotation, fit.scale);
    };
    for (let iteration = 0; iteration < 30; iteration++) {
      const k0 = depthScale;
      const k1 = next(k0);
      if (k1 === null) break;
      const k2 = next(k1);
      if (k2 === null) break;
      const curvature = k2 - 2 * k1 + k0;
      const accelerated = Math.abs(curvature) > 1e-15 ? k0 - (k1 - k0) ** 2 / curvature : k2;
      depthScale = accelerated > 0 && Number.isFinite(accelerated) ? accelerated : k2;
      if (Math.abs(depthScale - k0) < 1e-9 * depthScale) break;
    }
    next(depthScale);
  }
  const rigid = headAnglesFromRotation(fit.rotation);
  const inImage = fitRotationToImagePositions(reference.points, mesh, poseWeights, fit);
  const angles: HeadAngles = {
    ...rigid,
    yawDeg: headAnglesFromRotation(inImage.rotation).yawDeg,
  };
  return {
    ...angles,
    rotation: rotationFromHeadAngles(angles),
    scale: fit.scale,
    fitResidualPx: fit.rmsResidual,
    depthScale,
  };
}

/**
 * Depth scale that best maps the mesh's observed depth onto the depth the fitted rotation and
 * scale predict (least squares of observed on predicted, both centred); null when undefined.
 */
function depthScaleFromFit(
  mesh: ArrayLike<number>,
  reference: ReferenceFace,
  m: Matrix3,
  scale: number,
): number | null {
  let sumW = 0;
  let meanZ = 0;
  let meanP = 0;
  const predicted = new Float64Array(faceMeshPointCount);
  for (let i = 0; i < faceMeshPointCount; i++) {
    const x = reference.points[3 * i] ?? 0;
    const y = reference.points[3 * i + 1] ?? 0;
    const z = reference.points[3 * i + 2] ?? 0;
    const p = scale * (m[6] * x + m[7] * y + m[8] * z);
    predicted[i] = p;
    const w = poseWeights[i] ?? 0;
    sumW += w;
    meanZ += w * (mesh[3 * i + 2] ?? 0);
    meanP += w * p;
  }
  meanZ /= sumW;
  meanP /= sumW;
  let zz = 0;
  let zp = 0;
  for (let i = 0; i < faceMeshPointCount; i++) {
    const w = poseWeights[i] ?? 0;
    const dz = (mesh[3 * i + 2] ?? 0) - meanZ;
    zz += w * dz * dz;
    zp += w * dz * ((predicted[i] ?? 0) - meanP);
  }
  return zz > 0 && zp > 0 ? zz / zp : null;
}
