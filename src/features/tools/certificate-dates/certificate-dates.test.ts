import { describe, expect, it } from 'vitest';
import type { ToolFormat } from '../i18n/format';
import type { CalendarDate } from '../shared/calendar-date';
import { messageText } from '../shared/finding';
import {
  EXPIRING_SOON_DAYS,
  checkCertificateDates,
  type DatesFinding,
} from './check-certificate-dates';
import en from './i18n/en';
import zh from './i18n/zh';
import { parseDateInput } from './parse-date-input';

/** What useFormat() gives a page in this language. */
const formatFor = (tag: string): ToolFormat => ({
  number: (n) => new Intl.NumberFormat(tag).format(n),
  date: (year, month, day) =>
    new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    ),
});
const english = (f: DatesFinding | undefined) => f && messageText(en.findings, f, formatFor('en'));
const chinese = (f: DatesFinding | undefined) =>
  f && messageText(zh.findings, f, formatFor('zh-CN'));
const problem = (text: string, options?: { allowLongTerm: boolean }) => {
  const parsed = parseDateInput(text, options);
  return parsed.kind === 'invalid' ? messageText(en.problems, parsed.problem) : parsed.kind;
};

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
    expect(parseDateInput('05/03/2024')).toEqual({
      kind: 'invalid',
      problem: { code: 'year-last' },
    });
    expect(problem('05/03/2024')).toMatch(/Write the year first/);
  });
  it('says which day does not exist', () => {
    expect(parseDateInput('2023-02-29')).toEqual({
      kind: 'invalid',
      problem: { code: 'no-such-day', year: 2023, month: 2, day: 29 },
    });
    expect(problem('2023-02-29')).toBe(
      'There is no 29 February 2023. Check the date on your certificate.',
    );
    expect(problem('2023-13-01')).toMatch(/no month 13/);
  });
  it('says so in Chinese too', () => {
    const parsed = parseDateInput('2023-02-29');
    expect(parsed.kind === 'invalid' && messageText(zh.problems, parsed.problem)).toBe(
      '2023年没有2月29日这一天。请对照证件再核对一下日期。',
    );
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
    expect(english(result.findings[0])).toBe(
      'Not yet: your certificate was issued 9 calendar days ago, and it must have been valid for at least 10 calendar days. Submit on or after Monday 30 November 2026 (2026-11-30).',
    );
    expect(chinese(result.findings[0])).toBe(
      '现在还不能提交：你的证件签发才 9 个自然日，要生效满 10 个自然日才行。请在 2026年11月30日（星期一）当天或之后提交。',
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
    expect(english(result.findings[0])).toMatch(
      /expires in 11 calendar days, on Thursday 10 December 2026 \(2026-12-10\)/,
    );
    expect(chinese(result.findings[0])).toMatch(
      /还有 11 个自然日就到期了，到期日是 2026年12月10日（星期四）。/,
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

describe('the date messages in both languages', () => {
  const cases: [string | undefined, string | 'long-term' | undefined][] = [
    ['2026-11-29', undefined],
    ['2026-11-20', undefined],
    ['2026-01-01', undefined],
    ['2026-11-30', undefined],
    [undefined, '2026-11-28'],
    [undefined, '2026-11-29'],
    [undefined, '2026-12-10'],
    [undefined, '2046-11-29'],
    [undefined, 'long-term'],
    ['2020-05-01', '2019-05-01'],
  ];
  it('are whole sentences: English ends with a full stop, Chinese with 。', () => {
    for (const [issued, expiry] of cases) {
      const { findings } = checkCertificateDates({
        issued: issued ? d(issued) : undefined,
        expiry: expiry === 'long-term' ? 'long-term' : expiry ? d(expiry) : undefined,
        today,
      });
      for (const f of findings) {
        expect(english(f)).toMatch(/^[A-Z].*\.$/);
        expect(chinese(f)).toMatch(/^\p{Script=Han}.*。$/u);
        expect(chinese(f)).not.toMatch(/[A-Za-z]{3}/);
      }
    }
  });
  it('write Chinese dates the Chinese way, with the weekday', () => {
    expect(zh.longDate(d('2026-03-01'), formatFor('zh-CN'))).toBe('2026年3月1日（星期日）');
    expect(en.longDate(d('2026-03-01'), formatFor('en'))).toBe('Sunday 1 March 2026');
  });
});
