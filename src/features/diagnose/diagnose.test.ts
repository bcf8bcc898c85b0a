import reasonsEn from 'virtual:reason-catalog/en';
import reasonsZh from 'virtual:reason-catalog/zh';
import { describe, expect, it } from 'vitest';
import { languageTags, type Locale } from '../../i18n/locales';
import {
  answersToParams,
  certificatesFor,
  isComplete,
  parseAnswers,
  registrantKinds,
  regions,
  specialCasesFor,
  withAnswer,
  type Answers,
} from './answers';
import { buildChecklist, linkHref } from './build-checklist';
import { describeChecklist } from './describe-checklist';
import en from './i18n/en';
import zh from './i18n/zh';

const known = new Set(reasonsEn.map((r) => r.slug));
const parse = (query: string) => parseAnswers(new URLSearchParams(query), known);
const checklist = (query: string) => {
  const answers = parse(query);
  if (!isComplete(answers)) throw new Error(`incomplete: ${query}`);
  return buildChecklist(answers);
};
const languages = {
  en: { strings: en, reasons: reasonsEn },
  zh: { strings: zh, reasons: reasonsZh },
} as const;
/** The checklist as a reader of `locale` sees it. */
const described = (query: string, locale: Locale = 'en') => {
  const { strings, reasons } = languages[locale];
  const format = new Intl.NumberFormat(languageTags[locale]);
  return describeChecklist(checklist(query), strings, reasons, (n) => format.format(n));
};
const allText = (query: string, locale: Locale = 'en') => {
  const c = described(query, locale);
  return [...c.warnings, ...c.steps]
    .flatMap((i) => [i.title, ...i.details, ...i.links.map((l) => l.label)])
    .concat(c.cannotUse)
    .join('\n');
};
const codes = <T extends { code: string }>(items: T[]) => items.map((i) => i.code);

describe('answers in the URL', () => {
  it('round-trips', () => {
    const query =
      'who=individual&region=chinese-mainland&certificate=resident-id&special=name-change&special=new-certificate&message=certificate-not-in-database';
    expect(answersToParams(parse(query)).toString()).toBe(query);
  });
  it('drops values it does not know, and certificates that do not fit', () => {
    expect(parse('who=robot&region=moon&certificate=passport&message=nope')).toEqual({
      special: [],
    });
    expect(parse('who=organization&certificate=passport&special=military')).toEqual({
      who: 'organization',
      special: [],
    });
  });
  it('forgets an impossible certificate when the registrant kind changes', () => {
    const a: Answers = {
      who: 'individual',
      region: 'chinese-mainland',
      certificate: 'passport',
      special: ['military'],
    };
    expect(withAnswer(a, { who: 'organization' })).toEqual({
      who: 'organization',
      region: 'chinese-mainland',
      special: [],
    });
  });
  it('is complete once who, where and which certificate are answered', () => {
    expect(isComplete(parse('who=individual&region=chinese-mainland'))).toBe(false);
    expect(
      isComplete(parse('who=individual&region=chinese-mainland&certificate=resident-id')),
    ).toBe(true);
  });
});

