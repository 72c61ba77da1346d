import { describe, expect, it } from 'vitest';
import { frames } from './frame-series.test-support.ts';
import { summariseVideo } from './video-analysis.ts';

describe('summariseVideo', () => {
  it('warns when a face was found in only part of the video, and keeps gaps as gaps', () => {
    const series = frames(300, (i) =>
      i >= 150
        ? {
            quality: 'no-face',
            yawDeg: null,
            pitchDeg: null,
            rollDeg: null,
            eyeOpennessLeft: null,
            eyeOpennessRight: null,
          }
        : { yawDeg: 10 },
    );
    const result = summariseVideo(series);
    expect(result.quality.faceFoundRatio).toBe(0.5);
    expect(result.quality.warnings[0]).toMatch(/50 %/);
    expect(result.frames[200]?.yawDeg).toBeNull();
    expect(result.posture.medianDeg.yaw).toBe(10);
    expect(result.disclaimer).toMatch(/does not diagnose/);
  });

  it('finds a tremor and blinks in one pass', () => {
    const series = frames(600, (i) => ({
      rollDeg: 2 * Math.sin(2 * Math.PI * 1.5 * (i / 30)),
      eyeOpennessLeft: i % 150 < 5 ? 0.1 : 0.35,
      eyeOpennessRight: i % 150 < 5 ? 0.1 : 0.35,
    }));
    const result = summariseVideo(series);
    expect(result.tremor.detected).toBe(true);
    expect(result.tremor.axis).toBe('roll');
    expect(Math.abs((result.tremor.peakHz ?? 0) - 1.5)).toBeLessThan(0.05);
    expect(result.blinks.count).toBe(4);
    expect(result.blinks.ratePerMin).toBeCloseTo(12, 6);
  });
});
