import { describe, expect, it } from 'vitest';
import { medianSampleRateHz, uniformSegments } from './uniform-series.ts';

describe('uniformSegments', () => {
  it('interpolates irregular (variable frame rate) samples onto a uniform grid', () => {
    const times = [0, 0.1, 0.25, 0.3, 0.4];
    const values = times.map((t) => 10 * t);
    const [segment] = uniformSegments(times, values, 10, 1);
    expect(Array.from(segment?.values ?? []).map((v) => Number(v.toFixed(9)))).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  it('splits at a missing value and at a long gap instead of filling them', () => {
    const times = [0, 0.1, 0.2, 0.3, 0.4, 2.0, 2.1, 2.2];
    const values = [1, 1, null, 1, 1, 5, 5, 5];
    const segments = uniformSegments(times, values, 10, 0.25);
    expect(segments.map((s) => s.values.length)).toEqual([2, 2, 3]);
    expect(segments[2]?.startSec).toBe(2.0);
  });

  it('finds the median frame rate', () => {
    expect(medianSampleRateHz([0, 0.04, 0.08, 0.2, 0.24])).toBeCloseTo(25, 10);
    expect(medianSampleRateHz([1])).toBeNull();
  });
});
