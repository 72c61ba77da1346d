import { describe, expect, it } from 'vitest';
import { classifyDistribution, cycleCurves, dayNumber, spreadHistory } from '../domain/index.ts';
import { demoRecord } from './demo-record.ts';

const record = demoRecord('2026-11-26');

describe('demo patient', () => {
  it('covers a year with gaps, every score within 0–10', () => {
    expect(record.checkIns[0]?.day).toBe('2025-11-27');
    expect(record.checkIns.at(-1)?.day).toBe('2026-11-26');
    expect(record.checkIns.length).toBeGreaterThan(300);
    expect(record.checkIns.length).toBeLessThan(365);
    for (const c of record.checkIns) {
      for (const v of [c.severity, c.pain, c.function]) expect(v >= 0 && v <= 10).toBe(true);
    }
  });

  it('has four toxin cycles 13 weeks apart that wear off around week 10', () => {
    const curves = cycleCurves(
      record.toxinSessions.map((s) => ({
        date: s.sessionDate,
        product: s.product,
        totalUnits: s.totalUnits,
      })),
      record.checkIns.map((c) => ({ date: c.day, severity: c.severity })),
    );
    expect(curves.cycles).toHaveLength(4);
    expect(curves.cycles.slice(0, 3).map((c) => c.lengthDays)).toEqual([91, 91, 91]);
    const wearingOff = curves.cycles
      .map((c) => c.wearingOffDay)
      .filter((d): d is number => d !== null);
    expect(wearingOff.length).toBeGreaterThanOrEqual(3);
    for (const day of wearingOff) expect(day).toBeGreaterThanOrEqual(56);
    for (const day of wearingOff) expect(day).toBeLessThanOrEqual(77);
    expect(curves.warnings.filter((w) => w.kind === 'early_reinjection')).toEqual([]);
    for (const session of record.toxinSessions) {
      expect(session.muscles.reduce((sum, m) => sum + m.units, 0)).toBe(session.totalUnits);
    }
  });

  it('spreads once, from the neck to the right hand, which makes it segmental', () => {
    const history = spreadHistory(
      record.checkIns.map((c) => ({ date: c.day, regions: c.regions })),
    );
    expect(history.onset?.regions).toEqual(['neck']);
    expect(history.spread.map((e) => e.region)).toEqual(['arm_R']);
    const firstHand = record.checkIns.find((c) => c.regions.includes('arm_dist_R'));
    expect(dayNumber(firstHand?.day ?? '') - dayNumber('2025-11-27')).toBeGreaterThanOrEqual(
      record.spreadDay,
    );
    expect(classifyDistribution(['neck', 'arm_dist_R']).distribution).toBe('segmental');
  });

  it('changes one medicine dose: the old course stops the day the new one starts', () => {
    const [before, after] = record.medications;
    expect(before?.stoppedOn).toBe(after?.startedOn);
    expect(after?.dose).toBeGreaterThan(before?.dose ?? Number.POSITIVE_INFINITY);
  });

  it('is the same every time', () => {
    expect(demoRecord('2026-11-26')).toEqual(record);
  });
});
