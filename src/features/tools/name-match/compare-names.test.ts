import { describe, expect, it } from 'vitest';
import { compareNames } from './compare-names';

const kinds = (a: string, b: string) =>
  compareNames(a, b).differences.map((d) => [d.kind, d.position]);

describe('compareNames', () => {
  it('passes names that are exactly the same', () => {
    const result = compareNames('阿里云计算有限公司', '阿里云计算有限公司');
    expect(result.identical).toBe(true);
    expect(result.verdict).toBe('pass');
    expect(result.differences).toEqual([]);
  });

  it('finds full-width against half-width brackets, naming the code points', () => {
    const result = compareNames('杭州某某（集团）有限公司', '杭州某某(集团)有限公司');
    expect(kinds('杭州某某（集团）有限公司', '杭州某某(集团)有限公司')).toEqual([
      ['width', 5],
      ['width', 8],
    ]);
    expect(result.differences[0]?.message).toBe(
      'Character 5: the registration has “（” (U+FF08, full-width), the certificate has “(” (U+0028, half-width); one is full-width and the other half-width.',
    );
    expect(result.findings.map((f) => f.code)).toContain('formatting-only');
    expect(result.verdict).toBe('fail');
  });

  it('finds extra, missing and different kinds of spaces', () => {
    expect(kinds('Zhang  San', 'Zhang San')).toEqual([['space', 7]]);
    expect(kinds('ZhangSan', 'Zhang San')).toEqual([['space', 6]]);
    expect(kinds('Zhang San ', 'Zhang San')).toEqual([['space', 10]]);
    expect(kinds('Zhang\u3000San', 'Zhang San')).toEqual([['width', 6]]);
    expect(kinds('Zhang\u00A0San', 'Zhang San')).toEqual([['space', 6]]);
  });

  it('finds letter case and punctuation', () => {
    expect(kinds('Example Co., Ltd.', 'EXAMPLE Co., Ltd.')).toEqual([
      ['case', 2],
      ['case', 3],
      ['case', 4],
      ['case', 5],
      ['case', 6],
      ['case', 7],
    ]);
    expect(kinds('Example Co, Ltd.', 'Example Co., Ltd.')).toEqual([['punctuation', 11]]);
    expect(kinds('艾米·张', '艾米•张')).toEqual([['similar', 3]]);
  });

  it('finds characters that look alike', () => {
    expect(kinds('王己', '王已')).toEqual([['similar', 2]]);
    expect(kinds('Sаm', 'Sam')).toEqual([['similar', 2]]); // Cyrillic а
    expect(compareNames('Sаm', 'Sam').differences[0]?.message).toContain('“а” (U+0430)');
    expect(kinds('B0B', 'BOB')).toEqual([['similar', 2]]);
  });

  it('finds plainly different and missing characters', () => {
    expect(kinds('张三', '张山')).toEqual([['different', 2]]);
    expect(kinds('某某科技有限公司', '某某信息科技有限公司')).toEqual([['missing', 3]]);
    expect(compareNames('某某科技有限公司', '某某信息科技有限公司').differences[0]?.message).toBe(
      'Before character 3, the registration is missing “信息”, which the certificate has.',
    );
  });

  it('flags an abbreviated or shortened organization name', () => {
    expect(compareNames('阿里云', '阿里云计算有限公司').abbreviated).toBe(true);
    expect(compareNames('北京某某科技', '北京某某科技有限公司').abbreviated).toBe(true);
    expect(
      compareNames('Example Tech Co., Ltd.', 'Example Technology Company Limited').abbreviated,
    ).toBe(true);
    expect(compareNames('IBM', 'International Business Machines').abbreviated).toBe(true);
    expect(compareNames('Example Ltd', 'Example Ltd').abbreviated).toBe(false);
    expect(compareNames('某某公司', '某某有限公司').findings[0]?.code).toBe('abbreviated');
  });

  it('does not call a different name an abbreviation', () => {
    const result = compareNames('张三', '李四');
    expect(result.abbreviated).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('different-registrant');
  });

  it('pairs look-alike ends of an uneven run before reporting what is missing', () => {
    expect(kinds('杭州某某（集团） 有限公司', '杭州某某(集团)科技有限公司')).toEqual([
      ['width', 5],
      ['width', 8],
      ['different', 9],
    ]);
  });

  it('handles characters outside the Basic Multilingual Plane as single characters', () => {
    expect(kinds('𠮷野家', '吉野家')).toEqual([['different', 1]]);
  });
});