describe('buildChecklist: codes and values', () => {
  it('a mainland individual with a resident identity card: identity side, Chinese mainland, no warnings', () => {
    const c = checklist('who=individual&region=chinese-mainland&certificate=resident-id');
    expect(c.warnings).toEqual([]);
    expect(codes(c.steps)).toEqual(['type', 'region', 'name', 'number', 'dates', 'image']);
    expect(c.steps[1]).toMatchObject({
      code: 'region',
      region: 'chinese-mainland',
      mustBeMainland: true,
    });
    expect(c.steps[3]).toMatchObject({ rule: { kind: 'resident-id', digits: 18 } });
    expect(c.steps[5]).toMatchObject({
      code: 'image',
      certificate: 'resident-id',
      formats: ['JPG', 'JPEG', 'PNG', 'BMP', 'HEIC', 'WebP'],
      minKb: 55,
      maxMb: 5,
    });
    expect(codes(c.cannotUse)).toEqual([
      'passport-instead-of-resident-id',
      'black-and-white',
      'watermarked-or-edited',
      'mirrored',
      'renamed-extension',
    ]);
  });
  it('a passport: the region is general advice, any number', () => {
    const c = checklist('who=individual&region=outside-chinese-mainland&certificate=passport');
    expect(c.steps[1]).toMatchObject({
      region: 'outside-chinese-mainland',
      mustBeMainland: false,
    });
    expect(c.steps[3]).toMatchObject({ rule: { kind: 'any' } });
  });
  it('a mainland organization: the USCC rule with its helpline, full name, no (1-1)', () => {
    const c = checklist('who=organization&region=chinese-mainland&certificate=business-license');
    expect(c.warnings).toEqual([]);
    expect(c.steps.find((s) => s.code === 'name')).toMatchObject({ organization: true });
    expect(c.steps.find((s) => s.code === 'number')).toMatchObject({
      rule: { kind: 'uscc', length: 18, helpline: '400-807-6000' },
    });
    expect(codes(c.cannotUse)).toEqual(
      expect.arrayContaining(['no-uscc', 'abbreviated-name', 'duplicate-number']),
    );
  });
  it('warns when the certificate does not fit the region', () => {
    const warnings = (query: string) => codes(checklist(query).warnings);
    expect(
      checklist('who=individual&region=chinese-mainland&certificate=passport').warnings,
    ).toEqual([
      {
        code: 'mainland-individual',
        chosen: 'passport',
        links: [{ kind: 'reason', slug: 'invalid-certificate-type-or-number' }],
      },
    ]);
    expect(
      warnings('who=individual&region=outside-chinese-mainland&certificate=resident-id'),
    ).toEqual(['outside-individual']);
    expect(warnings('who=individual&region=outside-chinese-mainland&certificate=passport')).toEqual(
      [],
    );
    expect(warnings('who=organization&region=chinese-mainland&certificate=other')).toEqual([
      'mainland-organization',
    ]);
    expect(
      warnings('who=organization&region=outside-chinese-mainland&certificate=business-license'),
    ).toEqual(['outside-organization']);
    expect(warnings('who=organization&region=outside-chinese-mainland&certificate=other')).toEqual(
      [],
    );
  });
  it('military personnel cannot use the resident identity card number', () => {
    const c = checklist(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=military',
    );
    expect(c.warnings).toMatchObject([{ code: 'military-resident-id', residentIdDigits: 18 }]);
    expect(c.cannotUse[0]).toEqual({ code: 'resident-id-number-military', residentIdDigits: 18 });
    expect(codes(c.steps)).toContain('military');
    expect(c.steps.find((s) => s.code === 'number')).toMatchObject({ rule: { kind: 'any' } });
    expect(
      checklist('who=individual&region=chinese-mainland&certificate=passport&special=military')
        .warnings,
    ).toEqual([]);
  });
  it('a changed name or moving household registration adds its step', () => {
    expect(
      codes(
        checklist(
          'who=individual&region=chinese-mainland&certificate=resident-id&special=name-change',
        ).steps,
      ),
    ).toContain('name-change');
  });
  it('a new certificate: wait 10 calendar days, with the dates tool', () => {
    const c = checklist(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=new-certificate',
    );
    const dates = c.steps.find((s) => s.code === 'dates');
    expect(dates).toMatchObject({ minValidDays: 10, newCertificate: true });
    expect(dates?.links.map(linkHref)).toEqual([
      '/tools/certificate-dates',
      '/reasons/certificate-not-in-database',
    ]);
  });
  it('the message received is the last step, linking its reason page', () => {
    const c = checklist(
      'who=individual&region=chinese-mainland&certificate=resident-id&message=unclear-certificate-image',
    );
    expect(c.steps.at(-1)).toEqual({
      code: 'message',
      slug: 'unclear-certificate-image',
      links: [{ kind: 'reason', slug: 'unclear-certificate-image' }],
    });
  });
  it('links only to tools, the image checker and reason pages that exist', () => {
    const c = checklist(
      'who=organization&region=chinese-mainland&certificate=business-license&special=new-certificate&message=file-size-invalid',
    );
    for (const link of c.steps.flatMap((s) => s.links).concat(c.warnings.flatMap((w) => w.links))) {
      const href = linkHref(link);
      expect(href).toMatch(
        /^\/(tools\/(certificate-number|certificate-dates|name-match)|check|reasons\/[a-z-]+)$/,
      );
      if (href.startsWith('/reasons/')) expect(known).toContain(href.slice('/reasons/'.length));
    }
  });
});

