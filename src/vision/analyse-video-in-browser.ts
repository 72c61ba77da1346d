/**
 * The whole video check in the browser, on the device: the browser decodes the file
 * (video-element-frames.ts), Human runs on the WASM backend (human-browser.ts, the models served
 * by the Tonus server itself), and the measurements and summaries are those of Node's
 * analyse-video.ts (frame-measurer.ts, src/motion). Nothing is sent anywhere.
 *
 * The models run on the page's own thread: each frame's model work blocks it for tens of
 * milliseconds, and the page handles input (the Cancel button) between frames, while the
 * browser seeks to the next one.
 *
 * @example
 * const run = await analyseVideoInBrowser(file, { video, signal, onProgress: console.log });
 * run.measurements.tremor.peakHz;
 */
import {
  fewShouldersRatio,
  partialFaceWarningRatio,
  summariseVideo,
  type VideoMeasurements,
} from '../motion/video-analysis.ts';
import { modelFilesPath, wasmFilesPath } from './browser-model-files.ts';
import {
  createBodySchedule,
  createFrameMeasurer,
  defaultBodyRateHz,
  NoFaceError,
} from './frame-measurer.ts';
import { decodedFrameSize } from './frame-size.ts';
import { type BrowserModel, loadBrowserModel } from './human-browser.ts';
import { framesBySeeking, openVideo, UnplayableVideoError } from './video-element-frames.ts';

export { NoFaceError, UnplayableVideoError };

export interface BrowserAnalysisProgress {
  framesDone: number;
  /** Media time reached, and the video's length, seconds. */
  mediaTimeSec: number;
  durationSec: number;
  /** Wall time since the first frame, seconds. */
  elapsedSec: number;
}

export interface BrowserAnalysisOptions {
  /** The element that decodes the file; a page may show it. A hidden one is made otherwise. */
  video?: HTMLVideoElement;
  signal?: AbortSignal;
  onProgress?: (progress: BrowserAnalysisProgress) => void;
  /** Called once the models are loaded and the first frame is being measured. */
  onModelReady?: () => void;
  bodyRateHz?: number;
}

export interface BrowserVideoAnalysis {
  video: { durationSec: number; width: number; height: number };
  measurements: VideoMeasurements;
  /**
   * The quality warnings of `measurements.quality.warnings` as flags, for a page to word in
   * its own language: a face in too few frames, the shoulders in too few.
   */
  qualityNotes: { fewFaces: boolean; fewShoulders: boolean };
  processing: {
    frames: number;
    /** Wall time from the first frame to the measurements, seconds (model loading apart). */
    seconds: number;
    framesPerSecond: number;
    /** Of `seconds`, the time spent waiting for the next frame to be decoded (the rest: models). */
    waitingForFramesSec: number;
    modelLoadSec: number;
    analysedWidth: number;
    analysedHeight: number;
    bodyRateHz: number;
  };
}

let modelLoading: Promise<BrowserModel> | null = null;

/** The models load once per page (about 10 MB, then from the browser's cache). */
function browserModel(): Promise<BrowserModel> {
  modelLoading ??= loadBrowserModel({
    modelBaseUrl: modelFilesPath,
    wasmBaseUrl: wasmFilesPath,
  }).catch((error: unknown) => {
    modelLoading = null;
    throw error;
  });
  return modelLoading;
}

export async function analyseVideoInBrowser(
  file: Blob,
  options: BrowserAnalysisOptions = {},
): Promise<BrowserVideoAnalysis> {
  const { signal } = options;
  const video = options.video ?? document.createElement('video');
  const url = URL.createObjectURL(file);
  try {
    const opened = await openVideo(video, url, signal);
    const size = decodedFrameSize({ displayWidth: opened.width, displayHeight: opened.height });
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!context) throw new Error('this browser cannot draw video frames onto a canvas');
    context.imageSmoothingQuality = 'high';

    const loadStarted = performance.now();
    const model = await browserModel();
    const modelLoadSec = (performance.now() - loadStarted) / 1000;
    signal?.throwIfAborted();
    options.onModelReady?.();

    const bodyRateHz = options.bodyRateHz ?? defaultBodyRateHz;
    const body = createBodySchedule(bodyRateHz);
    const measurer = createFrameMeasurer();
    const started = performance.now();
    const draw = () => context.drawImage(video, 0, 0, size.width, size.height);
    const frames = framesBySeeking(video, opened.durationSec, draw, signal);
    // Time spent waiting for the next frame: seeking overlaps the models, so this is the part
    // of the decoding that the models did not hide.
    let waitingSec = 0;
    for (;;) {
      const asked = performance.now();
      const next = await frames.next();
      waitingSec += (performance.now() - asked) / 1000;
      if (next.done) break;
      const frame = next.value;
      // One session tracks every frame from the one before, as Node's workers do within their
      // blocks, and detects on the same frames (by index); a new video's frame 0 starts afresh.
      const observation = await model.observe(canvas, body.runsOn(frame.timeSec), frame.index);
      measurer.add(frame.index, frame.timeSec, observation);
      options.onProgress?.({
        framesDone: frame.index + 1,
        mediaTimeSec: frame.timeSec,
        durationSec: opened.durationSec,
        elapsedSec: (performance.now() - started) / 1000,
      });
      signal?.throwIfAborted();
    }
    const measured = measurer.frames;
    if (measured.length === 0) throw new UnplayableVideoError('the video has no frames to measure');
    if (!measured.some((f) => f.quality === 'ok')) throw new NoFaceError(measured.length);
    const seconds = (performance.now() - started) / 1000;
    const measurements = summariseVideo(measured, body.frames);
    const { quality } = measurements;
    return {
      video: opened,
      measurements,
      qualityNotes: {
        fewFaces: quality.faceFoundRatio < partialFaceWarningRatio,
        fewShoulders: quality.shouldersFoundRatio < fewShouldersRatio,
      },
      processing: {
        frames: measured.length,
        seconds,
        framesPerSecond: measured.length / seconds,
        waitingForFramesSec: waitingSec,
        modelLoadSec,
        analysedWidth: size.width,
        analysedHeight: size.height,
        bodyRateHz,
      },
    };
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}
