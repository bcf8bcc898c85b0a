// Vectors for the 18-character Unified Social Credit Code (GB 32100-2015). Valid codes: the
// standard's example, codes published by companies, and codes from an independent generator.
import { describe, expect, it } from 'vitest';
import { messageText, reasonSlugs } from '../shared/finding';
import { checkCertificateNumber, type NumberFinding } from './check-certificate-number';
import en from './i18n/en';
import zh from './i18n/zh';
import { usccCheckCharacter, usccProblem } from './uscc';

const today = { year: 2026, month: 11, day: 29 };
const check = (input: string) => checkCertificateNumber('business-license', input, today);
const codes = (input: string) => check(input).findings.map((f) => f.code);
const english = (f: NumberFinding | undefined) => f && messageText(en.findings, f);
const chinese = (f: NumberFinding | undefined) => f && messageText(zh.findings, f);

const valid = [
  '91110000600037341L',
  '91350100M000100Y43',
  '911100007109288314',
  '91440300708461136T',
  '914403001922038216',
  '91110108551385082Q',
  '92510107RPEQM4U03J',
  '9944030523PDCAE01J',
  '23120101TQDNTP1XEP',
  '23420102QADCGC7H96',
  '234201022XMYWX8GDC',
  '31650102FW7JXW72BD',
  '31510107KT01Y9Q6H6',
  '592301036PYLGTG8HR',
  '39350203UWQG749DTX',
  'Y1440305C7QJ3KTKCP',
  '31440305K5N6XMA1R6',
  '224403058XHAM3YL7H',
  '91330106C49NXWQWP8',
  '2242010262YYHDH24W',
  '116101136R9LU6YEU4',
  '32310104D23CU1H2FG',
  '23540102X8JU00WP74',
  '12420102AM27GQRGN5',
  '39350203F1E5Q2000P',
  'Y91201012EDEUT99Y6',
  '39610113X2R6Q8G4LM',
  'Y923010357Q4QN3C48',
  '1265010247ELEM2P3E',
  '22650102FHNX9YMYMW',
  '515401023620TGNTPJ',
  '93510107U996W8Y6Q7',
];

describe('Unified Social Credit Code: valid vectors', () => {
  it.each(valid)('%s passes every check', (code) => {
    const result = check(code);
    expect(result.verdict).toBe('pass');
    expect(result.findings.map((f) => f.code)).toEqual(['valid', 'query-platform']);
    expect(result.corrected).toBeUndefined();
  });

  it('computes C18 = 31 − (Σ Ci·Wi mod 31), writing 31 as 0', () => {
    expect(usccCheckCharacter('91110000600037341')).toBe('L');
    expect(usccCheckCharacter('39350203F1E5Q2000')).toBe('P');
    // A sum divisible by 31 gives 31, written as 0.
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
    expect(usccProblem('000000000000000000')).toBeUndefined();
  });

  it.each([
    ['spaces', '9111 0000 6000 3734 1L', 'spaces'],
    ['full-width characters', '９１１１００００６０００３７３４１Ｌ', 'full-width'],
    ['lower case', '91350100m000100y43', 'lower-case'],
  ])('passes after safe normalisation of %s, and says what changed', (_label, input, kind) => {
    const result = check(input);
    expect(result.verdict).toBe('pass');
    expect(result.changes.map((c) => c.code)).toContain(kind);
  });

  it('uses the same rules for other organization certificates with a USCC', () => {
    expect(checkCertificateNumber('uscc-certificate', '91110000600037341L', today).verdict).toBe(
      'pass',
    );
  });
});

