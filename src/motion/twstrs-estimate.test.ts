import { describe, expect, it } from 'vitest';
import { frames } from './frame-series.test-support.ts';
import { foldedBandProbability, normalCdf } from './normal-distribution.ts';
import { durationScore, estimateTwstrs } from './twstrs-estimate.ts';

describe('normal distribution helpers', () => {
  it('matches known values of the standard normal CDF', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
  it('folds negative values onto their absolute value', () => {
    // |X| < 1 for X ~ N(0, 1): 0.682689
    expect(foldedBandProbability(0, 1, 0, 1)).toBeCloseTo(0.682689, 6);
    expect(foldedBandProbability(-30, 0, 22.5, 45.5)).toBe(1);
  });
});

describe('estimateTwstrs', () => {
  it('scores a steady 30° turn to the left as rotation 2 (23-45°), with probabilities', () => {
    const est = estimateTwstrs(frames(300, () => ({ yawDeg: 30, headTiltToShouldersDeg: 0 })));
    expect(est.rotation.score).toBe(2);
    expect(est.rotation.direction).toBe('left');
    expect(est.rotation.value).toBe(30);
    // A steady series: only the 3° measurement error counts. P(22.5 <= |X| < 45.5), X ~ N(30, 3).
    const p = est.rotation.probabilities ?? [];
    expect(p).toHaveLength(5);
    expect(p[2]).toBeCloseTo(normalCdf(15.5 / 3) - normalCdf(-7.5 / 3), 9);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it.each([
    [0, 0],
    [4.9, 0],
    [10, 1],
    [22, 1],
    [23, 2],
    [46, 3],
    [-70, 4],
  ])('maps a %f° turn to rotation %i', (yawDeg, score) => {
    expect(estimateTwstrs(frames(60, () => ({ yawDeg }))).rotation.score).toBe(score);
  });

  it.each([
    [3, 0],
    [15, 1],
    [16, 2],
    [35, 2],
    [-36, 3],
  ])('maps a %f° tilt (relative to the shoulders) to laterocollis %i', (tilt, score) => {
    const est = estimateTwstrs(frames(60, () => ({ headTiltToShouldersDeg: tilt, rollDeg: tilt })));
    expect(est.laterocollis.score).toBe(score);
  });

  it('excludes shoulder elevation from laterocollis: a tilted trunk with a straight neck is 0', () => {
    const est = estimateTwstrs(
      frames(60, () => ({ rollDeg: 20, shoulderLineDeg: -20, headTiltToShouldersDeg: 0 })),
    );
    expect(est.laterocollis.score).toBe(0);
    expect(est.shoulder_elevation.score).toBe(3);
    expect(est.shoulder_elevation.direction).toBe('right');
  });

  it('falls back to head roll, and says so, when the shoulders are not seen', () => {
    const est = estimateTwstrs(
      frames(60, () => ({
        rollDeg: -20,
        headTiltToShouldersDeg: null,
        shoulderLineDeg: null,
        lateralShift: null,
        chinAboveShoulders: null,
      })),
    );
    expect(est.laterocollis.score).toBe(2);
    expect(est.laterocollis.direction).toBe('right');
    expect(est.laterocollis.basis).toMatch(/not excluded/);
    expect(est.shoulder_elevation.score).toBeNull();
    expect(est.lateral_shift.probabilities).toBeNull();
  });

  it('scores chin down as anterocollis and chin up as retrocollis', () => {
    expect(estimateTwstrs(frames(60, () => ({ pitchDeg: -25 }))).antero_retrocollis).toMatchObject({
      score: 2,
      direction: 'anterior',
    });
    expect(estimateTwstrs(frames(60, () => ({ pitchDeg: 40 }))).antero_retrocollis).toMatchObject({
      score: 3,
      direction: 'posterior',
    });
  });

  it('scores lateral shift present beyond 0.12 shoulder widths', () => {
    expect(estimateTwstrs(frames(60, () => ({ lateralShift: 0.2 }))).lateral_shift).toMatchObject({
      score: 1,
      direction: 'left',
    });
    expect(estimateTwstrs(frames(60, () => ({ lateralShift: 0.02 }))).lateral_shift.score).toBe(0);
  });

  it('scores severe but intermittent shoulder elevation as 2', () => {
    const est = estimateTwstrs(frames(100, (i) => ({ shoulderLineDeg: i < 60 ? 15 : 0 })));
    expect(est.shoulder_elevation.score).toBe(2);
    expect(est.shoulder_elevation.probabilities?.[3]).toBe(0);
  });

  it('leaves frames without a face out and reports unmeasured items as null, never 0', () => {
    const est = estimateTwstrs(
      frames(30, () => ({ quality: 'no-face', yawDeg: null, pitchDeg: null, rollDeg: null })),
    );
    expect(est.rotation.score).toBeNull();
    expect(est.duration.score).toBeNull();
  });
});

describe('duration factor', () => {
  it.each([
    [0, 0, 0],
    [0.1, 0, 1],
    [0.1, 0.8, 2],
    [0.3, 0, 2],
    [0.6, 0.9, 4],
    [0.9, 0.1, 4],
    [1, 1, 5],
  ])('abnormal %f of the time, maximal %f of that -> %i', (fraction, maximal, score) => {
    expect(durationScore(fraction, maximal)).toBe(score);
  });

  it('reads a constant 30° turn as constant, mostly submaximal (4), and a 60° one as 5', () => {
    expect(estimateTwstrs(frames(90, () => ({ yawDeg: 30 }))).duration.score).toBe(4);
    expect(estimateTwstrs(frames(90, () => ({ yawDeg: 60 }))).duration.score).toBe(5);
    const p = estimateTwstrs(frames(90, () => ({ yawDeg: 60 }))).duration.probabilities ?? [];
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[5]).toBeGreaterThan(0.99);
  });

  it('reads a turn held a third of the time as intermittent', () => {
    expect(estimateTwstrs(frames(90, (i) => ({ yawDeg: i < 30 ? 30 : 0 }))).duration.score).toBe(2);
  });
});
