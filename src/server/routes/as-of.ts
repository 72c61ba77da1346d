import { z } from '@hono/zod-openapi';
import { type CalendarDate, dayNumber } from '../../domain/index.ts';

/**
 * The day a derived view (classification, cycles, alerts, today) is worked out for. The
 * person's own calendar date comes from their device; without it the server's UTC date is
 * used, which can be a day off near midnight.
 */
export const AsOfQuery = z.object({
  asOf: z.iso
    .date('Use a date such as 2026-11-26.')
    .optional()
    .openapi({ description: "The person's date today (default: the server's UTC date)." }),
});

const millisecondsPerDay = 86_400_000;

/** The UTC calendar date of an instant. */
export function utcDay(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

/** The calendar date `days` after `day` (before, when negative). */
export function addDays(day: CalendarDate, days: number): CalendarDate {
  return new Date((dayNumber(day) + days) * millisecondsPerDay).toISOString().slice(0, 10);
}
