/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Day counts are computed on UTC midnights so a
 * person's injection day and diary days never shift with time zones or daylight saving.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/**
 * Days since 1970-01-01 for a calendar date.
 *
 * @throws Error if the string is not a real `YYYY-MM-DD` date (e.g. `2024-02-30`).
 */
export function dayNumber(date: CalendarDate, what = 'date'): number {
  const match = isoDatePattern.exec(date);
  const [, year, month, day] = match ?? [];
  if (year !== undefined && month !== undefined && day !== undefined) {
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999, so a stored
    // 0050-01-01 would never round-trip and every view reading it would fail.
    const time = new Date(0).setUTCFullYear(Number(year), Number(month) - 1, Number(day));
    // Dates roll 2024-02-30 over to March; a round trip catches it.
    if (new Date(time).toISOString().slice(0, 10) === date) return time / millisecondsPerDay;
  }
  throw new Error(`Invalid ${what} "${date}": expected a calendar date as YYYY-MM-DD.`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
