import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isRealDate,
  localToday,
  toIsoDate,
  weekdayOf,
} from './calendar-date';

describe('calendar dates', () => {
  it('knows which days exist', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2024, 4, 31)).toBe(false);
    expect(isRealDate(2024, 13, 1)).toBe(false);
    expect(isRealDate(2024, 0, 1)).toBe(false);
    expect(isRealDate(2024, 1, 0)).toBe(false);
  });
  it('adds days across months, years and leap days', () => {
    expect(toIsoDate(addDays({ year: 2024, month: 2, day: 25 }, 10))).toBe('2024-03-06');
    expect(toIsoDate(addDays({ year: 2023, month: 12, day: 28 }, 10))).toBe('2024-01-07');
    expect(daysBetween({ year: 2024, month: 1, day: 1 }, { year: 2025, month: 1, day: 1 })).toBe(
      366,
    );
  });
  it('reads today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2024, 0, 31, 23, 59))).toEqual({ year: 2024, month: 1, day: 31 });
  });
  it('knows the day of the week', () => {
    expect(weekdayOf({ year: 2024, month: 3, day: 5 })).toBe(2); // a Tuesday
    expect(weekdayOf({ year: 1970, month: 1, day: 4 })).toBe(0); // a Sunday
    expect(weekdayOf({ year: 1969, month: 12, day: 31 })).toBe(3); // a Wednesday
  });
});
