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
  let bodyOn = true;
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
        // Human merges per-call settings into its config, so only send a change.
        const override = withBody === bodyOn ? undefined : { body: { enabled: withBody } };
        bodyOn = withBody;
        const result = await human.detect(input as never, override);
        if ('error' in result && result.error)
          throw new Error(`face model failed: ${result.error}`);
        const observation = observationFromResult(result, withBody);
        if (correction !== 0) {
          if (observation.face) turnPointsClockwise(observation.face.mesh, 3, correction, pivot);
          for (const k of observation.body ?? []) {
            const p = [k.x, k.y];
            turnPointsClockwise(p, 2, correction, pivot);
            k.x = p[0] ?? k.x;
            k.y = p[1] ?? k.y;
          }
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
