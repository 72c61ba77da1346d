import type { FrameMeasurement } from './frame-measurement.ts';

/** Half-width of the window the shoulder line is taken over, seconds. */
export const shoulderHalfWindowSec = 5;

/**
 * Head tilt relative to the shoulders, using the median shoulder line of the surrounding
 * seconds instead of each frame's own. The shoulder keypoints are the noisiest part of the body
 * model (on the test videos a head tilted toward a shoulder pulled that keypoint by up to 12° of
 * line angle), while the trunk itself changes slowly; a median over ±5 s keeps real shoulder
 * elevation and drops the frame-to-frame pull. Frames keep their own `shoulderLineDeg`.
 */
export function withSteadyShoulderTilt(frames: readonly FrameMeasurement[]): FrameMeasurement[] {
  const times = frames.map((f) => f.timeSec);
  return frames.map((frame, i) => {
    if (frame.rollDeg === null || frame.headTiltToShouldersDeg === null) return frame;
    const t = times[i] ?? 0;
    const lines: number[] = [];
    for (const other of frames) {
      if (other.shoulderLineDeg !== null && Math.abs(other.timeSec - t) <= shoulderHalfWindowSec) {
        lines.push(other.shoulderLineDeg);
      }
    }
    if (lines.length === 0) return frame;
    lines.sort((a, b) => a - b);
    const mid = Math.floor(lines.length / 2);
    const median =
      lines.length % 2 ? (lines[mid] ?? 0) : ((lines[mid - 1] ?? 0) + (lines[mid] ?? 0)) / 2;
    return { ...frame, headTiltToShouldersDeg: frame.rollDeg + median };
  });
}
