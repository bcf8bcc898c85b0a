// Passports and other documents have no public checksum: only the safe checks apply
// (length, characters, look-alikes), and they warn rather than block.
import { describe, expect, it } from 'vitest';
import { messageText, reasonSlugs } from '../shared/finding';
import type { CertificateType } from './certificate-types';
import { checkCertificateNumber } from './check-certificate-number';
import en from './i18n/en';
import zh from './i18n/zh';

const today = { year: 2026, month: 11, day: 29 };
const check = (type: CertificateType, input: string) => checkCertificateNumber(type, input, today);

const valid: [CertificateType, string][] = [
  ['passport', 'E12345678'],
  ['passport', 'EA2345678'],
  ['passport', 'K7654321'],
  ['passport', '533456789'],
  ['passport', 'X2345677'],
  ['passport', 'PA765432'],
  ['passport', 'C23456789'],
  ['passport', '12345'],
  ['passport', 'ZA1234567'],
  ['passport', 'N23456'],
  ['passport', 'GK34567'],
  ['passport', 'HJ3456'],
  ['foreign-permanent-resident-id', 'USA123456789012'],
  ['foreign-permanent-resident-id', '933156199001010015'],
  ['hmt-residence-permit', '810000199001010013'],
  ['hmt-residence-permit', '830000197507072224'],
  ['household-register', '420102195611146519'],
  ['other', 'HK2345679'],
  ['other', 'CR1234567'],
  ['other', '202345672K'],
  ['other', 'UEN2023456Z'],
  ['other', 'HRB123456'],
  ['other', 'C2345679'],
  ['other', 'JP7011001'],
  ['other', 'GB123456789'],
  ['other', 'DE234567'],
  ['other', 'ACN004085616'],
  ['other', 'K3345678'],
  ['other', 'SG2034567'],
  ['other', 'AU12345678'],
];

describe('passports and other documents: valid vectors', () => {
  it.each(valid)('%s %s passes the safe checks', (type, input) => {
    const result = check(type, input);
    expect(result.verdict).toBe('pass');
    expect(result.findings.map((f) => f.code)).toContain('basic-checks-passed');
  });
});

const invalid: [CertificateType, string, string, number | undefined][] = [
  ['passport', 'E123', 'length-short', undefined],
  ['passport', 'E12', 'length-short', undefined],
  ['passport', 'E123456789012', 'length-long', undefined],
  ['passport', 'E1234-5678', 'character', 6],
  ['passport', 'E1234.5678', 'character', 6],
  ['passport', 'E12345/78', 'character', 7],
  ['passport', '护照E1234567', 'character', 1],
  ['passport', 'E12345#78', 'character', 7],
  ['passport', 'E1234567l', 'lookalike', 9],
  ['passport', 'l23456789', 'lookalike', 1],
  ['passport', '11010519491231002X', 'looks-like-resident-id', undefined],
  ['passport', '', 'empty', undefined],
  ['foreign-permanent-resident-id', 'USA1', 'length-short', undefined],
  ['foreign-permanent-resident-id', 'USA-123456789012', 'character', 4],
  ['foreign-permanent-resident-id', '', 'empty', undefined],
  ['hmt-residence-permit', '8100001990_01010013', 'character', 11],
  ['hmt-residence-permit', '8100', 'length-short', undefined],
  ['hmt-residence-permit', '8100001990010100l3', 'lookalike', 17],
  ['household-register', '4201', 'length-short', undefined],
  ['household-register', '420102(1956)', 'character', 7],
  ['household-register', '', 'empty', undefined],
  ['other', 'A1', 'length-short', undefined],
  ['other', 'No. 12345', 'character', 3],
  ['other', 'HRB 12345 (B)', 'character', 9],
  ['other', '登记号12345', 'character', 1],
  ['other', '12345l', 'lookalike', 6],
  ['other', '12-345-678', 'character', 3],
  ['other', 'ABC*123', 'character', 4],
  ['other', '', 'empty', undefined],
  ['other', 'X', 'length-short', undefined],
];

describe('passports and other documents: invalid vectors', () => {
  it.each(invalid)('%s %s: %s', (type, input, code, position) => {
    const result = check(type, input);
    const finding = result.findings.find((f) => f.code === code);
    expect(finding, result.findings.map((f) => f.code).join(', ')).toBeDefined();
    expect(finding?.position).toBe(position);
    expect(result.verdict).toBe(code === 'empty' ? 'fail' : 'warn');
  });

  it('points at every character that looks like another, as a note to check', () => {
    const note = check('passport', 'EO1I8B').findings.find((f) => f.code === 'check-lookalikes');
    expect(note?.severity).toBe('note');
    expect(note && messageText(zh.findings, note)).toContain(
      '第 2 位是字母 O；第 3 位是数字 1；第 4 位是字母 I；第 5 位是数字 8；第 6 位是字母 B',
    );
    expect(note && messageText(en.findings, note)).toContain(
      'position 2 is the letter O; position 3 is the digit 1; position 4 is the letter I; position 5 is the digit 8; position 6 is the letter B',
    );
  });

  it('never invents a correction for documents that use both letters and digits', () => {
    expect(check('passport', 'EO1I8B').corrected).toBeUndefined();
  });

  it('keeps the safe normalisation: spaces, full width, lower case', () => {
    const result = check('passport', ' ｅ１２３ 45678 ');
    expect(result.normalized).toBe('E12345678');
    expect(result.changes.map((c) => c.code)).toEqual(['spaces', 'full-width', 'lower-case']);
    expect(result.changes.map((c) => messageText(zh.changes, c))).toEqual([
      '去掉了 3 个空格或换行。填号码时不要加空格。',
      '把 4 个全角字符改成了半角（ｅ → e）。输入号码时，请把输入法切换到半角。',
      '把 1 个小写字母改成了大写（e → E）。',
    ]);
  });
});

describe('passports and other documents: messages', () => {
  it('are full sentences in both languages, each linked to a reason page', () => {
    for (const [type, input] of [...valid, ...invalid.map(([t, i]) => [t, i] as const)]) {
      for (const f of check(type, input).findings) {
        expect(reasonSlugs).toContain(f.reason);
        expect(messageText(en.findings, f)).toMatch(/^[A-Z0-9].*[.]$/s);
        expect(messageText(zh.findings, f)).toMatch(/^[\p{Script=Han}“].*。$/su);
      }
    }
  });
});
