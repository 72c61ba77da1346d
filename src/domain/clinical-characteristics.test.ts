import { describe, expect, it } from 'vitest';
import { onsetAgeBand, onsetAgeBandLabels, onsetAgeBands } from './clinical-characteristics.ts';

describe('onsetAgeBand (REFERENCE §1.1)', () => {
  it.each([
    [0, 'infancy'],
    [2, 'infancy'],
    [2.9, 'infancy'],
    [3, 'childhood'],
    [12, 'childhood'],
    [13, 'adolescence'],
    [20, 'adolescence'],
    [21, 'early_adult'],
    [40, 'early_adult'],
    [40.5, 'early_adult'],
    [41, 'late_adult'],
    [87, 'late_adult'],
  ] as const)('age %s -> %s', (age, band) => {
    expect(onsetAgeBand(age)).toBe(band);
  });

  it('labels every band', () => {
    for (const band of onsetAgeBands) expect(onsetAgeBandLabels[band]).toMatch(/years/);
  });

  it('rejects impossible ages', () => {
    expect(() => onsetAgeBand(-1)).toThrow('Invalid age at onset -1');
    expect(() => onsetAgeBand(Number.NaN)).toThrow(/Invalid age at onset/);
  });
});
