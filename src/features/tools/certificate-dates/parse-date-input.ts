// Typed dates must be unambiguous: the year comes first (2024-03-05, 2024/3/5, 2024.03.05,
// 20240305, 2024年3月5日). Day-first or month-first forms are refused with a sentence, not guessed.
import { isRealDate, type CalendarDate } from '../shared/calendar-date';
import { toHalfWidth } from '../shared/half-width';

export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'long-term' }
  | { kind: 'invalid'; message: string };

/** What Chinese certificates print instead of an expiry date when they never expire. */
const LONG_TERM = /^(长期|長期|long[-\s]?term|permanent)$/i;
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function parseDateInput(text: string, { allowLongTerm = false } = {}): ParsedDate {
  const value = toHalfWidth(text).trim();
  if (value === '') return { kind: 'empty' };
  if (LONG_TERM.test(value)) {
    return allowLongTerm
      ? { kind: 'long-term' }
      : {
          kind: 'invalid',
          message: 'Enter the date the certificate was issued, such as 2024-03-05.',
        };
  }
  const m = YEAR_FIRST.exec(value) ?? COMPACT.exec(value);
  if (!m) {
    return {
      kind: 'invalid',
      message: YEAR_LAST.test(value)
        ? 'Write the year first, as year-month-day (for example 2024-03-05), so the day and month cannot be mixed up.'
        : 'Enter the date as year-month-day, for example 2024-03-05, or pick it from the calendar.',
    };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day)) {
    const monthName = MONTH_NAMES[month - 1];
    return {
      kind: 'invalid',
      message: monthName
        ? `There is no ${day} ${monthName[0]!.toUpperCase()}${monthName.slice(1)} ${year}. Check the date on your certificate.`
        : `There is no month ${month}. Enter the date as year-month-day, for example 2024-03-05.`,
    };
  }
  return { kind: 'date', date: { year, month, day } };
}
