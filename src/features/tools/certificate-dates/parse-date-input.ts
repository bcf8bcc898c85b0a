// Typed dates must be unambiguous: the year comes first (2024-03-05, 2024/3/5, 2024.03.05,
// 20240305, 2024年3月5日). Day-first or month-first forms are refused with a reason, not guessed.
import { isRealDate, type CalendarDate } from '../shared/calendar-date';
import { toHalfWidth } from '../shared/half-width';

/** Why a typed date was refused; the page says it in its own language. */
export type DateProblem =
  | { code: 'long-term-not-allowed' }
  | { code: 'year-last' }
  | { code: 'format' }
  | { code: 'no-such-day'; year: number; month: number; day: number }
  | { code: 'no-such-month'; month: number };

export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'long-term' }
  | { kind: 'invalid'; problem: DateProblem };

/** What Chinese certificates print instead of an expiry date when they never expire. */
const LONG_TERM = /^(长期|長期|long[-\s]?term|permanent)$/i;
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}$/;

const invalid = (problem: DateProblem): ParsedDate => ({ kind: 'invalid', problem });

export function parseDateInput(text: string, { allowLongTerm = false } = {}): ParsedDate {
  const value = toHalfWidth(text).trim();
  if (value === '') return { kind: 'empty' };
  if (LONG_TERM.test(value)) {
    return allowLongTerm ? { kind: 'long-term' } : invalid({ code: 'long-term-not-allowed' });
  }
  const m = YEAR_FIRST.exec(value) ?? COMPACT.exec(value);
  if (!m) return invalid({ code: YEAR_LAST.test(value) ? 'year-last' : 'format' });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day)) {
    return invalid(
      month >= 1 && month <= 12
        ? { code: 'no-such-day', year, month, day }
        : { code: 'no-such-month', month },
    );
  }
  return { kind: 'date', date: { year, month, day } };
}
