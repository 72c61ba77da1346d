import { describe, expect, it } from 'vitest';
import { cycleCurves, type DailySeverity, type ToxinSession } from './toxin-cycles.ts';
import { findToxinProduct, toxinProducts } from './toxin-products.ts';

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const first = '2024-01-08';
const second = addDays(first, 84); // 2024-04-01
const third = addDays(second, 70); // 2024-06-10

const sessions: ToxinSession[] = [
  { date: first, product: 'Botox', totalUnits: 200 },
  {
    date: second,
    product: 'onabotulinumtoxinA',
    totalUnits: 450,
    muscles: [
      { muscle: 'splenius capitis', side: 'L', units: 150 },
      { muscle: 'sternocleidomastoid', side: 'R', units: 250 },
    ],
  },
  { date: third, product: 'Dysport', totalUnits: 500, muscles: [] },
];

const severities = (start: string, points: [number, number][]): DailySeverity[] =>
  points.map(([day, severity]) => ({ date: addDays(start, day), severity }));

const scores: DailySeverity[] = [
  ...severities(first, [
    [-3, 7],
    [0, 8],
    [3, 8],
    [7, 6],
    [14, 4],
    [28, 3],
    [42, 3],
    [56, 5],
    [70, 6],
    [83, 7],
  ]),
  ...severities(second, [
    [0, 7],
    [7, 7],
    [14, 6.5],
    [21, 5],
    [35, 4],
    [49, 6],
    [69, 7],
  ]),
];

