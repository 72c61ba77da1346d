/** The person's calendar date in their own time zone, as YYYY-MM-DD (what "today" means). */
export function localDay(date = new Date()): string {
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 10);
}
