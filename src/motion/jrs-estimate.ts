import type { Blinks } from './blinks.ts';

/**
 * Jankovic Rating Scale (REFERENCE §3.5), frequency part only, estimated from blinks. Severity
 * depends on triggers and disability that a video cannot see, so it is left to the clinician.
 * Thresholds are Tonus' choices and not validated:
 * - 4: eyes closed more than half the measured time ("functionally blind");
 * - 3: at least one closure longer than 1 s (spasm) with eyes open more than half the time;
 * - 2: closures shorter than 1 s that come in runs (two or more within 1 s: fluttering);
 * - 1: blink rate above 30 per minute (resting spontaneous rates are mostly 10-25 per minute);
 * - 0: otherwise.
 */
export interface JrsFrequencyEstimate {
  score: number | null;
  basis: string;
}

export const spasmClosureSec = 1;
export const increasedBlinkRatePerMin = 30;

export function estimateJrsFrequency(blinks: Blinks): JrsFrequencyEstimate {
  if (blinks.closedFraction === null || blinks.ratePerMin === null) {
    return { score: null, basis: 'eyes not measured' };
  }
  if (blinks.closedFraction > 0.5)
    return { score: 4, basis: 'eyes closed more than half of the time' };
  if ((blinks.longestClosureSec ?? 0) > spasmClosureSec) {
    return { score: 3, basis: 'eye closure longer than 1 s, eyes open more than half of the time' };
  }
  const flutter = blinks.events.some((e, i) => {
    const next = blinks.events[i + 1];
    return next !== undefined && next.startSec - e.endSec < 1;
  });
  if (flutter) return { score: 2, basis: 'brief closures in quick succession (fluttering)' };
  if (blinks.ratePerMin > increasedBlinkRatePerMin) {
    return { score: 1, basis: `blink rate above ${increasedBlinkRatePerMin} per minute` };
  }
  return { score: 0, basis: 'no increased blinking seen' };
}
