/**
 * From what the models saw to per-frame measurements, the same in Node (analyse-video.ts) and in
 * the browser (analyse-video-in-browser.ts): no I/O here, so both import it.
 */
import { type FrameMeasurement, measureFrame } from '../motion/frame-measurement.ts';
import { referenceFace } from '../motion/reference-face.ts';
import type { ModelObservation } from './model-observation.ts';

export class NoFaceError extends Error {
  constructor(readonly frames: number) {
    super(`no face was found in any of the ${frames} frames`);
    this.name = 'NoFaceError';
  }
}

/**
 * Default body-model rate: shoulders every 0.4 s. The trunk changes slowly and the shoulder line
 * is taken as a median over ±5 s anyway (steady-shoulders.ts); on the test videos 2.5/s gave the
 * same TWSTRS items as 5/s with shoulder medians within 0.7°, and the body model (about 25 ms a
 * run on one core, more than the face mesh) then costs half as much of every second of video.
 */
export const defaultBodyRateHz = 2.5;

/**
 * Which frames the body model runs on: the first, then the first frame at least 1/rate seconds
 * after the last one it ran on (by true frame times, so a variable frame rate is fine).
 */
export function createBodySchedule(rateHz = defaultBodyRateHz): {
  /** Whether the body model runs on the frame at `timeSec`; call once per frame, in order. */
  runsOn(timeSec: number): boolean;
  /** Frames the body model ran on so far. */
  readonly frames: number;
} {
  let next = 0;
  let frames = 0;
  return {
    runsOn(timeSec) {
      if (timeSec < next - 1e-6) return false;
      next = timeSec + 1 / rateHz;
      frames++;
      return true;
    },
    get frames() {
      return frames;
    },
  };
}

/** Body keypoints older than this are not used for the frames in between body-model runs. */
export const maxShoulderAgeSec = 0.5;

/**
 * Per-frame measurements in frame order, fed out of order. The body model runs a few times a
 * second; frames in between use the latest body keypoints within 0.5 s for the head-on-trunk
 * measures only (a sample-and-hold of a slow signal, said here because everywhere else gaps
 * stay gaps).
 */
export function createFrameMeasurer(): {
  add(index: number, timeSec: number, observation: ModelObservation): void;
  readonly frames: FrameMeasurement[];
} {
  const frames: FrameMeasurement[] = [];
  const waiting = new Map<number, { timeSec: number; observation: ModelObservation }>();
  let next = 0;
  let depthScale: number | undefined;
  let recent: { timeSec: number; body: NonNullable<ModelObservation['body']> } | null = null;
  const measureOne = ({
    timeSec,
    observation,
  }: {
    timeSec: number;
    observation: ModelObservation;
  }) => {
    if (observation.body) recent = { timeSec, body: observation.body };
    const recentBody =
      recent && timeSec - recent.timeSec <= maxShoulderAgeSec ? recent.body : undefined;
    const measured = measureFrame(
      { timeSec, face: observation.face, body: observation.body },
      referenceFace,
      {
        ...(depthScale ? { initialDepthScale: depthScale } : {}),
        ...(recentBody ? { recentBody } : {}),
      },
    );
    if (measured.depthScale !== null) depthScale = measured.depthScale;
    frames.push(measured.frame);
  };
  return {
    add(index, timeSec, observation) {
      waiting.set(index, { timeSec, observation });
      for (let item = waiting.get(next); item; item = waiting.get(next)) {
        waiting.delete(next);
        measureOne(item);
        next++;
      }
    },
    frames,
  };
}
