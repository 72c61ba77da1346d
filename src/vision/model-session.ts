import type { Tensor, Tensor3D, Tensor4D } from '@tensorflow/tfjs-core';
import type { Human } from '@vladmandic/human';
import { faceMeshPointCount } from '../motion/face-mesh-points.ts';
import {
  anchorPlay,
  boundingBoxCentre,
  type CropPlacement,
  followWithPlay,
  frameOf,
  type Point,
  pictureToFrame,
  tiltWithPlay,
} from './face-crop.ts';
import { detectorEveryNthFrame, trackingCacheSensitivity } from './model-config.ts';
import { type ModelObservation, observationFromResult } from './model-observation.ts';
import { eyeLineAngle } from './upright-head.ts';

type Tf = typeof import('@tensorflow/tfjs-core');

/**
 * One model session over a stream of frames, the same in the browser and in Node: the frame is
 * stood upright about the last face (upright-head.ts), the models run, and the landmarks are
 * turned back into the frame's own coordinates.
 */
export interface ModelSession {
  /**
   * `frame` is an int32 or float32 [height, width, 3] tensor; it is not disposed here.
   * `frameIndex` is the frame's place in its video: a frame that does not follow the previous
   * one (or has no index) carries nothing over from it, and the face detector runs instead of
   * tracking. The detector also runs on every 30th frame of the video, counted by index, so
   * Node's workers and the browser's single session detect on the same frames.
   */
  observe(frame: Tensor3D, withBody: boolean, frameIndex?: number): Promise<ModelObservation>;
}

/**
 * The placement of a tracked frame: the picture is moved by whole pixels only (the anchor
 * rounded to within half a pixel), so a move is a copy of pixels, never a resampling.
 */
function tracking(tilt: number, anchor: Point, boxCentre: Point): CropPlacement {
  const whole = {
    x: boxCentre.x - Math.round(boxCentre.x - anchor.x),
    y: boxCentre.y - Math.round(boxCentre.y - anchor.y),
  };
  return { tilt, anchor: whole, boxCentre };
}

/**
 * The picture Human is given, made by one of tfjs' own image kernels (a pad and a slice, or the
 * general tf.image.transform, cost 20-40 ms more a frame on one core here). A turn is one
 * rotateWithOffset about the point that turns the anchor onto the crop centre; a move without a
 * turn is one cropAndResize that copies the frame whole pixels aside. Call inside tf.tidy().
 */
function picture(tf: Tf, frame: Tensor3D, placement: CropPlacement): Tensor {
  const [height = 1, width = 1] = frame.shape;
  // A cast to the dtype a tensor already has is still a full copy in the WASM backend.
  const pixels = frame.dtype === 'float32' ? frame : tf.cast(frame, 'float32');
  const batch = tf.expandDims(pixels, 0) as Tensor4D;
  const { tilt, anchor, boxCentre } = placement;
  if (tilt !== 0) {
    const pivot = turnPivot(tilt, anchor, boxCentre);
    // Positive radians turn the picture counter-clockwise on screen: by the head's clockwise
    // tilt, that stands the head up.
    return tf.image.rotateWithOffset(batch, tilt, 0, [pivot.x / width, pivot.y / height]);
  }
  // Output pixel (i, j) samples the frame at (i - dy, j - dx): whole pixels, nothing resampled.
  const dx = boxCentre.x - anchor.x;
  const dy = boxCentre.y - anchor.y;
  const top = -dy / (height - 1);
  const left = -dx / (width - 1);
  return tf.image.cropAndResize(
    batch,
    tf.tensor2d([[top, left, top + 1, left + 1]], [1, 4]),
    [0],
    [height, width],
    'bilinear',
    0,
  );
}

/**
 * Centre c of the turn by `tilt` that takes `anchor` to `boxCentre`: Rot(-t)(a - c) + c = b,
 * so c = a + (I - Rot(-t))^-1 (b - a). (I - Rot(-t)) is invertible for any tilt that is not 0.
 */
