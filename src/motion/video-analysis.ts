import { type Blinks, detectBlinks } from './blinks.ts';
import type { FrameMeasurement } from './frame-measurement.ts';
import { estimateJrsFrequency, type JrsFrequencyEstimate } from './jrs-estimate.ts';
import { type PostureSummary, summarisePosture } from './posture-summary.ts';
import { withSteadyShoulderTilt } from './steady-shoulders.ts';
import { type HeadTremor, headTremor } from './tremor-spectrum.ts';
import { estimateTwstrs, type TwstrsEstimate } from './twstrs-estimate.ts';

export const careDisclaimer =
  'Tonus supports care; it does not diagnose. Every score here is an estimate from video, with its uncertainty, for a clinician to check.';

/** Longest stretch of blink frames bridged in the tremor series, seconds. */
export const blinkBridgeSec = 0.6;

/** Below this share of frames with a usable face the report carries a quality warning. */
export const partialFaceWarningRatio = 0.8;

/** Below this share of frames with the shoulders seen, a warning says so. */
export const fewShouldersRatio = 0.5;

export interface MeasurementQuality {
  frameCount: number;
  /** Share of frames with a face measured well enough to use. */
  faceFoundRatio: number;
  lowConfidenceRatio: number;
  /** Share of frames in which the shoulders were seen (the body model may run on fewer frames). */
  shouldersFoundRatio: number;
  warnings: string[];
}

export interface VideoMeasurements {
  disclaimer: string;
  quality: MeasurementQuality;
  posture: PostureSummary;
  twstrs: TwstrsEstimate;
  tremor: HeadTremor;
  blinks: Omit<Blinks, 'relativeOpenness'> & { jrsFrequency: JrsFrequencyEstimate };
  /** Per-frame series; nulls are gaps (face lost or unreliable), never a repeated last value. */
  frames: FrameMeasurement[];
}

/** Everything Tonus measures from a video, from its per-frame measurements. */
export function summariseVideo(
  measured: FrameMeasurement[],
  bodyFrameCount?: number,
): VideoMeasurements {
  const frames = withSteadyShoulderTilt(measured);
  const count = frames.length;
  const ok = frames.filter((f) => f.quality === 'ok').length;
  const low = frames.filter((f) => f.quality === 'low-confidence').length;
  const shoulders = frames.filter((f) => f.shoulderLineDeg !== null).length;
  const bodyFrames = bodyFrameCount ?? count;
  const quality: MeasurementQuality = {
    frameCount: count,
    faceFoundRatio: count ? ok / count : 0,
    lowConfidenceRatio: count ? low / count : 0,
    shouldersFoundRatio: bodyFrames ? Math.min(1, shoulders / bodyFrames) : 0,
    warnings: [],
  };
  if (count > 0 && quality.faceFoundRatio < partialFaceWarningRatio) {
    quality.warnings.push(
      `A face was measured in only ${Math.round(quality.faceFoundRatio * 100)} % of the frames; results describe those frames only.`,
    );
  }
  if (count > 0 && quality.shouldersFoundRatio < fewShouldersRatio) {
    quality.warnings.push(
      'Shoulders were seen in less than half of the frames: shoulder and shift items are less certain or missing.',
    );
  }
  const times = frames.map((f) => f.timeSec);
  const blinks = detectBlinks({
    timesSec: times,
    left: frames.map((f) => f.eyeOpennessLeft),
    right: frames.map((f) => f.eyeOpennessRight),
    leftWidthPx: frames.map((f) => f.eyeWidthLeftPx),
    rightWidthPx: frames.map((f) => f.eyeWidthRightPx),
  });
  // The face mesh moves a little as a whole while the eyes close (a blink reads as a brief nod
  // of a degree or more), so blink frames are left out of the tremor spectrum and the series
  // bridged across them by interpolation; a lost face still splits the series.
  const step = frames.length > 1 ? (times[times.length - 1] ?? 0) / (frames.length - 1) : 1 / 30;
  const duringBlink = (t: number) =>
    blinks.events.some((e) => t >= e.startSec - 1.5 * step && t <= e.endSec + 2.5 * step);
  const tremorFrames = frames.filter((f) => !duringBlink(f.timeSec));
  const tremor = headTremor(
    {
      timesSec: tremorFrames.map((f) => f.timeSec),
      yaw: tremorFrames.map((f) => f.yawDeg),
      pitch: tremorFrames.map((f) => f.pitchDeg),
      roll: tremorFrames.map((f) => f.rollDeg),
    },
    { maxGapSec: blinkBridgeSec },
  );
  const { relativeOpenness: _relative, ...blinkSummary } = blinks;
  return {
    disclaimer: careDisclaimer,
    quality,
    posture: summarisePosture(frames),
    twstrs: estimateTwstrs(frames),
    tremor,
    blinks: { ...blinkSummary, jrsFrequency: estimateJrsFrequency(blinks) },
    frames,
  };
}
