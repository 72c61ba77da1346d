import { describe, expect, it } from 'vitest';
import { frames } from '../../../motion/frame-series.test-support.ts';
import { summariseVideo } from '../../../motion/video-analysis.ts';
import { VideoCheckMeasurements } from '../../../server/routes/video-checks.ts';
import { videoCheckBody } from './video-check-record.ts';

/** The web's summary of a real analysis must be what the server accepts, field for field. */
describe('videoCheckBody', () => {
  it('turns a measured video into a body the server accepts, with the medians and estimates', () => {
    const measured = summariseVideo(
      frames(600, (i) => ({
        yawDeg: 30,
        rollDeg: 10 + 2 * Math.sin(2 * Math.PI * 1.5 * (i / 30)),
        eyeOpennessLeft: i % 150 < 5 ? 0.1 : 0.35,
        eyeOpennessRight: i % 150 < 5 ? 0.1 : 0.35,
      })),
    );
    const body = videoCheckBody(measured, 20, '2026-06-01');
    const parsed = VideoCheckMeasurements.safeParse(body.measurements);
    expect(parsed.error?.issues).toBeUndefined();
    expect(body.measurements.headPositionDeg.yaw).toBe(30);
    expect(body.measurements.tremor).toMatchObject({ detected: true, axis: 'roll' });
    expect(body.measurements.tremor.peakHz).toBeCloseTo(1.5, 1);
    expect(body.measurements.blinks.count).toBe(4);
    expect(body.measurements.twstrs.rotation).toEqual({
      score: measured.twstrs.rotation.score,
      probabilities: measured.twstrs.rotation.probabilities,
    });
    expect(JSON.stringify(body)).not.toContain('frames');
  });

  it('keeps what could not be measured as null, and the server accepts that too', () => {
    const noFace = summariseVideo(
      frames(60, () => ({
        quality: 'no-face',
        yawDeg: null,
        pitchDeg: null,
        rollDeg: null,
        eyeOpennessLeft: null,
        eyeOpennessRight: null,
      })),
    );
    const body = videoCheckBody(noFace, 2, '2026-06-01');
    expect(body.measurements.headPositionDeg).toEqual({ yaw: null, pitch: null, roll: null });
    expect(body.measurements.twstrs.rotation).toEqual({ score: null, probabilities: null });
    expect(VideoCheckMeasurements.safeParse(body.measurements).error?.issues).toBeUndefined();
  });
});
