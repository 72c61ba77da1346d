import { type Blinks, detectBlinks } from './blinks.ts';
import type { FrameMeasurement } from './frame-measurement.ts';
import { estimateJrsFrequency, type JrsFrequencyEstimate } from './jrs-estimate.ts';
import { type PostureSummary, summarisePosture } from './posture-summary.ts';
import { type HeadTremor, headTremor } from './tremor-spectrum.ts';
import { estimateTwstrs, type TwstrsEstimate } from './twstrs-estimate.ts';

export const careDisclaimer =
  'Tonus supports care; it does not diagnose. Every score here is an estimate from video, with its uncertainty, for a clinician to check.';

/** Below this share of frames with a usable face the report carries a quality warning. */
export const partialFaceWarningRatio = 0.8;

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
  frames: FrameMeasurement[],
  bodyFrameCount?: number,
): VideoMeasurements {
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
  if (count > 0 && quality.shouldersFoundRatio < 0.5) {
    quality.warnings.push(
      'Shoulders were seen in less than half of the frames: shoulder and shift items are less certain or missing.',
    );
  }
  const times = frames.map((f) => f.timeSec);
  const tremor = headTremor({
    timesSec: times,
    yaw: frames.map((f) => f.yawDeg),
    pitch: frames.map((f) => f.pitchDeg),
    roll: frames.map((f) => f.rollDeg),
  });
  const blinks = detectBlinks({
    timesSec: times,
    left: frames.map((f) => f.eyeOpennessLeft),
    right: frames.map((f) => f.eyeOpennessRight),
    leftWidthPx: frames.map((f) => f.eyeWidthLeftPx),
    rightWidthPx: frames.map((f) => f.eyeWidthRightPx),
  });
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