function turnPivot(tilt: number, anchor: Point, boxCentre: Point): Point {
  const c = Math.cos(-tilt);
  const s = Math.sin(-tilt);
  // I - Rot(-t) = [[1 - c, s], [-s, 1 - c]]; its inverse is [[1 - c, -s], [s, 1 - c]] / det.
  const det = (1 - c) * (1 - c) + s * s;
  const bx = boxCentre.x - anchor.x;
  const by = boxCentre.y - anchor.y;
  return {
    x: anchor.x + ((1 - c) * bx - s * by) / det,
    y: anchor.y + (s * bx + (1 - c) * by) / det,
  };
}

export function createModelSession(human: Human): ModelSession {
  const tf = human.tf as Tf;
  let tilt = 0;
  let anchor: Point | null = null;
  /** Human's next crop centre in the coordinates of the last picture; null: detector next. */
  let crop: Point | null = null;
  let lastIndex: number | undefined;
  return {
    async observe(frame, withBody, frameIndex) {
      const [height = 1, width = 1] = frame.shape;
      const follows =
        frameIndex !== undefined && lastIndex !== undefined && frameIndex === lastIndex + 1;
      lastIndex = frameIndex;
      if (!follows) {
        tilt = 0;
        anchor = null;
        crop = null;
      }
      // The detector runs on a fixed cadence of frames (never wall-clock time) and whenever the
      // face was lost; Human tracks in between. A cache sensitivity of 0 makes Human detect.
      const detect = crop === null || !follows || (frameIndex ?? 0) % detectorEveryNthFrame === 0;
      const cacheSensitivity = detect ? 0 : trackingCacheSensitivity;
      const still = { x: 0, y: 0 };
      const upright = anchor !== null && tilt !== 0;
      const placement: CropPlacement = detect
        ? upright && anchor
          ? { tilt, anchor, boxCentre: anchor }
          : { tilt: 0, anchor: still, boxCentre: still }
        : tracking(upright ? tilt : 0, anchor ?? crop ?? still, crop ?? still);
      const moved =
        placement.tilt !== 0 ||
        placement.anchor.x !== placement.boxCentre.x ||
        placement.anchor.y !== placement.boxCentre.y;
      const owned: Tensor[] = [];
      try {
        let input: Tensor = frame;
        if (moved) {
          // Handed over as [height, width, 3]: Human copies a 4-D input whole before using it.
          input = tf.tidy(() => tf.squeeze(picture(tf, frame, placement), [0]));
          owned.push(input);
        }
        // Human merges per-call settings into its config, so every call states both models.
        // The body model always sees the frame as filmed: MoveNet misplaced the shoulders of a
        // turned frame by tens of pixels, and the trunk is usually upright when the head is not.
        const bodyOnly = { cacheSensitivity, face: { enabled: false }, body: { enabled: true } };
        const faceOnly = { cacheSensitivity, face: { enabled: true }, body: { enabled: false } };
        let body: ModelObservation['body'] = null;
        if (withBody && moved) {
          const seen = await human.detect(frame as never, bodyOnly);
          if ('error' in seen && seen.error) throw new Error(`body model failed: ${seen.error}`);
          body = observationFromResult(seen, true).body;
        }
        const both = { cacheSensitivity, face: { enabled: true }, body: { enabled: withBody } };
        const result = await human.detect(input as never, moved ? faceOnly : both);
        if ('error' in result && result.error)
          throw new Error(`face model failed: ${result.error}`);
        const observation = observationFromResult(result, withBody && !moved);
        if (moved) observation.body = withBody ? body : null;
        const face = observation.face;
        if (!face) {
          tilt = 0;
          anchor = null;
          crop = null;
          return observation;
        }
        const next = boundingBoxCentre(face.mesh, faceMeshPointCount);
        const boxWidth = result.face[0]?.box[2] ?? 0;
        if (moved) pictureToFrame(face.mesh, 3, placement);
        const faceInFrame = frameOf(next, placement);
        anchor = followWithPlay(anchor, faceInFrame, anchorPlay * boxWidth);
        tilt = tiltWithPlay(tilt, eyeLineAngle(face.mesh));
        // Each held anchor moves the picture a little against the frame; once it has drifted by
        // a quarter of the frame, the face is found afresh rather than let it leave the picture.
        const drifted =
          Math.abs(next.x - faceInFrame.x) >= width / 4 ||
          Math.abs(next.y - faceInFrame.y) >= height / 4;
        crop = drifted ? null : next;
        return observation;
      } finally {
        for (const t of owned) t.dispose();
      }
    },
  };
}