describe('the checklist in English', () => {
  it('a mainland individual with a resident identity card', () => {
    const c = described('who=individual&region=chinese-mainland&certificate=resident-id');
    expect(c.steps[1]?.title).toBe('Country or region: select Chinese mainland');
    expect(allText('who=individual&region=chinese-mainland&certificate=resident-id')).toContain(
      'Upload the side of the card that shows the identity information.',
    );
  });
  it.each([
    ['foreign-permanent-resident-id', 'both the front and the back of the card'],
    ['hmt-residence-permit', 'both the front and the back of the permit'],
    [
      'household-register',
      'the page that shows the household registration record of the registrant',
    ],
  ])('%s: %s', (certificate, text) => {
    expect(
      allText(`who=individual&region=outside-chinese-mainland&certificate=${certificate}`),
    ).toContain(text);
  });
  it('a mainland organization: the seal, the page with name/number/seal, (1-1), the query platform', () => {
    const text = allText('who=organization&region=chinese-mainland&certificate=business-license');
    expect(text).toContain('the seal of the registration authority');
    expect(text).toContain(
      'the page with the organization name, the certificate number and the seal of the registration authority',
    );
    expect(text).toContain('If the license shows a duplicate number such as (1-1), leave it out.');
    expect(text).toContain('call their customer service on 400-807-6000');
    expect(text).toContain('Enter the complete 18-character Unified Social Credit Code');
    expect(text).toContain('do not use an abbreviated or shortened name');
    expect(text).toContain('JPG, JPEG, PNG, BMP, HEIC or WebP, from 55 KB to 5 MB.');
  });
  it('warnings name the chosen certificate and link their reason by its title', () => {
    const [warning] = described(
      'who=individual&region=outside-chinese-mainland&certificate=foreign-permanent-resident-id',
    ).warnings;
    expect(warning?.title).toBe('Individuals outside the Chinese mainland submit a passport');
    expect(warning?.details[0]).toContain('You chose: foreign permanent resident id card.');
    expect(warning?.links).toEqual([
      {
        href: '/reasons/invalid-certificate-type-or-number',
        label: 'Certificate type or certificate number is not valid',
      },
    ]);
  });
  it('military personnel, a changed name, a new certificate', () => {
    const text = allText(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=military&special=name-change&special=new-certificate',
    );
    expect(text).toContain('Military personnel cannot use the resident identity card number');
    expect(text).toContain('cannot use the 18-digit resident identity card number');
    expect(text).toContain(
      'residency certificate with the seal of a public security bureau, or submit after the household registration has been transferred',
    );
    expect(text).toContain('Dates: wait until the certificate has been valid for 10 calendar days');
    expect(
      described('who=individual&region=chinese-mainland&certificate=resident-id&special=military')
        .cannotUse[0],
    ).toMatch(/18-digit resident identity card number/);
  });
  it('the message received: its title and summary, its page and the tools, by name', () => {
    const c = described(
      'who=individual&region=chinese-mainland&certificate=resident-id&message=unclear-certificate-image',
    );
    const reason = reasonsEn.find((r) => r.slug === 'unclear-certificate-image')!;
    expect(c.steps.at(-1)).toEqual({
      key: 'message',
      title: `The message you received: ${reason.title}`,
      details: [reason.summary],
      links: [{ href: '/reasons/unclear-certificate-image', label: reason.title }],
    });
    expect(c.steps.find((s) => s.key === 'dates')?.links[0]).toEqual({
      href: '/tools/certificate-dates',
      label: 'Check your certificate dates',
    });
  });
});

