import type { ToolFormat } from '../../i18n/format';
import { toIsoDate, weekdayOf, type CalendarDate } from '../../shared/calendar-date';
import type { MessageTexts } from '../../shared/finding';
import type { DatesMessage } from '../check-certificate-dates';
import type { DateProblem } from '../parse-date-input';

// Interface text of the certificate dates tool, in English. zh.ts has the same keys.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "Monday 30 November 2026": the weekday and the month spelled out, so no reader can swap day and
 * month (which Intl's English "November 30, 2026" or "30/11/2026" would allow across regions).
 */
const longDate = (d: CalendarDate): string =>
  `${WEEKDAYS[weekdayOf(d)]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
const show = (d: CalendarDate) => `${longDate(d)} (${toIsoDate(d)})`;
const days = (n: number) => `${n} calendar ${n === 1 ? 'day' : 'days'}`;

const problems: MessageTexts<DateProblem> = {
  'long-term-not-allowed': () => 'Enter the date the certificate was issued, such as 2024-03-05.',
  'year-last': () =>
    'Write the year first, as year-month-day (for example 2024-03-05), so the day and month cannot be mixed up.',
  format: () =>
    'Enter the date as year-month-day, for example 2024-03-05, or pick it from the calendar.',
  'no-such-day': ({ year, month, day }) =>
    `There is no ${day} ${MONTHS[month - 1]} ${year}. Check the date on your certificate.`,
  'no-such-month': ({ month }) =>
    `There is no month ${month}. Enter the date as year-month-day, for example 2024-03-05.`,
};

const findings: MessageTexts<DatesMessage, [ToolFormat]> = {
  'issued-in-future': ({ issued }) =>
    `The issue date, ${show(issued)}, is in the future. Check the date on your certificate.`,
  'too-new': ({ age, earliest, minDays }) =>
    `Not yet: your certificate was issued ${age === 0 ? 'today' : `${days(age)} ago`}, and it must have been valid for at least ${minDays} calendar days. Submit on or after ${show(earliest)}.`,
  'issue-date-ok': ({ age, minDays }) =>
    `Issued ${days(age)} ago: it has been valid for at least ${minDays} calendar days.`,
  'long-term': () => 'Long-term validity: the certificate does not expire.',
  'expiry-before-issue': ({ expiry }) =>
    `The expiry date, ${show(expiry)}, is before the issue date. Check both dates on your certificate.`,
  expired: ({ expiry }) =>
    `Your certificate expired on ${show(expiry)}. An expired certificate fails verification: renew it, then submit the new one.`,
  'expiring-soon': ({ left, expiry }) =>
    `Your certificate expires ${left === 0 ? 'today' : `in ${days(left)}`}, on ${show(expiry)}. Verification may fail when a certificate is about to expire; if you can, renew it first and submit the new one.`,
  'expiry-ok': ({ expiry }) => `Valid until ${show(expiry)}: not expired and not about to expire.`,
};

const en = {
  page: {
    title: 'Check your certificate dates',
    description:
      'Is your certificate too new, expired or about to expire? Check its issue and expiry dates before you submit it for real-name verification.',
    intro: (minDays: number): string =>
      `A certificate must have been valid for at least ${minDays} calendar days, and must not have expired. Enter the dates printed on it. They stay on your device.`,
  },
  issued: { label: 'Issue date', picker: 'Or pick the issue date' },
  expiry: { label: 'Expiry date', picker: 'Or pick the expiry date' },
  dateHint: 'Year-month-day, for example 2024-03-05 (or 20240305).',
  placeholder: 'YYYY-MM-DD',
  longTerm: 'Long-term (长期): my certificate has no expiry date',
  submit: 'Check dates',
  enterOne: 'Enter the issue date, the expiry date, or both.',
  verdict: {
    pass: 'The dates meet the rules.',
    warn: 'The dates may cause a rejection: see below.',
    fail: 'The dates do not meet the rules yet: see below.',
  },
  firstSubmit: 'First day you can submit:',
  /** A date shown on its own, large. */
  longDate: (d: CalendarDate, _format: ToolFormat): string => longDate(d),
  checkedAgainst: (today: string): string =>
    `Checked against today, ${today}, on this device’s calendar.`,
  findingsLabel: 'Findings',
  problems,
  findings,
};

export default en;
export type DatesStrings = typeof en;
