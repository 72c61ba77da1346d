import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween } from './calendar-date.ts';

describe('calendar dates', () => {
  it('counts whole days across month ends, leap days and DST changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
    expect(daysBetween('2024-01-01', '2023-10-09')).toBe(-84);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('reads years before 100 as themselves, not as 19xx', () => {
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
    // 1900 years of 365 days and 460 leap days (475 multiples of 4 from 52 to 1948, less 19
    // centuries, plus 400, 800, 1200 and 1600).
    expect(daysBetween('0050-01-01', '1950-01-01')).toBe(693_960);
    expect(() => dayNumber('0050-02-29')).toThrow('Invalid date "0050-02-29"');
  });

  it('rejects malformed and impossible dates with a clear message', () => {
    expect(() => dayNumber('2024-02-30')).toThrow('Invalid date "2024-02-30"');
    expect(() => dayNumber('2024-2-3', 'injection date')).toThrow(
      'Invalid injection date "2024-2-3": expected a calendar date as YYYY-MM-DD.',
    );
    expect(() => dayNumber('2024-01-01T10:00:00Z')).toThrow(/YYYY-MM-DD/);
  });
});
