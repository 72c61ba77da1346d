import { describe, expect, it } from 'vitest';
import { frames } from './frame-series.test-support.ts';
import { withSteadyShoulderTilt } from './steady-shoulders.ts';

describe('withSteadyShoulderTilt', () => {
  it('uses the median shoulder line of the surrounding seconds, not one frame’s outlier', () => {
    const series = frames(90, (i) => ({
      rollDeg: 20,
      shoulderLineDeg: i === 45 ? 15 : i % 6 === 0 ? -5 : null,
      headTiltToShouldersDeg: 0,
    }));
    const steady = withSteadyShoulderTilt(series);
    expect(steady[45]?.headTiltToShouldersDeg).toBe(15);
    expect(steady[45]?.shoulderLineDeg).toBe(15);
  });

  it('leaves frames without a head tilt alone', () => {
    const series = frames(3, () => ({
      rollDeg: null,
      headTiltToShouldersDeg: null,
      shoulderLineDeg: 4,
    }));
    expect(withSteadyShoulderTilt(series)).toEqual(series);
  });
});
