import { summariseVideo, type VideoMeasurements } from '../motion/video-analysis.ts';
import {
  createBodySchedule,
  createFrameMeasurer,
  defaultBodyRateHz,
  NoFaceError,
} from './frame-measurer.ts';
import { decodedFrameSize, type FrameSize, readFrames } from './frame-source.ts';
import { probeVideo, type VideoInfo } from './video-probe.ts';
import { type ObservationPool, startObservationPool } from './worker-pool.ts';

// The per-frame measuring is shared with the browser (analyse-video-in-browser.ts).
export {
  createBodySchedule,
  createFrameMeasurer,
  defaultBodyRateHz,
  maxShoulderAgeSec,
  NoFaceError,
} from './frame-measurer.ts';

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
  const maxInFlight = pool.framesInFlight;
  let done = 0;
  const body = createBodySchedule(bodyRateHz);
  const expected =
    info.frameCountHint ??
    (info.durationSec && info.averageFrameRate
      ? Math.round(info.durationSec * info.averageFrameRate)
      : null);
  try {
    for await (const frame of readFrames(info, {
      maxLongSide: options.maxLongSide,
      buffers: pool.frameBuffers,
    })) {
      const withBody = body.runsOn(frame.timeSec);
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
    measurements: summariseVideo(frames, body.frames),
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
