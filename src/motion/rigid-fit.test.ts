import { describe, expect, it } from 'vitest';
import { rotationFromHeadAngles } from './head-angles.ts';
import { fitSimilarity, rotate } from './rigid-fit.ts';
import { posedMesh, syntheticReference } from './synthetic-face.test-support.ts';

describe('fitSimilarity', () => {
  it('recovers rotation, scale and translation exactly from noise-free points', () => {
    const reference = syntheticReference();
    const angles = { yawDeg: 33, pitchDeg: -14, rollDeg: 21 };
    const observed = posedMesh(reference, angles, { scale: 2.25, offset: [100, -50, 12] });
    const fit = fitSimilarity(reference.points, observed);
    const expected = rotationFromHeadAngles(angles);
    for (let i = 0; i < 9; i++) expect(fit.rotation[i]).toBeCloseTo(expected[i] ?? 0, 12);
    expect(fit.scale).toBeCloseTo(2.25, 12);
    expect(fit.translation[0]).toBeCloseTo(100, 9);
    expect(fit.translation[1]).toBeCloseTo(-50, 9);
    expect(fit.translation[2]).toBeCloseTo(12, 9);
    expect(fit.rmsResidual).toBeLessThan(1e-9);
  });

  it('ignores points with zero weight, however wrong they are', () => {
    const reference = syntheticReference();
    const observed = posedMesh(reference, { yawDeg: -20, pitchDeg: 10, rollDeg: 0 });
    const weights = new Float64Array(468).fill(1);
    for (let i = 0; i < 40; i++) {
      observed[3 * i] = 9999;
      weights[i] = 0;
    }
    const fit = fitSimilarity(reference.points, observed, weights);
    const expected = rotationFromHeadAngles({ yawDeg: -20, pitchDeg: 10, rollDeg: 0 });
    for (let i = 0; i < 9; i++) expect(fit.rotation[i]).toBeCloseTo(expected[i] ?? 0, 12);
  });

  it('returns a proper rotation (no reflection) for a half-turn', () => {
    const reference = syntheticReference();
    const observed = posedMesh(reference, { yawDeg: 0, pitchDeg: 0, rollDeg: 180 });
    const fit = fitSimilarity(reference.points, observed);
    const v = rotate(fit.rotation, [0, -1, 0]);
    expect(v[1]).toBeCloseTo(1, 12);
    expect(v[0]).toBeCloseTo(0, 12);
  });

  it('refuses point sets of different sizes', () => {
    expect(() => fitSimilarity([0, 0, 0, 1, 1, 1, 2, 0, 0], [0, 0, 0])).toThrow(/same size/);
  });
});
