/**
 * Botulinum toxin cycles: how the daily severity moves between one injection and the next
 * (REFERENCE §4.2; UX "Cycle chart"). Definitions, all on the 0–10 daily severity:
 *
 * - Cycle: from an injection day (day 0) up to the day before the next injection; the last
 *   cycle stays open.
 * - Baseline: the most recent daily score from 7 days before the injection up to the injection
 *   day itself — the trough the person compares the effect against.
 * - Onset day: the first day from day 1 whose severity is at least `improvementThreshold`
 *   (default 1 point) below baseline. None without a baseline.
 * - Best day: the day from day 1 with the lowest severity; the earliest of ties.
 * - Wearing-off day: the first day after the best day on which at least half of the gain
 *   (baseline − best) is lost again, i.e. severity ≥ best + (baseline − best) / 2. Only when
 *   there was an onset.
 * - Median curve: for each day since injection, the median severity over the cycles that have
 *   a score on that day.
 *
 * Units are compared only within one product: products never convert into each other.
 */
import { type CalendarDate, dayNumber } from './calendar-date.ts';
import type { EvidenceTag } from './evidence.ts';
import { findToxinProduct } from './toxin-products.ts';

export interface InjectedMuscle {
  muscle: string;
  side?: 'L' | 'R' | 'bilateral';
  units: number;
}

export interface ToxinSession {
  date: CalendarDate;
  /** INN or brand, e.g. "onabotulinumtoxinA" or "Botox". */
  product: string;
  totalUnits: number;
  muscles?: readonly InjectedMuscle[];
}

export interface DailySeverity {
  date: CalendarDate;
  /** The daily check-in severity, 0–10. */
  severity: number;
}

export interface CurvePoint {
  /** Days since the injection; 0 is the injection day. */
  day: number;
  severity: number;
}

export interface ToxinCycle {
  session: ToxinSession;
  /** Days until the next injection; `null` for the current, open cycle. */
  lengthDays: number | null;
  baseline: number | null;
  curve: CurvePoint[];
  onsetDay: number | null;
  bestDay: number | null;
  bestSeverity: number | null;
  wearingOffDay: number | null;
}

export interface MedianCurvePoint extends CurvePoint {
  /** How many cycles had a score on this day. */
  cycles: number;
}

/** The interval REFERENCE §4.2 uses: re-injection earlier than 12 weeks is flagged. */
export const minimumReinjectionIntervalDays = 84;

export type CycleWarning =
  | {
      kind: 'early_reinjection';
      date: CalendarDate;
      previousDate: CalendarDate;
      daysSincePrevious: number;
      message: string;
    }
  | {
      kind: 'above_label_maximum';
      date: CalendarDate;
      product: string;
      totalUnits: number;
      maximumUnits: number;
      evidence: EvidenceTag;
      message: string;
    }
  | {
      kind: 'product_changed';
      date: CalendarDate;
      previousProduct: string;
      product: string;
      message: string;
    }
  | {
      kind: 'muscle_units_mismatch';
      date: CalendarDate;
      totalUnits: number;
      muscleUnits: number;
      message: string;
    };

export interface CycleCurves {
  cycles: ToxinCycle[];
  median: MedianCurvePoint[];
  warnings: CycleWarning[];
}

export interface CycleOptions {
  /** Points below baseline that count as the toxin starting to work. Default 1. */
  improvementThreshold?: number;
}

const baselineWindowDays = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

function checkSession(session: ToxinSession): void {
  dayNumber(session.date, 'injection date');
  if (!Number.isFinite(session.totalUnits) || session.totalUnits <= 0) {
    throw new Error(
      `Invalid total units ${session.totalUnits} for the injection on ${session.date}: ` +
        'expected a positive number.',
    );
  }
  for (const muscle of session.muscles ?? []) {
    if (!Number.isFinite(muscle.units) || muscle.units < 0) {
      throw new Error(
        `Invalid units ${muscle.units} for ${muscle.muscle} on ${session.date}: ` +
          'expected 0 or more.',
      );
    }
  }
}

/** One score per day: the mean if a day was recorded twice, so input order never matters. */
function scoresByDay(scores: readonly DailySeverity[]): Map<number, number> {
  const byDay = new Map<number, number[]>();
  for (const score of scores) {
    const day = dayNumber(score.date, 'score date');
    if (!Number.isFinite(score.severity) || score.severity < 0 || score.severity > 10) {
      throw new Error(
        `Invalid severity ${score.severity} on ${score.date}: expected a number from 0 to 10.`,
      );
    }
    byDay.set(day, [...(byDay.get(day) ?? []), score.severity]);
  }
  return new Map(
    [...byDay].map(([day, values]) => [day, values.reduce((a, b) => a + b, 0) / values.length]),
  );
}