describe('cycleCurves', () => {
  const result = cycleCurves(sessions, scores);

  it('cuts the diary into cycles from each injection to the day before the next', () => {
    expect(result.cycles.map((cycle) => cycle.lengthDays)).toEqual([84, 70, null]);
    expect(result.cycles[0]?.curve.map((point) => point.day)).toEqual([
      0, 3, 7, 14, 28, 42, 56, 70, 83,
    ]);
    expect(result.cycles[1]?.curve[0]).toEqual({ day: 0, severity: 7 });
    expect(result.cycles[2]?.curve).toEqual([]);
  });

  it('finds baseline, onset, best and wearing-off days as defined', () => {
    // Cycle 1: baseline 8 (the injection day's score, the latest in the 7-day window); onset
    // at day 7 (6 <= 8 - 1); best 3 at day 28 (the earlier of the tie with day 42); half the
    // gain lost once severity >= 3 + 5/2 = 5.5, first at day 70.
    expect(result.cycles[0]).toMatchObject({
      baseline: 8,
      onsetDay: 7,
      bestDay: 28,
      bestSeverity: 3,
      wearingOffDay: 70,
    });
    // Cycle 2: baseline 7 (day 0); 6.5 is not a full point better, onset at day 21; best 4 at
    // day 35; wearing off when >= 5.5, at day 49.
    expect(result.cycles[1]).toMatchObject({
      baseline: 7,
      onsetDay: 21,
      bestDay: 35,
      wearingOffDay: 49,
    });
    // Cycle 3: the baseline is the previous day's score; no score after the injection yet.
    expect(result.cycles[2]).toMatchObject({
      baseline: 7,
      onsetDay: null,
      bestDay: null,
      bestSeverity: null,
      wearingOffDay: null,
    });
  });

  it('computes the median curve across cycles, day by day', () => {
    expect(result.median.slice(0, 4)).toEqual([
      { day: 0, severity: 7.5, cycles: 2 },
      { day: 3, severity: 8, cycles: 1 },
      { day: 7, severity: 6.5, cycles: 2 },
      { day: 14, severity: 5.25, cycles: 2 },
    ]);
    const median = cycleCurves(
      [
        { date: '2024-01-01', product: 'Xeomin', totalUnits: 120 },
        { date: '2024-05-01', product: 'Xeomin', totalUnits: 120 },
        { date: '2024-09-01', product: 'Xeomin', totalUnits: 120 },
      ],
      [
        { date: '2024-01-11', severity: 2 },
        { date: '2024-05-11', severity: 9 },
        { date: '2024-09-11', severity: 4 },
      ],
    ).median;
    expect(median).toEqual([{ day: 10, severity: 4, cycles: 3 }]);
  });

  it('warns about early re-injection, doses above the label maximum, product changes and unit sums', () => {
    expect(result.warnings).toEqual([
      {
        kind: 'above_label_maximum',
        date: second,
        product: 'onabotulinumtoxinA',
        totalUnits: 450,
        maximumUnits: 400,
        evidence: 'NV',
        message: expect.stringMatching(/^450 U of onabotulinumtoxinA is above 400 U, the label/),
      },
      {
        kind: 'muscle_units_mismatch',
        date: second,
        totalUnits: 450,
        muscleUnits: 400,
        message: 'The muscles add up to 400 U but the session total is 450 U.',
      },
      {
        kind: 'early_reinjection',
        date: third,
        previousDate: second,
        daysSincePrevious: 70,
        message:
          'Injected 70 days after the previous session; the usual minimum is 84 days (12 weeks).',
      },
      {
        kind: 'product_changed',
        date: third,
        previousProduct: 'onabotulinumtoxinA',
        product: 'Dysport',
        message:
          'Product changed from onabotulinumtoxinA to Dysport. Units of different products are not interchangeable and cannot be compared.',
      },
    ]);
  });

  it('does not warn at exactly 84 days, for brand versus INN, or when muscles add up', () => {
    const warnings = cycleCurves(
      [
        { date: first, product: 'Botox', totalUnits: 200 },
        {
          date: second,
          product: 'onabotulinumtoxinA',
          totalUnits: 200,
          muscles: [
            { muscle: 'splenius capitis', side: 'L', units: 80 },
            { muscle: 'sternocleidomastoid', side: 'R', units: 120 },
          ],
        },
      ],
      [],
    ).warnings;
    expect(warnings).toEqual([]);
  });

  it('gives an unknown product no dose warning and never treats it as another product', () => {
    const warnings = cycleCurves(
      [
        { date: '2024-01-01', product: 'Letybo', totalUnits: 5000 },
        { date: '2024-06-01', product: ' letybo ', totalUnits: 5000 },
        { date: '2024-12-01', product: 'Myobloc', totalUnits: 5000 },
        { date: '2025-06-01', product: 'NeuroBloc', totalUnits: 5001 },
      ],
      [],
    ).warnings;
    expect(warnings.map((warning) => [warning.kind, warning.date])).toEqual([
      ['product_changed', '2024-12-01'],
      ['above_label_maximum', '2025-06-01'],
    ]);
  });

  it('does not depend on the order of sessions or scores', () => {
    const reversed = cycleCurves([...sessions].reverse(), [...scores].reverse());
    expect(reversed).toEqual(result);
  });

  it('needs a baseline for onset and wearing-off, but still finds the best day', () => {
    const cycle = cycleCurves(
      [{ date: '2024-03-01', product: 'Botox', totalUnits: 100 }],
      [
        { date: '2024-02-20', severity: 9 },
        { date: '2024-03-10', severity: 5 },
        { date: '2024-03-20', severity: 4 },
      ],
    ).cycles[0];
    expect(cycle).toMatchObject({
      baseline: null,
      onsetDay: null,
      bestDay: 19,
      wearingOffDay: null,
    });
  });

  it('averages two scores on one day and honours a custom improvement threshold', () => {
    const cycle = cycleCurves(
      [{ date: '2024-03-01', product: 'Botox', totalUnits: 100 }],
      [
        { date: '2024-03-01', severity: 6 },
        { date: '2024-03-08', severity: 5 },
        { date: '2024-03-08', severity: 4 },
        { date: '2024-03-15', severity: 3 },
      ],
      { improvementThreshold: 2 },
    ).cycles[0];
    expect(cycle?.curve[1]).toEqual({ day: 7, severity: 4.5 });
    expect(cycle?.onsetDay).toBe(14);
  });

  it('rejects bad input with clear messages', () => {
    const botox = { date: '2024-01-01', product: 'Botox', totalUnits: 100 };
    expect(() => cycleCurves([{ ...botox, date: '2024-01-32' }], [])).toThrow(
      'Invalid injection date "2024-01-32"',
    );
    expect(() => cycleCurves([{ ...botox, totalUnits: 0 }], [])).toThrow(
      'Invalid total units 0 for the injection on 2024-01-01: expected a positive number.',
    );
    expect(() =>
      cycleCurves([{ ...botox, muscles: [{ muscle: 'trapezius', units: -5 }] }], []),
    ).toThrow('Invalid units -5 for trapezius on 2024-01-01: expected 0 or more.');
    expect(() => cycleCurves([botox], [{ date: '2024-01-02', severity: 11 }])).toThrow(
      'Invalid severity 11 on 2024-01-02: expected a number from 0 to 10.',
    );
    expect(() => cycleCurves([botox], [{ date: '01/02/2024', severity: 3 }])).toThrow(
      'Invalid score date',
    );
  });
});

describe('toxin products (REFERENCE §4.2)', () => {
  it('finds products by INN or brand, ignoring case', () => {
    expect(findToxinProduct('BOTOX')?.id).toBe('onabotulinumtoxinA');
    expect(findToxinProduct('incobotulinumtoxina')?.id).toBe('incobotulinumtoxinA');
    expect(findToxinProduct('NeuroBloc')?.serotype).toBe('B');
    expect(findToxinProduct('Letybo')).toBeUndefined();
  });

  it('tags every dose reference with its evidence', () => {
    for (const product of toxinProducts) {
      expect(['V', 'S', 'NV']).toContain(product.cervicalDystoniaMaximum.evidence);
      expect(product.cervicalDystoniaMaximum.units).toBeGreaterThan(0);
    }
    expect(findToxinProduct('Myobloc')?.cervicalDystoniaMaximum).toMatchObject({
      units: 5000,
      evidence: 'V',
    });
  });
});
