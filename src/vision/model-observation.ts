import type { Result } from '@vladmandic/human';
import { faceMeshPointCount } from '../motion/face-mesh-points.ts';
import type { BodyKeypoint } from '../motion/shoulder-line.ts';
import { faceMeshCropSize } from './model-config.ts';

/** What the models saw in one frame, transferable between threads (plain data only). */
export interface ModelObservation {
  face: { mesh: Float64Array; score: number } | null;
  body: BodyKeypoint[] | null;
}

/**
 * Converts Human's result to pixel-true landmarks. The mesh's x and y are already in frame
 * pixels; its z is in units of the 192-pixel model crop, so it is scaled by the face box width
 * over 192 (DESIGN.md). The head-pose fit refines that depth scale per frame.
 */
export function observationFromResult(
  result: Pick<Result, 'face' | 'body'>,
  bodyRan: boolean,
): ModelObservation {
  const face = result.face[0];
  let faceObservation: ModelObservation['face'] = null;
  if (face && face.mesh.length >= faceMeshPointCount) {
    const depthScale = (face.box[2] || 1) / faceMeshCropSize;
    const mesh = new Float64Array(faceMeshPointCount * 3);
    for (let i = 0; i < faceMeshPointCount; i++) {
      const p = face.mesh[i];
      mesh[3 * i] = p?.[0] ?? 0;
      mesh[3 * i + 1] = p?.[1] ?? 0;
      mesh[3 * i + 2] = (p?.[2] ?? 0) * depthScale;
    }
    faceObservation = { mesh, score: face.score };
  }
  let body: BodyKeypoint[] | null = null;
  const person = result.body[0];
  if (bodyRan) {
    body = person
      ? person.keypoints.map((k) => ({
          part: k.part,
          x: k.position[0] ?? 0,
          y: k.position[1] ?? 0,
          score: k.score,
        }))
      : [];
  }
  return { face: faceObservation, body };
}
