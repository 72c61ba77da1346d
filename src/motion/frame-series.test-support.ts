import type { FrameMeasurement } from './frame-measurement.ts';

/** A 30 fps series of measured frames with the given per-frame values (others level/neutral). */
export function frames(
  count: number,
  pick: (i: number) => Partial<FrameMeasurement>,
): FrameMeasurement[] {
  return Array.from({ length: count }, (_, i) => ({
    timeSec: i / 30,
    quality: 'ok',
    faceScore: 0.99,
    yawDeg: 0,
    pitchDeg: 0,
    rollDeg: 0,
    shoulderLineDeg: 0,
    shoulderElevation: 0,
    headTiltToShouldersDeg: 0,
    lateralShift: 0,
    chinAboveShoulders: 0.35,
    eyeOpennessLeft: 0.35,
    eyeOpennessRight: 0.35,
    eyeWidthLeftPx: 40,
    eyeWidthRightPx: 40,
    ...pick(i),
  }));
}
