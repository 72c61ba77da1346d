import type { Config } from '@vladmandic/human';

/**
 * Human (3.3.6) settings shared by the browser and Node, so both run the same models the same
 * way: face detector + 468-point mesh, MoveNet Lightning for shoulders, everything else off.
 *
 * - Tracking instead of detection: the face detector (BlazeFace on the whole frame) costs about
 *   three times the mesh itself, so, like MediaPipe, the mesh crop of a frame comes from the
 *   previous frame's mesh and the detector runs again every 30 frames or when the face is lost.
 *   Tonus, not Human, decides when (model-session.ts), and places the crop (face-crop.ts).
 *   Human allows that only when its frame-similarity cache says so, so the cache threshold is set
 *   so high that it always does; nothing else is cached: the mesh runs on every frame and the
 *   body model (`skipFrames: 0`) on every frame it is asked to.
 * - strong head tilts (laterocollis up to 40° and beyond): the frame is turned so the head is
 *   upright before the model sees it (upright-head.ts), instead of Human's own correction.
 * - iris on: it refines the eyelid points. Without it a rendered full closure only moved the
 *   lid-gap ratio from 0.33 to 0.25 (too little to tell from noise); with it from 0.40 to about
 *   0.20. It costs roughly a quarter more time per frame.
 */
export function modelConfig(modelBasePath: string, wasmPath: string): Partial<Config> {
  const off = { enabled: false };
  return {
    backend: 'wasm',
    wasmPath,
    modelBasePath,
    debug: false,
    async: false,
    warmup: 'none',
    cacheSensitivity: trackingCacheSensitivity,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: {
        enabled: true,
        // Tonus stands the head up itself (upright-head.ts); Human's own correction uses the
        // detector's angle, which goes stale between detections.
        rotation: false,
        maxDetected: 1,
        minConfidence: 0.2,
        return: false,
        // Tonus decides when the detector runs (model-session.ts); Human never skips it on its own.
        skipFrames: Number.MAX_SAFE_INTEGER,
        // Frame count only, never wall-clock time: results must not depend on machine speed.
        skipTime: Number.MAX_SAFE_INTEGER,
      },
      mesh: { enabled: true },
      iris: { enabled: true },
      attention: off,
      description: off,
      emotion: off,
      antispoof: off,
      liveness: off,
      gear: off,
    },
    body: {
      enabled: true,
      modelPath: 'movenet-lightning.json',
      maxDetected: 1,
      minConfidence: 0.2,
      // Never a cached body: the body model runs exactly on the frames it is asked to.
      skipFrames: 0,
      skipTime: 0,
    },
    hand: off,
    object: off,
    gesture: off,
    segmentation: off,
  } as Partial<Config>;
}

/** Human's frame-cache threshold set so high that it always allows tracking (see above). */
export const trackingCacheSensitivity = 1e9;

/**
 * The face detector runs on one frame in this many; the mesh tracks the face from its own last
 * position in between (and the detector runs at once when the face is lost).
 */
export const detectorEveryNthFrame = 30;

/** The face mesh model's input crop, pixels: its depth values are in units of this crop. */
export const faceMeshCropSize = 192;
