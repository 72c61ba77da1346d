import type { Tensor, Tensor3D, Tensor4D } from '@tensorflow/tfjs-core';
import type { Human } from '@vladmandic/human';
import { type ModelObservation, observationFromResult } from './model-observation.ts';
import {
  eyeLineAngle,
  meshCentre,
  minimumCorrectionRad,
  turnPointsClockwise,
} from './upright-head.ts';

type Tf = typeof import('@tensorflow/tfjs-core');

/**
 * One model session over a stream of frames, the same in the browser and in Node: the frame is
 * stood upright about the last face (upright-head.ts), the models run, and the landmarks are
 * turned back into the frame's own coordinates.
 */
export interface ModelSession {
  /** `frame` is an int32 or float32 [height, width, 3] tensor; it is not disposed here. */
  observe(frame: Tensor3D, withBody: boolean): Promise<ModelObservation>;
}

export function createModelSession(human: Human): ModelSession {
  const tf = human.tf as Tf;
  let tilt = 0;
  let centre: { x: number; y: number } | null = null;
  return {
    async observe(frame, withBody) {
      const [height = 1, width = 1] = frame.shape;
      const owned: Tensor[] = [];
      try {
        let input: Tensor = frame;
        const correction = centre && Math.abs(tilt) >= minimumCorrectionRad ? tilt : 0;
        const pivot = centre ?? { x: width / 2, y: height / 2 };
        if (correction !== 0) {
          // rotateWithOffset turns the picture counter-clockwise on screen for positive radians,
          // so turning it by the head's clockwise tilt stands the head up.
          // tidy() frees the float copy and the batch view; only the turned frame is kept.
          input = tf.tidy(() =>
            tf.image.rotateWithOffset(
              tf.expandDims(tf.cast(frame, 'float32'), 0) as Tensor4D,
              correction,
              0,
              [pivot.x / width, pivot.y / height],
            ),
          );
          owned.push(input);
        }
        // Human merges per-call settings into its config, so every call states both models.
        // The body model always sees the frame as filmed: MoveNet misplaced the shoulders of a
        // turned frame by tens of pixels, and the trunk is usually upright when the head is not.
        const bodyOnly = { face: { enabled: false }, body: { enabled: true } };
        const faceOnly = { face: { enabled: true }, body: { enabled: false } };
        let body: ModelObservation['body'] = null;
        if (withBody && correction !== 0) {
          const seen = await human.detect(frame as never, bodyOnly);
          if ('error' in seen && seen.error) throw new Error(`body model failed: ${seen.error}`);
          body = observationFromResult(seen, true).body;
        }
        const both = { face: { enabled: true }, body: { enabled: withBody && correction === 0 } };
        const result = await human.detect(input as never, correction !== 0 ? faceOnly : both);
        if ('error' in result && result.error)
          throw new Error(`face model failed: ${result.error}`);
        const observation = observationFromResult(result, withBody && correction === 0);
        if (correction !== 0) {
          if (observation.face) turnPointsClockwise(observation.face.mesh, 3, correction, pivot);
          observation.body = body;
        }
        if (observation.face) {
          tilt = eyeLineAngle(observation.face.mesh);
          centre = meshCentre(observation.face.mesh);
        } else {
          tilt = 0;
          centre = null;
        }
        return observation;
      } finally {
        for (const t of owned) t.dispose();
      }
    },
  };
}
