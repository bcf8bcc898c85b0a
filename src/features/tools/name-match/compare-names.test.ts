import { describe, expect, it } from 'vitest';
import { messageText } from '../shared/finding';
import { chineseChars } from './chinese-chars';
import { compareNames, needsChineseChars, type NameComparison } from './compare-names';
import en from './i18n/en';
import zh from './i18n/zh';

const kinds = (a: string, b: string) =>
  compareNames(a, b).differences.map((d) => [d.kind, d.position]);
/** The sentences the page shows for each difference, in one language. */
const says = (result: NameComparison, strings: typeof en) =>
  result.findings
    .filter((f) => f.code === 'difference')
    .map((f) => messageText(strings.findings, f));

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
    expect(says(result, en)[0]).toBe(
      'Character 5: the registration has “（” (U+FF08, full-width), the certificate has “(” (U+0028, half-width); one is full-width and the other half-width.',
    );
    expect(says(result, zh)[0]).toBe(
      '第 5 个字符：你填的是全角的“（”（U+FF08），证件上是半角的“(”（U+0028）；一个是全角，一个是半角。',
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
    expect(says(compareNames('Sаm', 'Sam'), en)[0]).toContain('“а” (U+0430)');
    expect(kinds('B0B', 'BOB')).toEqual([['similar', 2]]);
  });

  it('finds plainly different and missing characters', () => {
    expect(kinds('张三', '张山')).toEqual([['different', 2]]);
    expect(kinds('某某科技有限公司', '某某信息科技有限公司')).toEqual([['missing', 3]]);
    const missing = compareNames('某某科技有限公司', '某某信息科技有限公司');
    expect(says(missing, en)[0]).toBe(
      'Before character 3, the registration is missing “信息”, which the certificate has.',
    );
    expect(says(missing, zh)[0]).toBe('第 3 个字前面：你填的名称里少了“信息”，证件上有。');
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

describe('compareNames with the Chinese tables', () => {
  const compare = (registrant: string, certificate: string) =>
    compareNames(registrant, certificate, chineseChars);

  it('knows a Traditional character from its Simplified form, in either field', () => {
    const result = compare('张三', '張三');
    expect(result.differences).toEqual([
      {
        shape: 'pair',
        kind: 'traditional',
        traditional: 'certificate',
        simplified: '张',
        registrant: '张',
        certificate: '張',
        position: 1,
      },
    ]);
    expect(says(result, zh)).toEqual([
      '第 1 个字：证件上是繁体的“張”，你填的是简体的“张”。两者要完全一致。',
    ]);
    expect(says(result, en)).toEqual([
      'Character 1: the registration has the Simplified form “张”, the certificate has the Traditional form “張”. The two must be exactly the same.',
    ]);
    expect(says(compare('陳華', '陈华'), zh)).toEqual([
      '第 1 个字：证件上是简体的“陈”，你填的是繁体的“陳”。两者要完全一致。',
      '第 2 个字：证件上是简体的“华”，你填的是繁体的“華”。两者要完全一致。',
    ]);
    expect(result.verdict).toBe('fail');
  });

  it('says when two characters sound the same, with the pinyin and its tone', () => {
    const result = compare('小明', '晓明');
    expect(result.differences[0]).toMatchObject({
      kind: 'homophone',
      registrantPinyin: 'xiǎo',
      certificatePinyin: 'xiǎo',
    });
    expect(says(result, zh)).toEqual([
      '第 1 个字：“晓”和“小”读音相同（xiǎo），但是不同的字。请照证件填写“晓”。',
    ]);
    expect(says(result, en)).toEqual([
      'Character 1: “小” and “晓” sound the same (xiǎo) but are different characters. Enter “晓”, as on the certificate.',
    ]);
    expect(says(compare('王琳', '王林'), zh)).toEqual([
      '第 2 个字：“林”和“琳”读音相同（lín），但是不同的字。请照证件填写“林”。',
    ]);
    expect(compare('李铭', '李明').differences[0]).toMatchObject({
      kind: 'homophone',
      registrantPinyin: 'míng',
    });
  });

  it('says when two characters sound alike, or differ only in tone', () => {
    expect(says(compare('张', '章'), zh)).toEqual([
      '第 1 个字：“章”和“张”读音相同（zhāng），但是不同的字。请照证件填写“章”。',
    ]);
    expect(says(compare('王芳', '汪芳'), zh)).toEqual([
      '第 1 个字：“汪”（wāng）和“王”（wáng）读音相近，但是不同的字。请照证件填写“汪”。',
    ]);
    expect(says(compare('王芳', '汪芳'), en)).toEqual([
      'Character 1: “王” (wáng) and “汪” (wāng) sound alike but are different characters. Enter “汪”, as on the certificate.',
    ]);
  });

  it('explains both differences in 张小明 against 張晓明', () => {
    const result = compare('张小明', '張晓明');
    expect(result.differences.map((d) => d.kind)).toEqual(['traditional', 'homophone']);
    expect(says(result, zh)).toEqual([
      '第 1 个字：证件上是繁体的“張”，你填的是简体的“张”。两者要完全一致。',
      '第 2 个字：“晓”和“小”读音相同（xiǎo），但是不同的字。请照证件填写“晓”。',
    ]);
  });

  it('keeps characters that look alike as they were', () => {
    const result = compare('王己', '王已');
    expect(result.differences.map((d) => d.kind)).toEqual(['similar']);
    expect(says(result, zh)).toEqual([
      '第 2 个字：你填的是“己”，证件上是“已”；两个字长得像，但不是同一个字。',
    ]);
  });

  it('leaves plainly different characters, English names and formatting as they were', () => {
    expect(compare('张三', '李四').differences.map((d) => d.kind)).toEqual([
      'different',
      'different',
    ]);
    for (const [a, b] of [
      ['Zhang  San', 'Zhang San'],
      ['Example Co., Ltd.', 'EXAMPLE Co., Ltd.'],
      ['Example Tech Co., Ltd.', 'Example Technology Company Limited'],
      ['Sаm', 'Sam'],
      ['杭州某某（集团）有限公司', '杭州某某(集团)有限公司'],
    ] as const) {
      expect(compare(a, b)).toEqual(compareNames(a, b));
    }
  });

  it('asks for the tables only when the names differ in a Chinese character on both sides', () => {
    expect(needsChineseChars(compareNames('张小明', '張晓明'))).toBe(true);
    expect(needsChineseChars(compareNames('王己', '王已'))).toBe(true);
    expect(needsChineseChars(compareNames('张三', '张三'))).toBe(false);
    expect(needsChineseChars(compareNames('Zhang San', 'Zhang  San'))).toBe(false);
    expect(needsChineseChars(compareNames('杭州某某（集团）', '杭州某某(集团)'))).toBe(false);
    expect(needsChineseChars(compareNames('某某科技', '某某信息科技'))).toBe(false);
  });
});

describe('the name messages in both languages', () => {
  const pairs = [
    ['杭州某某（集团）有限公司', '杭州某某(集团)有限公司'],
    ['Zhang  San', 'Zhang San'],
    ['Example Co., Ltd.', 'EXAMPLE Co., Ltd.'],
    ['艾米·张', '艾米•张'],
    ['某某科技有限公司', '某某信息科技有限公司'],
    ['杭州某某（集团） 有限公司', '杭州某某(集团)科技有限公司'],
    ['阿里云', '阿里云计算有限公司'],
    ['张小明', '張晓明'],
    ['髮', '發'],
    ['张三', '张三'],
  ] as const;
  it('are full sentences', () => {
    for (const [a, b] of pairs) {
      for (const f of compareNames(a, b, chineseChars).findings) {
        expect(messageText(en.findings, f)).toMatch(/^[A-Z“].*[.]$/s);
        expect(messageText(zh.findings, f)).toMatch(/^[\p{Script=Han}].*。$/su);
      }
    }
  });
});
