import type { VideoMeasurements } from '../../../motion/video-analysis.ts';

/**
 * The record a video check may be kept in: the patient's own (no name), or a record shared with
 * a clinician or caregiver who may add to it (with the person's name, said in every message).
 */
export interface KeepIn {
  patientId: string;
  name?: string;
}

/**
 * What a patient keeps of a video check in their record: the summary the device measured, in
 * the fields of `POST /api/patients/{id}/video-checks` (never the video, nor its frame series).
 * Type imports only from src/motion: its code stays in the lazily loaded chunk.
 */
export function videoCheckBody(
  measurements: VideoMeasurements,
  durationSec: number,
  measuredOn: string,
) {
  const { quality, posture, tremor, blinks, twstrs } = measurements;
  return {
    measuredOn,
    measurements: {
      durationSec,
      frameCount: quality.frameCount,
      faceFoundRatio: quality.faceFoundRatio,
      headPositionDeg: {
        yaw: posture.medianDeg.yaw,
        pitch: posture.medianDeg.pitch,
        roll: posture.medianDeg.roll,
      },
      tremor: {
        lookedFor: tremor.bandHz !== null && tremor.spectra.length > 0,
        detected: tremor.detected,
        peakHz: tremor.peakHz,
        powerDeg2PerHz: tremor.powerDeg2PerHz,
        amplitudeDeg: tremor.amplitudeDeg,
        axis: tremor.axis,
      },
      blinks: {
        count: blinks.count,
        ratePerMin: blinks.ratePerMin,
        closedFraction: blinks.closedFraction,
        longestClosureSec: blinks.longestClosureSec,
      },
      twstrs: Object.fromEntries(
        Object.entries(twstrs).map(([item, estimate]) => [
          item,
          { score: estimate.score, probabilities: estimate.probabilities },
        ]),
      ),
    },
  };
}
