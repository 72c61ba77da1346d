import { describe, expect, it } from 'vitest';
import { frames } from './frame-series.test-support.ts';
import { distribution, percentile, summarisePosture } from './posture-summary.ts';

describe('summarisePosture', () => {
  it('gives median and percentiles per axis from measured frames only', () => {
    const series = frames(11, (i) => ({ yawDeg: i * 5, rollDeg: -i }));
    series.push({
      ...series[0],
      timeSec: 1,
      quality: 'no-face',
      yawDeg: null,
      pitchDeg: null,
      rollDeg: null,
    } as (typeof series)[0]);
    const summary = summarisePosture(series);
    expect(summary.medianDeg).toEqual({ yaw: 25, pitch: 0, roll: -5 });
    expect(summary.yawDeg).toMatchObject({
      p10: 5,
      p25: 12.5,
      p75: 37.5,
      p90: 45,
      min: 0,
      max: 50,
      count: 11,
    });
  });

  it('gives the fraction of time beyond each TWSTRS band edge', () => {
    const summary = summarisePosture(frames(10, (i) => ({ yawDeg: i < 4 ? -30 : 2 })));
    expect(summary.fractionBeyondDeg.rotation).toEqual({
      '5': 0.4,
      '22.5': 0.4,
      '45.5': 0,
      '67.5': 0,
    });
  });
});

describe('percentile', () => {
  it('interpolates between order statistics', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(distribution([null, null])).toBeNull();
  });
});
