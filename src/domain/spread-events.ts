/**
 * Where dystonia started and when it reached each new region (REFERENCE §2.4 notes, §8):
 * spread is clinically meaningful, so it is derived from dated body-map observations rather
 * than typed in by hand.
 */
import { type CalendarDate, dayNumber } from './calendar-date.ts';
import {
  type ClassificationRegionId,
  classificationRegionIds,
  toClassificationRegion,
} from './regions.ts';

export interface RegionObservation {
  date: CalendarDate;
  /** Regions with dystonia on that date, fine or classification ids. */
  regions: readonly string[];
}

export interface SpreadEvent {
  date: CalendarDate;
  region: ClassificationRegionId;
}

export interface SpreadHistory {
  /** The first dated observation with any region: where dystonia started. */
  onset: { date: CalendarDate; regions: ClassificationRegionId[] } | null;
  /** Each region first seen after the onset observation, in date order. */
  spread: SpreadEvent[];
}

/**
 * Derives onset and spread from observations given in any order. A region that disappears and
 * comes back is not a new spread event; only its first appearance counts.
 *
 * @throws Error for an invalid date or unknown region id.
 */
export function spreadHistory(observations: readonly RegionObservation[]): SpreadHistory {
  const dated = observations
    .map((observation) => ({
      date: observation.date,
      day: dayNumber(observation.date, 'observation date'),
      regions: new Set(observation.regions.map(toClassificationRegion)),
    }))
    .filter((observation) => observation.regions.size > 0)
    .sort((a, b) => a.day - b.day);

  const seen = new Set<ClassificationRegionId>();
  let onset: SpreadHistory['onset'] = null;
  const spread: SpreadEvent[] = [];
  for (const observation of dated) {
    const fresh = classificationRegionIds.filter(
      (id) => observation.regions.has(id) && !seen.has(id),
    );
    for (const region of fresh) seen.add(region);
    if (onset === null) onset = { date: observation.date, regions: fresh };
    else for (const region of fresh) spread.push({ date: observation.date, region });
  }
  return { onset, spread };
}
