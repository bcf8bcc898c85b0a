// The date rules: a certificate must have been valid for at least 10 calendar days, must not have
// expired, and may fail verification when it is about to expire.
import {
  addDays,
  daysBetween,
  toIsoDate,
  toLongDate,
  type CalendarDate,
} from '../shared/calendar-date';
import { verdictOf, type Finding, type Verdict } from '../shared/finding';

/** From the rules: the certificate must have been valid for at least 10 calendar days. */
export const MIN_DAYS_VALID = 10;
/**
 * The rules only say verification "may fail if your certificate is about to expire" and give no
 * number. 30 days is our general-advice threshold, not an official one.
 */
export const EXPIRING_SOON_DAYS = 30;

export interface DatesInput {
  issued?: CalendarDate;
  expiry?: CalendarDate | 'long-term';
  today: CalendarDate;
}

export interface DatesCheck {
  findings: Finding[];
  /** The first day the certificate can be submitted, when that is after today. */
  firstSubmitDate?: CalendarDate;
  verdict: Verdict;
}

const days = (n: number) => `${n} calendar ${n === 1 ? 'day' : 'days'}`;
const show = (d: CalendarDate) => `${toLongDate(d)} (${toIsoDate(d)})`;

export function checkCertificateDates({ issued, expiry, today }: DatesInput): DatesCheck {
  const findings: Finding[] = [];
  let firstSubmitDate: CalendarDate | undefined;

  if (issued) {
    // Issued on day D, it has been valid for 10 full days at the start of day D + 10.
    const earliest = addDays(issued, MIN_DAYS_VALID);
    const age = daysBetween(issued, today);
    if (age < 0) {
      findings.push({
        code: 'issued-in-future',
        severity: 'error',
        message: `The issue date, ${show(issued)}, is in the future. Check the date on your certificate.`,
        reason: 'invalid-certificate-information',
      });
    } else if (daysBetween(today, earliest) > 0) {
      firstSubmitDate = earliest;
      findings.push({
        code: 'too-new',
        severity: 'error',
        message: `Not yet: your certificate was issued ${age === 0 ? 'today' : `${days(age)} ago`}, and it must have been valid for at least ${MIN_DAYS_VALID} calendar days. Submit on or after ${show(earliest)}.`,
        reason: 'certificate-not-in-database',
      });
    } else {
      findings.push({
        code: 'issue-date-ok',
        severity: 'ok',
        message: `Issued ${days(age)} ago: it has been valid for at least ${MIN_DAYS_VALID} calendar days.`,
        reason: 'certificate-not-in-database',
      });
    }
  }

  if (expiry === 'long-term') {
    findings.push({
      code: 'long-term',
      severity: 'ok',
      message: 'Long-term validity: the certificate does not expire.',
      reason: 'invalid-certificate-information',
    });
  } else if (expiry) {
    const left = daysBetween(today, expiry);
    if (issued && daysBetween(issued, expiry) < 0) {
      findings.push({
        code: 'expiry-before-issue',
        severity: 'error',
        message: `The expiry date, ${show(expiry)}, is before the issue date. Check both dates on your certificate.`,
        reason: 'invalid-certificate-information',
      });
    } else if (left < 0) {
      findings.push({
        code: 'expired',
        severity: 'error',
        message: `Your certificate expired on ${show(expiry)}. An expired certificate fails verification: renew it, then submit the new one.`,
        reason: 'invalid-certificate-information',
      });
    } else if (left <= EXPIRING_SOON_DAYS) {
      findings.push({
        code: 'expiring-soon',
        severity: 'warning',
        message: `Your certificate expires ${left === 0 ? 'today' : `in ${days(left)}`}, on ${show(expiry)}. Verification may fail when a certificate is about to expire; if you can, renew it first and submit the new one.`,
        reason: 'invalid-certificate-information',
      });
    } else {
      findings.push({
        code: 'expiry-ok',
        severity: 'ok',
        message: `Valid until ${show(expiry)}: not expired and not about to expire.`,
        reason: 'invalid-certificate-information',
      });
    }
  }

  return { findings, firstSubmitDate, verdict: verdictOf(findings) };
}
