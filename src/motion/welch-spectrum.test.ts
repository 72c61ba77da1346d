import { describe, expect, it } from 'vitest';
import { linearDetrend, welchSpectrum } from './welch-spectrum.ts';

const sine = (n: number, rate: number, hz: number, amplitude: number, phase = 0.3) =>
  Float64Array.from(
    { length: n },
    (_, i) => amplitude * Math.sin(2 * Math.PI * hz * (i / rate) + phase),
  );

describe('welchSpectrum', () => {
  it('puts a sinusoid’s power A²/2 under its peak, at its frequency', () => {
    const rate = 30;
    const spectrum = welchSpectrum([sine(300, rate, 3, 2)], rate, 120);
    if (!spectrum) throw new Error('expected a spectrum');
    let peak = 0;
    for (let k = 1; k < spectrum.psd.length; k++)
      if ((spectrum.psd[k] ?? 0) > (spectrum.psd[peak] ?? 0)) peak = k;
    expect(Math.abs((spectrum.frequenciesHz[peak] ?? 0) - 3)).toBeLessThanOrEqual(
      spectrum.binHz / 2,
    );
    const area = spectrum.psd.reduce((sum, p) => sum + p * spectrum.binHz, 0);
    expect(area).toBeCloseTo(2, 2); // A²/2 = 2 deg²
    expect(spectrum.resolutionHz).toBeCloseTo(0.25, 12);
    expect(spectrum.segmentCount).toBe(4);
  });

  it('averages segments from several gap-free series', () => {
    const rate = 30;
    const one = welchSpectrum([sine(120, rate, 2, 1)], rate, 120);
    const two = welchSpectrum([sine(120, rate, 2, 1), sine(120, rate, 2, 1)], rate, 120);
    expect(two?.segmentCount).toBe(2);
    expect(two?.psd[32]).toBeCloseTo(one?.psd[32] ?? Number.NaN, 10);
  });

  it('returns nothing when no series is as long as a segment', () => {
    expect(welchSpectrum([new Float64Array(50)], 30, 120)).toBeNull();
  });
});

describe('linearDetrend', () => {
  it('removes a straight line exactly', () => {
    const out = linearDetrend([1, 3, 5, 7, 9]);
    for (const v of out) expect(v).toBeCloseTo(0, 12);
  });
});
