import { describe, expect, it } from 'vitest';
import { loadReasons } from '../../content/load-reasons';
import { loadBilingualReasons } from './bilingual-catalog';
import { evaluate, formatEvaluation, slugsOf, TOP_N, type EvaluationCase } from './evaluate-ranker';
import evaluationHoldoutZh from './evaluation-holdout-zh.json';
import evaluationSetZh from './evaluation-set-zh.json';
import evaluationSet from './evaluation-set.json';
import { MAX_QUERY_CHARS } from './limits';
import { createRanker } from './rank-reasons';

const reasons = loadBilingualReasons();
const rank = createRanker(reasons);
const zhCases = evaluationSetZh as EvaluationCase[];
const enCases = evaluationSet as EvaluationCase[];
const top = (query: string, n = TOP_N) =>
  rank(query)
    .slice(0, n)
    .map((r) => r.reason.slug);

/** Share of English cases whose expected reason must come first, and of Chinese ones in the top 3. */
const TOP1_BAR = 0.97;
/**
 * The bars for the Chinese set: 97 % first, 100 % in the top 3. The registrant's own
 * words count through each Chinese page's keywords: when a case misses, the fix is a keyword a
 * person would use (content/reasons/zh), then `npm run zh-tables`, never a special case here.
 */
const TOP1_BAR_ZH = 0.97;
const TOP3_BAR_ZH = 1;

function report(label: string, cases: EvaluationCase[]) {
  const result = evaluate(slugsOf(rank), cases);
  console.log(formatEvaluation(label, result));
  for (const m of result.misses) {
    console.log(
      `  not first: [${m.case.kind}] ${JSON.stringify(m.case.q.slice(0, 60))} -> ${m.got.join(', ')}`,
    );
  }
  return result;
}

describe('the bilingual catalog', () => {
  it('joins a Chinese page to every English reason by slug', () => {
    const chinese = loadReasons('content/reasons/zh');
    expect(reasons.filter((r) => r.zh)).toHaveLength(chinese.length);
    expect(reasons.length).toBe(loadReasons('content/reasons').length);
  });
});

