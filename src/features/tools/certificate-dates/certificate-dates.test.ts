import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date';
import { EXPIRING_SOON_DAYS, checkCertificateDates } from './check-certificate-dates';
import { parseDateInput } from './parse-date-input';

const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const today = d('2026-11-29');
const codes = (issued?: string, expiry?: string | 'long-term') =>
  checkCertificateDates({
    issued: issued ? d(issued) : undefined,
    expiry: expiry === 'long-term' ? 'long-term' : expiry ? d(expiry) : undefined,
    today,
  }).findings.map((f) => f.code);

describe('parseDateInput', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    [' 2024-03-05 ', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateInput(text)).toEqual({ kind: 'date', date: d(iso) });
  });
  it('refuses day-first and month-first dates instead of guessing', () => {
    const result = parseDateInput('05/03/2024');
    expect(result).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/Write the year first/),
    });
  });
  it('says which day does not exist', () => {
    expect(parseDateInput('2023-02-29')).toEqual({
      kind: 'invalid',
      message: 'There is no 29 February 2023. Check the date on your certificate.',
    });
    expect(parseDateInput('2023-13-01')).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/no month 13/),
    });
  });
  it('reads 长期 / long-term only where it is allowed', () => {
    expect(parseDateInput('长期', { allowLongTerm: true })).toEqual({ kind: 'long-term' });
    expect(parseDateInput('Long-term', { allowLongTerm: true })).toEqual({ kind: 'long-term' });
    expect(parseDateInput('长期').kind).toBe('invalid');
  });
  it('treats blank as empty', () => {
    expect(parseDateInput('  ')).toEqual({ kind: 'empty' });
    expect(parseDateInput('tomorrow').kind).toBe('invalid');
  });
});

describe('checkCertificateDates', () => {
  it('a certificate issued fewer than 10 calendar days ago is not ready, and says when it will be', () => {
    const result = checkCertificateDates({ issued: d('2026-11-20'), today });
    expect(result.verdict).toBe('fail');
    expect(result.firstSubmitDate).toEqual(d('2026-11-30'));
    expect(result.findings[0]).toMatchObject({
      code: 'too-new',
      reason: 'certificate-not-in-database',
    });
    expect(result.findings[0]?.message).toBe(
      'Not yet: your certificate was issued 9 calendar days ago, and it must have been valid for at least 10 calendar days. Submit on or after Monday 30 November 2026 (2026-11-30).',
    );
  });
  it.each([
    ['2026-11-29', 'too-new'],
    ['2026-11-28', 'too-new'],
    ['2026-11-20', 'too-new'],
    ['2026-11-19', 'issue-date-ok'],
    ['2026-01-01', 'issue-date-ok'],
    ['2026-11-30', 'issued-in-future'],
  ])('issued %s: %s', (issued, code) => {
    expect(codes(issued)).toEqual([code]);
  });
  it('counts across a month and a leap day', () => {
    expect(
      checkCertificateDates({ issued: d('2028-02-25'), today: d('2028-03-05') }).firstSubmitDate,
    ).toEqual(d('2028-03-06'));
  });
  it.each([
    ['2026-11-28', 'expired'],
    ['2020-01-01', 'expired'],
    ['2026-11-29', 'expiring-soon'],
    ['2026-11-30', 'expiring-soon'],
    ['2026-12-29', 'expiring-soon'],
    ['2026-12-30', 'expiry-ok'],
    ['2046-11-29', 'expiry-ok'],
    ['long-term', 'long-term'],
  ])('expiry %s: %s', (expiry, code) => {
    expect(codes(undefined, expiry)).toEqual([code]);
  });
  it(`warns within ${EXPIRING_SOON_DAYS} days, naming the date`, () => {
    const result = checkCertificateDates({ expiry: d('2026-12-10'), today });
    expect(result.verdict).toBe('warn');
    expect(result.findings[0]?.message).toMatch(
      /expires in 11 calendar days, on Thursday 10 December 2026 \(2026-12-10\)/,
    );
  });
  it('an expired certificate fails', () => {
    expect(
      checkCertificateDates({ issued: d('2006-01-01'), expiry: d('2026-01-01'), today }).verdict,
    ).toBe('fail');
  });
  it('an expiry before the issue date is a typing mistake', () => {
    expect(codes('2020-05-01', '2019-05-01')).toEqual(['issue-date-ok', 'expiry-before-issue']);
  });
  it('passes a certificate that is old enough and far from expiry', () => {
    const result = checkCertificateDates({
      issued: d('2016-05-01'),
      expiry: d('2036-05-01'),
      today,
    });
    expect(result.verdict).toBe('pass');
  });
});
