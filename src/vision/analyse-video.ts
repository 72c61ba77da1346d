import { type FrameMeasurement, measureFrame } from '../motion/frame-measurement.ts';
import { referenceFace } from '../motion/reference-face.ts';
import { summariseVideo, type VideoMeasurements } from '../motion/video-analysis.ts';
import { decodedFrameSize, type FrameSize, readFrames } from './frame-source.ts';
import type { ModelObservation } from './model-observation.ts';
import { probeVideo, type VideoInfo } from './video-probe.ts';
import { type ObservationPool, startObservationPool } from './worker-pool.ts';

export interface AnalysisProgress {
  framesDone: number;
  /** Expected number of frames (from the container; may be approximate). */
  framesExpected: number | null;
  elapsedSec: number;
}

export interface AnalysisOptions {
  /** Worker threads; default one per core. */
  workers?: number;
  /** How often the body model (shoulders) runs, per second of video: posture changes slowly. */
  bodyRateHz?: number;
  maxLongSide?: number;
  onProgress?: (progress: AnalysisProgress) => void;
  /** A pool already started (benchmarks, batches): reused and left open. */
  pool?: ObservationPool;
}

export interface VideoAnalysisRun {
  video: VideoInfo & { analysedWidth: number; analysedHeight: number };
  measurements: VideoMeasurements;
  processing: {
    frames: number;
    /** Wall time from the first decoded frame to the measurements, seconds (model loading apart). */
    seconds: number;
    framesPerSecond: number;
    /** Time to start the worker threads and load the models, seconds (0 with a shared pool). */
    modelLoadSec: number;
    workers: number;
    bodyRateHz: number;
  };
}

export class NoFaceError extends Error {
  constructor(readonly frames: number) {
    super(`no face was found in any of the ${frames} frames`);
    this.name = 'NoFaceError';
  }
}

/** Default body-model rate: shoulders every ~0.2 s is plenty for a posture that changes slowly. */
export const defaultBodyRateHz = 5;

/**
 * The whole pipeline on one video file: probe, decode (ffmpeg), models (worker threads), per-frame
 * measurements and summaries (src/motion, the same code the browser runs).
 */
export async function analyseVideoFile(
  file: string,
  options: AnalysisOptions = {},
): Promise<VideoAnalysisRun> {
  const info = await probeVideo(file);
  const size: FrameSize = decodedFrameSize(info, options.maxLongSide);
  const loadStarted = performance.now();
  const pool = options.pool ?? (await startObservationPool(options.workers));
  const modelLoadSec = (performance.now() - loadStarted) / 1000;
  const started = performance.now();
  const bodyRateHz = options.bodyRateHz ?? defaultBodyRateHz;
  // Frames are measured in frame order as soon as all earlier ones are back, so the result does
  // not depend on which worker finished first and the measuring overlaps the models.
  const measurer = createFrameMeasurer();
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = pool.size * 2;
  let done = 0;
  let bodyFrames = 0;
  let nextBodyTime = 0;
  const expected =
    info.frameCountHint ??
    (info.durationSec && info.averageFrameRate
      ? Math.round(info.durationSec * info.averageFrameRate)
      : null);
  try {
    for await (const frame of readFrames(info, { maxLongSide: options.maxLongSide })) {
      const withBody = frame.timeSec >= nextBodyTime - 1e-6;
      if (withBody) {
        nextBodyTime = frame.timeSec + 1 / bodyRateHz;
        bodyFrames++;
      }
      const job = pool
        .observe(frame.rgb, frame.width, frame.height, withBody, frame.index)
        .then((observation) => {
          measurer.add(frame.index, frame.timeSec, observation);
          done++;
          options.onProgress?.({
            framesDone: done,
            framesExpected: expected,
            elapsedSec: (performance.now() - started) / 1000,
          });
        });
      const tracked: Promise<void> = job.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    if (!options.pool) await pool.close();
  }
  const frames = measurer.frames;
  if (frames.length === 0) throw new Error('the video has no frames that ffmpeg could decode');
  if (!frames.some((f) => f.quality === 'ok')) throw new NoFaceError(frames.length);
  const seconds = (performance.now() - started) / 1000;
  return {
    video: { ...info, analysedWidth: size.width, analysedHeight: size.height },
    measurements: summariseVideo(frames, bodyFrames),
    processing: {
      frames: frames.length,
      seconds,
      framesPerSecond: frames.length / seconds,
      modelLoadSec,
      workers: pool.size,
      bodyRateHz,
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