describe('the Chinese evaluation set', () => {
  it('is big and varied enough to mean something', () => {
    expect(zhCases.length).toBeGreaterThanOrEqual(150);
    const slugs = new Set(reasons.map((r) => r.slug));
    for (const c of zhCases) {
      expect(slugs, `unknown slug in ${JSON.stringify(c.q)}`).toContain(c.expect);
      for (const s of c.also ?? []) expect(slugs).toContain(s);
    }
    const kinds = new Set(zhCases.map((c) => c.kind));
    for (const kind of [
      'zh-exact',
      'zh-email',
      'zh-punct',
      'zh-multi',
      'zh-own-words',
      'zh-traditional',
      'zh-typo',
      'zh-mixed',
      'zh-no-section',
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('ranking with both languages indexed', () => {
  const zh = report('Chinese set, bilingual ranker', zhCases);
  const en = report('English set, bilingual ranker', enCases);

  it(`puts the right reason first for at least ${TOP1_BAR_ZH * 100}% of the Chinese set`, () => {
    expect(zh.overall.top1 / zh.overall.total).toBeGreaterThanOrEqual(TOP1_BAR_ZH);
  });

  it(`puts the right reason in the top 3 for at least ${TOP3_BAR_ZH * 100}% of the Chinese set`, () => {
    for (const m of zh.misses.filter((m) => !m.got.includes(m.case.expect)))
      console.log(`  not in the top 3: ${JSON.stringify(m.case.q)} -> ${m.got.join(', ')}`);
    expect(zh.overall.top3 / zh.overall.total).toBeGreaterThanOrEqual(TOP3_BAR_ZH);
  });

  it('does as well on each kind of Chinese paste that quotes a message', () => {
    for (const kind of [
      'zh-exact',
      'zh-email',
      'zh-punct',
      'zh-multi',
      'zh-typo',
      'zh-mixed',
      'zh-no-section',
    ]) {
      const t = zh.byKind[kind]!;
      expect(t.top1, kind).toBe(t.total);
    }
  });

  it('keeps every reason of a multi-message Chinese paste in the top 3', () => {
    expect(zh.alsoMisses).toEqual([]);
  });

  it('keeps the English set as it was with the English pages alone', () => {
    expect(en.overall.top1 / en.overall.total).toBeGreaterThanOrEqual(TOP1_BAR);
    expect(en.misses.filter((m) => !m.got.includes(m.case.expect))).toEqual([]);
    expect(en.alsoMisses).toEqual([]);
    const englishOnly = evaluate(slugsOf(createRanker(loadReasons('content/reasons'))), enCases);
    expect(en.overall.top1).toBeGreaterThanOrEqual(englishOnly.overall.top1);
  });
});

/**
 * A second Chinese set, written after the ranker and the Chinese keywords were done and never
 * used to tune them (no keyword or table was changed for it): what the lookup does on pastes
 * nobody has seen. Its figures are the honest ones (76 % first, 89 % in the top 3 when it was
 * written; own words are the weak part); its bars only keep a change from losing ground.
 */
const HOLDOUT_TOP1_BAR = 0.75;
const HOLDOUT_TOP3_BAR = 0.88;

describe('a held-out Chinese set, never tuned on', () => {
  const holdout = report('Held-out Chinese set', evaluationHoldoutZh as EvaluationCase[]);

  it(`puts the right reason first for ${HOLDOUT_TOP1_BAR * 100}% and in the top 3 for ${HOLDOUT_TOP3_BAR * 100}%`, () => {
    expect(holdout.overall.total).toBeGreaterThanOrEqual(80);
    expect(holdout.overall.top1 / holdout.overall.total).toBeGreaterThanOrEqual(HOLDOUT_TOP1_BAR);
    expect(holdout.overall.top3 / holdout.overall.total).toBeGreaterThanOrEqual(HOLDOUT_TOP3_BAR);
  });
});

describe('Chinese pastes, as the issue lists them', () => {
  // Development cases, written for the mechanisms; the evaluation set above stays held out.
  const cases: [string, string][] = [
    ['身份证照片拍糊了', 'unclear-certificate-image'],
    ['照片有反光，上面的字看不太清楚', 'unclear-certificate-image'],
    ['证件上有块污渍挡住了号码', 'unclear-certificate-image'],
    ['我给图片加了个水印会有影响吗', 'unclear-certificate-image'],
    ['营业执照上周刚办下来', 'certificate-not-in-database'],
    ['身份证是前几天刚补办的', 'certificate-not-in-database'],
    ['公司三天前才注册成立', 'certificate-not-in-database'],
    ['新换的身份证提交后查不到', 'certificate-not-in-database'],
    ['我只拍了身份证的正面', 'incomplete-registrant-certificate'],
    ['照片的边框被裁掉了一部分', 'incomplete-registrant-certificate'],
    ['户口本只传了首页没有本人页', 'incomplete-registrant-certificate'],
    ['传的是黑白复印件不行吗', 'invalid-registrant-certificate'],
    ['营业执照复印件没有加盖红色公章', 'invalid-registrant-certificate'],
    ['执照上的章不是红色的', 'invalid-registrant-certificate'],
    ['我忘记上传证件就点了提交', 'missing-registrant-certificate'],
    ['附件里没有证件图片', 'missing-registrant-certificate'],
    ['证件没传上去就提交审核了', 'missing-registrant-certificate'],
    ['域名是从别人那里买来的，还没过户', 'invalid-registrant-contact-information'],
    ['域名还在原持有者名下', 'invalid-registrant-contact-information'],
    ['我用了朋友的身份证实名', 'invalid-registrant-contact-information'],
    ['域名里有违禁词怎么办', 'sensitive-words-in-domain-name'],
    ['域名用了别人的品牌名被拒了', 'sensitive-words-in-domain-name'],
    ['域名会被删除吗，钱能退吗', 'sensitive-words-in-domain-name'],
    ['照片太大了有8M传不上', 'file-size-invalid'],
    ['扫描件只有30kb太小了', 'file-size-invalid'],
    ['图片需要压缩到多大', 'file-size-invalid'],
    ['上传gif图片提示格式不对', 'file-format-invalid'],
    ['我把文件后缀从png改成了jpg', 'file-format-invalid'],
    ['文件扩展名是手动改的', 'file-format-invalid'],
    ['身份证号码少输了一位', 'invalid-certificate-type-or-number'],
    ['证件类型选成了护照，其实是身份证', 'invalid-certificate-type-or-number'],
    ['香港公司应该选什么证件类型', 'invalid-certificate-type-or-number'],
    ['照片是镜像的，字都反过来了', 'inconsistent-registrant-information'],
    ['信息模板里公司名称填的是简称', 'inconsistent-registrant-information'],
    ['用前置摄像头自拍的证件', 'inconsistent-registrant-information'],
    ['信息都是真实的为什么验证不过', 'registrant-identity-authentication-failed'],
    ['过几天再试一次能通过吗', 'registrant-identity-authentication-failed'],
    ['身份核验失败，信息明明没填错', 'registrant-identity-authentication-failed'],
    ['系统说身份证号码不存在', 'certificate-number-not-found'],
    ['需要上传权威机构的网页截图吗', 'certificate-number-not-found'],
    ['身份证快到期了', 'invalid-certificate-information'],
    ['户口迁到外地以后实名过不了', 'invalid-certificate-information'],
    ['统一社会信用代码在网上查不到', 'invalid-certificate-information'],
    ['證件照片太模糊，審核不通過', 'unclear-certificate-image'],
    ['我上載的檔案格式不支援', 'file-format-invalid'],
    ['身分證號碼少輸入了一位', 'invalid-certificate-type-or-number'],
    ['註冊者證件不完整', 'incomplete-registrant-certificate'],
    ['網域名稱含有敏感詞', 'sensitive-words-in-domain-name'],
    ['聯絡人資訊無效', 'invalid-registrant-contact-information'],
    ['张册者证件不完整', 'incomplete-registrant-certificate'],
    ['注册者证件不和格', 'invalid-registrant-certificate'],
    ['注册者证建验证失败', 'certificate-number-not-found'],
    ['域名名称含有敏干词', 'sensitive-words-in-domain-name'],
    ['联系人信息无小', 'invalid-registrant-contact-information'],
    ['注册者身份有效性验正失败', 'registrant-identity-authentication-failed'],
    ['zhucezhe zhengjian bu wanzheng', 'incomplete-registrant-certificate'],
    ['yuming mingcheng hanyou minganci', 'sensitive-words-in-domain-name'],
    ['Reason: 不在实名库中 (new certificate)', 'certificate-not-in-database'],
    ['status REJECTED 原因 联系人信息无效', 'invalid-registrant-contact-information'],
    ['提交資料顯示為海外用戶', 'invalid-certificate-type-or-number'],
    ['原因：国防机构', 'certificate-number-not-found'],
    ['注册联系人信息参数错误', 'invalid-registrant-contact-information'],
    ['由于网络传输错误，导致本次资料上传失败', 'file-size-invalid'],
  ];
  it.each(cases)('%s', (query, slug) => {
    expect(top(query, 1)).toEqual([slug]);
  });

  it('finds a bare message, with the Chinese page', () => {
    const [first] = rank('注册者证件不合格');
    expect(first?.reason.slug).toBe('invalid-registrant-certificate');
    expect(first?.language).toBe('zh');
    expect(first?.matched).toBe('注册者证件不合格');
  });

  it('finds the message inside a console email with a domain, an order number and a date', () => {
    const email =
      '尊敬的用户：您的域名 lanting-cha.com.cn 实名认证审核未通过。\n失败原因：未提交注册者证件\n订单号：202503170018822\n2025-03-17 09:12:44';
    expect(top(email, 1)).toEqual(['missing-registrant-certificate']);
    // A domain glued to the text is stripped without eating the message next to it.
    expect(top('您的域名mingyue-jewelry.com原因域名名称含有敏感词', 1)).toEqual([
      'sensitive-words-in-domain-name',
    ]);
  });

  it('lists both messages joined by 或, the first one first', () => {
    expect(top('不在实名库中或注册者证件不合格')).toEqual([
      'certificate-not-in-database',
      'invalid-registrant-certificate',
      expect.any(String),
    ]);
    const joined = top('注册者证件不完整或域名名称含有敏感词');
    expect(joined.slice(0, 2)).toEqual([
      'incomplete-registrant-certificate',
      'sensitive-words-in-domain-name',
    ]);
  });

  it('reads full-width and ASCII punctuation alike', () => {
    for (const q of [
      '证件电子信息核验不合格，电子信息不通过，直接拒绝',
      '证件电子信息核验不合格,电子信息不通过,直接拒绝',
      '“证件电子信息核验不合格”。',
    ]) {
      expect(top(q, 1), q).toEqual(['invalid-certificate-information']);
    }
  });

  it('answers in the language of the text that matched', () => {
    expect(rank('Lack of registrant certificate')[0]?.language).toBe('en');
    expect(rank('未提交注册者证件')[0]?.language).toBe('zh');
    expect(rank('身份证照片拍糊了')[0]?.language).toBe('zh');
    const [mixed] = rank('原因：Invalid registrant certificate');
    expect(mixed?.language).toBe('en');
    expect(mixed?.matched).toBe('Invalid registrant certificate');
  });

  it('names the Chinese words that matched when there is no message', () => {
    const [first] = rank('图片太大');
    expect(first?.reason.slug).toBe('file-size-invalid');
    expect(first?.matched).toMatch(/太大/);
  });
});

describe('messages without a page', () => {
  it('puts the closest reasons first, in their order, naming the message', () => {
    const results = rank('审核失败，原因：提交资料显示为海外用户');
    expect(results.slice(0, 2).map((r) => r.reason.slug)).toEqual([
      'invalid-certificate-type-or-number',
      'inconsistent-registrant-information',
    ]);
    expect(results[0]?.matched).toBe('提交资料显示为海外用户');
    expect(results[0]?.language).toBe('zh');
    expect(top('國防機構', 2)).toEqual([
      'certificate-number-not-found',
      'invalid-certificate-information',
    ]);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('createRanker with Chinese', () => {
  it('returns nothing for text that says nothing', () => {
    for (const q of ['你好', '的了吗', '请问', '？？？', '谢谢你们']) {
      expect(rank(q), q).toEqual([]);
    }
  });

  // Speed is measured in rank-reasons.bench.ts, not asserted here: a busy machine would flake.
  it('survives huge and hostile Chinese input', () => {
    const hostile = [
      '证件'.repeat(20_000),
      '注册者证件不合格'.repeat(1000),
      '啊'.repeat(MAX_QUERY_CHARS),
      'zhucezhe '.repeat(1000),
      Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(''),
    ];
    for (const q of hostile) expect(Array.isArray(rank(q)), q.slice(0, 10)).toBe(true);
    expect(rank('注册者证件不合格'.repeat(1000))[0]?.reason.slug).toBe(
      'invalid-registrant-certificate',
    );
  });

  it('indexes a reason without a Chinese page as before', () => {
    const small = createRanker([
      {
        slug: 'a',
        title: 'Upload refused',
        summary: 'The file is too big.',
        messages: [],
        keywords: ['mb'],
      },
      {
        slug: 'b',
        title: 'Name refused',
        summary: 'The name is not allowed.',
        messages: ['Sensitive words.'],
        keywords: [],
        zh: {
          title: '域名被拒',
          summary: '域名里有不允许的词。',
          messages: ['含有敏感词'],
          keywords: ['违禁词'],
        },
      },
    ]);
    expect(small('my scan is 9 MB').map((r) => r.reason.slug)).toEqual(['a']);
    expect(small('域名含有敏感词').map((r) => r.reason.slug)).toEqual(['b']);
    expect(small('有违禁词')[0]?.language).toBe('zh');
  });
});