function describeCycle(
  session: ToxinSession,
  start: number,
  end: number | null,
  byDay: ReadonlyMap<number, number>,
  threshold: number,
): ToxinCycle {
  const curve: CurvePoint[] = [...byDay]
    .filter(([day]) => day >= start && (end === null || day < end))
    .map(([day, severity]) => ({ day: day - start, severity }))
    .sort((a, b) => a.day - b.day);

  const baselineDay = [...byDay.keys()]
    .filter((day) => day <= start && day >= start - baselineWindowDays)
    .sort((a, b) => b - a)[0];
  const baseline = baselineDay === undefined ? null : (byDay.get(baselineDay) as number);

  const afterInjection = curve.filter((point) => point.day >= 1);
  const best = afterInjection.reduce<CurvePoint | null>(
    (lowest, point) => (lowest === null || point.severity < lowest.severity ? point : lowest),
    null,
  );
  const onset =
    baseline === null
      ? undefined
      : afterInjection.find((point) => point.severity <= baseline - threshold);
  const wearingOff =
    onset === undefined || best === null || baseline === null
      ? undefined
      : afterInjection.find(
          (point) =>
            point.day > best.day &&
            point.severity >= best.severity + (baseline - best.severity) / 2,
        );

  return {
    session,
    lengthDays: end === null ? null : end - start,
    baseline,
    curve,
    onsetDay: onset?.day ?? null,
    bestDay: best?.day ?? null,
    bestSeverity: best?.severity ?? null,
    wearingOffDay: wearingOff?.day ?? null,
  };
}

function sessionWarnings(
  session: ToxinSession,
  previous: ToxinSession | undefined,
): CycleWarning[] {
  const warnings: CycleWarning[] = [];
  const product = findToxinProduct(session.product);
  if (previous !== undefined) {
    const gap = dayNumber(session.date) - dayNumber(previous.date);
    if (gap < minimumReinjectionIntervalDays) {
      warnings.push({
        kind: 'early_reinjection',
        date: session.date,
        previousDate: previous.date,
        daysSincePrevious: gap,
        message:
          `Injected ${gap} days after the previous session; the usual minimum is ` +
          `${minimumReinjectionIntervalDays} days (12 weeks).`,
      });
    }
    const previousId =
      findToxinProduct(previous.product)?.id ?? previous.product.trim().toLowerCase();
    const currentId = product?.id ?? session.product.trim().toLowerCase();
    if (previousId !== currentId) {
      warnings.push({
        kind: 'product_changed',
        date: session.date,
        previousProduct: previous.product,
        product: session.product,
        message:
          `Product changed from ${previous.product} to ${session.product}. Units of different ` +
          'products are not interchangeable and cannot be compared.',
      });
    }
  }
  const maximum = product?.cervicalDystoniaMaximum;
  if (maximum !== undefined && session.totalUnits > maximum.units) {
    warnings.push({
      kind: 'above_label_maximum',
      date: session.date,
      product: session.product,
      totalUnits: session.totalUnits,
      maximumUnits: maximum.units,
      evidence: maximum.evidence,
      message:
        `${session.totalUnits} U of ${session.product} is above ${maximum.units} U, the ` +
        `${maximum.basis}.`,
    });
  }
  if (session.muscles !== undefined && session.muscles.length > 0) {
    const muscleUnits = session.muscles.reduce((sum, muscle) => sum + muscle.units, 0);
    if (Math.abs(muscleUnits - session.totalUnits) > 1e-9) {
      warnings.push({
        kind: 'muscle_units_mismatch',
        date: session.date,
        totalUnits: session.totalUnits,
        muscleUnits,
        message: `The muscles add up to ${muscleUnits} U but the session total is ${session.totalUnits} U.`,
      });
    }
  }
  return warnings;
}

/**
 * Per-cycle severity curves, their landmarks, the median curve and safety warnings.
 *
 * @throws Error for an invalid date, a non-positive total dose, negative muscle units or a
 *   severity outside 0–10.
 * @example
 * cycleCurves([{ date: '2024-01-08', product: 'Botox', totalUnits: 200 }], scores).cycles[0].bestDay
 */
export function cycleCurves(
  sessions: readonly ToxinSession[],
  dailyScores: readonly DailySeverity[],
  options: CycleOptions = {},
): CycleCurves {
  const threshold = options.improvementThreshold ?? 1;
  for (const session of sessions) checkSession(session);
  const ordered = [...sessions].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const byDay = scoresByDay(dailyScores);

  const cycles = ordered.map((session, index) => {
    const next = ordered[index + 1];
    return describeCycle(
      session,
      dayNumber(session.date),
      next === undefined ? null : dayNumber(next.date),
      byDay,
      threshold,
    );
  });

  const valuesByDay = new Map<number, number[]>();
  for (const point of cycles.flatMap((cycle) => cycle.curve)) {
    valuesByDay.set(point.day, [...(valuesByDay.get(point.day) ?? []), point.severity]);
  }
  const medianCurve = [...valuesByDay]
    .map(([day, values]) => ({ day, severity: median(values), cycles: values.length }))
    .sort((a, b) => a.day - b.day);

  const warnings = ordered.flatMap((session, index) =>
    sessionWarnings(session, ordered[index - 1]),
  );
  return { cycles, median: medianCurve, warnings };
}
