// The date rules: a certificate must have been valid for at least 10 calendar days, must not have
// expired, and may fail verification when it is about to expire.
import { addDays, daysBetween, type CalendarDate } from '../shared/calendar-date';
import { verdictOf, type Finding, type Verdict } from '../shared/finding';

/** From the rules: the certificate must have been valid for at least 10 calendar days. */
export const MIN_DAYS_VALID = 10;
/**
 * The rules only say verification "may fail if your certificate is about to expire" and give no
 * number. 30 days is our general-advice threshold, not an official one.
 */
export const EXPIRING_SOON_DAYS = 30;

/** What the date check found, with the values its sentence needs (see i18n/). */
export type DatesMessage =
  | { code: 'issued-in-future'; issued: CalendarDate }
  /** `age` in calendar days (0: issued today); `earliest` is the first day it can be submitted. */
  | { code: 'too-new'; age: number; earliest: CalendarDate; minDays: number }
  | { code: 'issue-date-ok'; age: number; minDays: number }
  | { code: 'long-term' }
  | { code: 'expiry-before-issue'; expiry: CalendarDate }
  | { code: 'expired'; expiry: CalendarDate }
  /** `left` in calendar days (0: expires today). */
  | { code: 'expiring-soon'; left: number; expiry: CalendarDate }
  | { code: 'expiry-ok'; expiry: CalendarDate };

export type DatesFinding = Finding<DatesMessage>;

export interface DatesInput {
  issued?: CalendarDate;
  expiry?: CalendarDate | 'long-term';
  today: CalendarDate;
}

export interface DatesCheck {
  findings: DatesFinding[];
  /** The first day the certificate can be submitted, when that is after today. */
  firstSubmitDate?: CalendarDate;
  verdict: Verdict;
}

export function checkCertificateDates({ issued, expiry, today }: DatesInput): DatesCheck {
  const findings: DatesFinding[] = [];
  let firstSubmitDate: CalendarDate | undefined;

  if (issued) {
    // Issued on day D, it has been valid for 10 full days at the start of day D + 10.
    const earliest = addDays(issued, MIN_DAYS_VALID);
    const age = daysBetween(issued, today);
    if (age < 0) {
      findings.push({
        code: 'issued-in-future',
        issued,
        severity: 'error',
        reason: 'invalid-certificate-information',
      });
    } else if (daysBetween(today, earliest) > 0) {
      firstSubmitDate = earliest;
      findings.push({
        code: 'too-new',
        age,
        earliest,
        minDays: MIN_DAYS_VALID,
        severity: 'error',
        reason: 'certificate-not-in-database',
      });
    } else {
      findings.push({
        code: 'issue-date-ok',
        age,
        minDays: MIN_DAYS_VALID,
        severity: 'ok',
        reason: 'certificate-not-in-database',
      });
    }
  }

  if (expiry === 'long-term') {
    findings.push({
      code: 'long-term',
      severity: 'ok',
      reason: 'invalid-certificate-information',
    });
  } else if (expiry) {
    const left = daysBetween(today, expiry);
    if (issued && daysBetween(issued, expiry) < 0) {
      findings.push({
        code: 'expiry-before-issue',
        expiry,
        severity: 'error',
        reason: 'invalid-certificate-information',
      });
    } else if (left < 0) {
      findings.push({
        code: 'expired',
        expiry,
        severity: 'error',
        reason: 'invalid-certificate-information',
      });
    } else if (left <= EXPIRING_SOON_DAYS) {
      findings.push({
        code: 'expiring-soon',
        left,
        expiry,
        severity: 'warning',
        reason: 'invalid-certificate-information',
      });
    } else {
      findings.push({
        code: 'expiry-ok',
        expiry,
        severity: 'ok',
        reason: 'invalid-certificate-information',
      });
    }
  }

  return { findings, firstSubmitDate, verdict: verdictOf(findings) };
}
