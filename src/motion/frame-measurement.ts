import { eyeOpenness } from './eye-openness.ts';
import { chin, faceMeshPointCount } from './face-mesh-points.ts';
import { headPoseFromMesh, type ReferenceFace } from './head-pose.ts';
import { type BodyKeypoint, headOnTrunk, shoulderLine } from './shoulder-line.ts';

/** What the model saw in one frame, in pixel-true coordinates (square pixels, upright video). */
export interface FrameObservation {
  /** Presentation time of the frame in seconds (true timestamps, so variable frame rate works). */
  timeSec: number;
  face: { mesh: ArrayLike<number>; score: number } | null;
  /** Body keypoints when the body model ran on this frame (it may run on fewer frames). */
  body: readonly BodyKeypoint[] | null;
}

export type FrameQuality = 'ok' | 'no-face' | 'low-confidence';

/** Per-frame measurements. Null means not measured in this frame: gaps stay gaps. */
export interface FrameMeasurement {
  timeSec: number;
  quality: FrameQuality;
  faceScore: number | null;
  yawDeg: number | null;
  pitchDeg: number | null;
  rollDeg: number | null;
  /** > 0 when the person's left shoulder is higher. */
  shoulderLineDeg: number | null;
  /** Left shoulder height above the right, in shoulder widths. */
  shoulderElevation: number | null;
  headTiltToShouldersDeg: number | null;
  lateralShift: number | null;
  chinAboveShoulders: number | null;
  eyeOpennessLeft: number | null;
  eyeOpennessRight: number | null;
  eyeWidthLeftPx: number | null;
  eyeWidthRightPx: number | null;
}

/** Below this face score the mesh is too unreliable to measure from. */
export const minimumFaceScore = 0.6;
/**
 * A fit residual above this fraction of the face's size (root-mean-square radius of the mesh)
 * means a distorted or wrong mesh. Good meshes measured 3 % frontally and up to 11 % at 60° of
 * turn on the 3D renders.
 */
export const maximumRelativeFitResidual = 0.15;

export interface MeasureOptions {
  /** Depth scale found on the previous frame: the fit converges faster from there. */
  initialDepthScale?: number;
  /**
   * Body keypoints from a recent frame, for frames on which the body model did not run. They
   * serve only the head-on-trunk measures (tilt to shoulders, shifts); the frame's own
   * shoulder line stays empty, so shoulder statistics count only frames where the body model ran.
   */
  recentBody?: readonly BodyKeypoint[];
}

export interface MeasuredFrame {
  frame: FrameMeasurement;
  /** Depth scale of the head-pose fit, to start the next frame from; null without a face. */
  depthScale: number | null;
}

export function measureFrame(
  observation: FrameObservation,
  reference: ReferenceFace,
  options: MeasureOptions = {},
): MeasuredFrame {
  const empty: FrameMeasurement = {
    timeSec: observation.timeSec,
    quality: 'no-face',
    faceScore: null,
    yawDeg: null,
    pitchDeg: null,
    rollDeg: null,
    shoulderLineDeg: null,
    shoulderElevation: null,
    headTiltToShouldersDeg: null,
    lateralShift: null,
    chinAboveShoulders: null,
    eyeOpennessLeft: null,
    eyeOpennessRight: null,
    eyeWidthLeftPx: null,
    eyeWidthRightPx: null,
  };
  const ownShoulders = observation.body ? shoulderLine(observation.body) : null;
  if (ownShoulders) {
    empty.shoulderLineDeg = ownShoulders.angleDeg;
    empty.shoulderElevation = ownShoulders.elevation;
  }
  const shoulders = ownShoulders ?? (options.recentBody ? shoulderLine(options.recentBody) : null);
  const face = observation.face;
  if (!face || face.mesh.length < faceMeshPointCount * 3) return { frame: empty, depthScale: null };
  if (face.score < minimumFaceScore) {
    return {
      frame: { ...empty, quality: 'low-confidence', faceScore: face.score },
      depthScale: null,
    };
  }
  const pose = headPoseFromMesh(
    face.mesh,
    reference,
    options.initialDepthScale ? { initialDepthScale: options.initialDepthScale } : {},
  );
  const faceSize = pose.scale * referenceSize(reference);
  if (!(pose.fitResidualPx <= maximumRelativeFitResidual * faceSize)) {
    return {
      frame: { ...empty, quality: 'low-confidence', faceScore: face.score },
      depthScale: null,
    };
  }
  const eyes = eyeOpenness(face.mesh);
  const measurement: FrameMeasurement = {
    ...empty,
    quality: 'ok',
    faceScore: face.score,
    yawDeg: pose.yawDeg,
    pitchDeg: pose.pitchDeg,
    rollDeg: pose.rollDeg,
    eyeOpennessLeft: eyes.left,
    eyeOpennessRight: eyes.right,
    eyeWidthLeftPx: eyes.leftWidthPx,
    eyeWidthRightPx: eyes.rightWidthPx,
  };
  if (shoulders) {
    const trunk = headOnTrunk(shoulders, pose.rollDeg, meshCentre(face.mesh), {
      x: face.mesh[3 * chin] ?? 0,
      y: face.mesh[3 * chin + 1] ?? 0,
    });
    measurement.headTiltToShouldersDeg = trunk.headTiltToShouldersDeg;
    measurement.lateralShift = trunk.lateralShift;
    measurement.chinAboveShoulders = trunk.chinAboveShoulders;
  }
  return { frame: measurement, depthScale: pose.depthScale };
}

function meshCentre(mesh: ArrayLike<number>): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let i = 0; i < faceMeshPointCount; i++) {
    x += mesh[3 * i] ?? 0;
    y += mesh[3 * i + 1] ?? 0;
  }
  return { x: x / faceMeshPointCount, y: y / faceMeshPointCount };
}

const sizeCache = new WeakMap<ReferenceFace, number>();

/** Root-mean-square radius of the reference mesh, in reference units. */
function referenceSize(reference: ReferenceFace): number {
  const cached = sizeCache.get(reference);
  if (cached !== undefined) return cached;
  let sum = 0;
  for (let i = 0; i < faceMeshPointCount * 3; i++) sum += (reference.points[i] ?? 0) ** 2;
  const size = Math.sqrt(sum / faceMeshPointCount);
  sizeCache.set(reference, size);
  return size;
}