describe('the checklist in Chinese', () => {
  const HAN = /\p{Script=Han}/u;

  it('a mainland individual with a resident identity card: 人像面, 18 位, 10 个自然日, the file rules', () => {
    const text = allText('who=individual&region=chinese-mainland&certificate=resident-id', 'zh');
    expect(text).toContain('证件类型：居民身份证');
    expect(text).toContain('国家或地区：选“中国大陆”');
    expect(text).toContain('带身份信息的那一面（人像面）');
    expect(text).toContain('完整填写 18 位身份证号码');
    expect(text).toContain('数字 0 和字母 O、数字 1 和字母 I、数字 8 和字母 B');
    expect(text).toContain('已经生效满 10 个自然日');
    expect(text).toContain('JPG、JPEG、PNG、BMP、HEIC 或 WebP');
    expect(text).toContain('55 KB 到 5 MB');
    expect(text).toContain('彩色扫描件');
    expect(text).toContain('镜像');
    expect(text).toContain('水印');
    expect(text).toContain('用护照代替居民身份证');
    expect(text).not.toMatch(/undefined|NaN/);
  });
  it.each([
    ['foreign-permanent-resident-id', '外国人永久居留身份证的正面和背面都要上传'],
    ['hmt-residence-permit', '港澳台居民居住证的正面和背面都要上传'],
    ['household-register', '户口簿中登记域名持有者本人户籍信息的那一页'],
  ])('%s: %s', (certificate, text) => {
    const all = allText(
      `who=individual&region=outside-chinese-mainland&certificate=${certificate}`,
      'zh',
    );
    expect(all).toContain(text);
    expect(all).toContain('中国大陆以外的个人，要交护照');
  });
  it('a mainland organization: 营业执照, 公章, 统一社会信用代码, (1-1), 400-807-6000', () => {
    const text = allText(
      'who=organization&region=chinese-mainland&certificate=business-license',
      'zh',
    );
    expect(text).toContain('国徽和登记机关的公章');
    expect(text).toContain('写有单位名称、证件号码和登记机关印章的那一页');
    expect(text).toContain('完整填写 18 位统一社会信用代码');
    expect(text).toContain('(1-1)');
    expect(text).toContain('全国组织机构统一社会信用代码数据服务中心');
    expect(text).toContain('400-807-6000');
    expect(text).toContain('不要用简称或缩写');
    expect(text).toContain('55 KB 到 5 MB');
  });
  it('military personnel, a changed name, a new certificate, the message received', () => {
    const c = described(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=military&special=name-change&special=new-certificate&message=certificate-not-in-database',
      'zh',
    );
    expect(c.warnings[0]?.title).toBe('军人不能用居民身份证号码做实名认证');
    const text = allText(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=military&special=name-change&special=new-certificate&message=certificate-not-in-database',
      'zh',
    );
    expect(text).toContain('不能用 18 位居民身份证号码');
    expect(text).toContain('加盖公安局公章的户籍证明彩色扫描件');
    expect(text).toContain('日期：等证件生效满 10 个自然日再提交');
    expect(text).toContain('签发后满 10 个自然日再提交');
    const reason = reasonsZh.find((r) => r.slug === 'certificate-not-in-database')!;
    expect(c.steps.at(-1)?.title).toBe(`你收到的提示：${reason.title}`);
    expect(c.steps.at(-1)?.details).toEqual([reason.summary]);
  });
  it('links are named in Chinese: reason titles from the Chinese catalog, the tools', () => {
    const c = described('who=individual&region=chinese-mainland&certificate=passport', 'zh');
    const title = reasonsZh.find((r) => r.slug === 'invalid-certificate-type-or-number')!.title;
    expect(c.warnings[0]?.links).toEqual([
      { href: '/reasons/invalid-certificate-type-or-number', label: title },
    ]);
    expect(c.warnings[0]?.details[0]).toContain('你选的是：护照。');
    expect(c.steps.find((s) => s.key === 'number')?.links[0]?.label).toBe('检查证件号码');
  });
  it('every answer set reads fully in both languages, with the same items', () => {
    for (const who of registrantKinds)
      for (const region of regions)
        for (const certificate of certificatesFor[who]) {
          const special = specialCasesFor[who];
          const query = answersToParams({
            who,
            region,
            certificate,
            special: [...special],
            message: 'unclear-certificate-image',
          }).toString();
          const english = described(query, 'en');
          const chinese = described(query, 'zh');
          expect(chinese.steps.map((s) => s.key)).toEqual(english.steps.map((s) => s.key));
          expect(chinese.cannotUse).toHaveLength(english.cannotUse.length);
          for (const item of [...chinese.warnings, ...chinese.steps]) {
            expect(item.title).toMatch(HAN);
            for (const text of [...item.details, ...item.links.map((l) => l.label)])
              expect(text, `${query}: ${item.key}`).toMatch(HAN);
          }
          for (const text of [allText(query, 'en'), allText(query, 'zh')])
            expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
  });
});