// [input, the rule it breaks, severity, the position pointed at (if any), corrected number (if any)]
const invalid: [string, string, 'error' | 'warning', number | undefined, string | undefined][] = [
  ['91110000600037341', 'length', 'error', undefined, undefined],
  ['91110000600037341L1', 'length', 'error', undefined, undefined],
  ['9111000060003734', 'length', 'error', undefined, undefined],
  ['110000600037341', 'old-registration-number', 'error', undefined, undefined],
  ['91110000600037341M', 'check-character', 'warning', 18, undefined],
  ['911100006000373410', 'check-character', 'warning', 18, undefined],
  ['91330000MA27U8XX1L', 'check-character', 'warning', 18, undefined],
  ['01110000600037341L', 'check-character', 'warning', 18, undefined],
  ['91110000600037431L', 'check-character', 'warning', 18, undefined],
  ['92510107RPEQM4U30J', 'check-character', 'warning', 18, undefined],
  ['91110000600037341L(1-1)', 'duplicate-suffix', 'error', 19, '91110000600037341L'],
  ['91110000600037341L（1-1）', 'duplicate-suffix', 'error', 19, '91110000600037341L'],
  ['91110000600037341L (2-1)', 'duplicate-suffix', 'error', 19, '91110000600037341L'],
  ['911100006OOO37341L', 'lookalike', 'error', 10, '91110000600037341L'],
  ['9111OOOO600037341L', 'lookalike', 'error', 5, '91110000600037341L'],
  ['91I10000600037341L', 'lookalike', 'error', 3, '91110000600037341L'],
  ['91l10000600037341L', 'lookalike', 'error', 3, '91110000600037341L'],
  ['9111010B551385082Q', 'lookalike', 'error', 8, '91110108551385082Q'],
  ['91110000600037341I', 'lookalike', 'error', 18, '911100006000373411'],
  ['91110000600037341S', 'character', 'error', 18, undefined],
  ['91110000600037341V', 'character', 'error', 18, undefined],
  ['9111000060003734ZL', 'character', 'error', 17, undefined],
  ['91K10000600037341L', 'character', 'error', 3, undefined],
  ['9111000060003734!L', 'character', 'error', 17, undefined],
  ['91110000-600037341L', 'separator', 'error', 9, '91110000600037341L'],
  ['9111/0000/600037341L', 'separator', 'error', 5, '91110000600037341L'],
  ['22440305BXHAM3YL7H', 'possible-mixup', 'warning', 9, '224403058XHAM3YL7H'],
  ['11010519491231002X', 'looks-like-resident-id', 'error', undefined, undefined],
  ['', 'empty', 'error', undefined, undefined],
  ['ABCDEFGHJKLMNPQRTU', 'character', 'error', 3, undefined],
  ['统一社会信用代码', 'character', 'error', 1, undefined],
];

describe('Unified Social Credit Code: invalid vectors', () => {
  it.each(invalid)('%s breaks the rule “%s”', (input, code, severity, position, corrected) => {
    const result = check(input);
    expect(result.verdict).toBe(severity === 'error' ? 'fail' : 'warn');
    const finding = result.findings.find((f) => f.code === code);
    expect(finding, codes(input).join(', ')).toBeDefined();
    expect(finding?.severity).toBe(severity);
    expect(finding?.position).toBe(position);
    expect(result.corrected).toBe(corrected);
  });

  it('a failed checksum warns but does not block, and says published codes sometimes differ', () => {
    const result = check('91110000600037341M');
    expect(result.verdict).toBe('warn');
    expect(english(result.findings[0])).toMatch(/should be L, not M/);
    expect(english(result.findings[0])).toMatch(/you can still submit it/);
    expect(chinese(result.findings[0])).toMatch(/应该是 L，不是 M.*仍然可以提交/);
  });

  it('offers the 8 ↔ B swap that makes the code valid', () => {
    const result = check('22440305BXHAM3YL7H');
    const mixup = result.findings.find((f) => f.code === 'possible-mixup');
    expect(english(mixup)).toMatch(
      /if this is the digit 8 rather than the letter B, the code is valid: 224403058XHAM3YL7H/,
    );
    expect(chinese(mixup)).toBe(
      '第 9 位：如果这里是数字 8 而不是字母 B，代码就是有效的：224403058XHAM3YL7H。请对照证件核对这一位。',
    );
  });

  it('offers 1 for a lower-case l when that makes the code valid', () => {
    const result = check('9111000060003734lL');
    expect(
      result.findings.filter((f) => f.code === 'possible-mixup').map((f) => f.position),
    ).toContain(17);
  });

  it('tells the person to leave out “(1-1)”, linking the mismatch reason', () => {
    const suffix = check('91110000600037341L(1-1)').findings[0];
    expect(english(suffix)).toBe(
      'Leave out the duplicate number “(1-1)”. Enter only the number itself, without the part in brackets.',
    );
    expect(suffix?.reason).toBe('inconsistent-registrant-information');
    expect(codes('91110000600037341L(1-1)')).toContain('valid-after-correction');
  });

  it('links every message to a reason page, in a full sentence in both languages', () => {
    for (const input of [...valid, ...invalid.map(([i]) => i)]) {
      for (const f of check(input).findings) {
        expect(reasonSlugs).toContain(f.reason);
        expect(english(f)).toMatch(/^[A-Z0-9].*[.]$/s);
        expect(chinese(f)).toMatch(/^[\p{Script=Han}“].*。$/su);
      }
    }
  });

  it('always points at the China Organization Data Service query platform and phone number', () => {
    expect(english(check('91110000600037341L').findings.at(-1))).toMatch(/400-807-6000/);
    expect(chinese(check('91110000600037341L').findings.at(-1))).toMatch(
      /全国组织机构统一社会信用代码数据服务中心.*400-807-6000/,
    );
  });
});
