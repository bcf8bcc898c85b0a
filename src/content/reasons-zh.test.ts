// Checks the Simplified Chinese edition, content/reasons/zh/*.mdx, against the English pages it
// translates, the official Chinese rejection messages and the facts of the source document.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSlugs, type PublishedSlug } from './published-slugs';
import { checkCatalog, parseReasonFile } from './load-reasons';
import type { Reason } from './schema';

const expectedSlugs = publishedSlugs;
type Slug = PublishedSlug;

/**
 * The official Chinese rejection messages, verbatim, from the table in the shared
 * zh-CN-messages.md (copied here because tests run from clones without ../shared).
 */
const officialZhMessages: Record<Slug, string[]> = {
  'invalid-certificate-information': [
    '证件电子信息核验不合格',
    '证件电子信息核验不合格，电子信息不通过，直接拒绝',
  ],
  'invalid-certificate-type-or-number': ['注册者证件类型选择错误或证件号码位数不正确'],
  'inconsistent-registrant-information': ['注册者信息不一致', '提交材料与注册人信息不符'],
  'unclear-certificate-image': [
    '注册者证件不清晰/被遮挡/水印',
    '身份证明资料不清晰完整，请上传完整清晰无遮挡的证件图片',
  ],
  'certificate-not-in-database': ['不在实名库中', '注册者身份证明资料为新颁发证件'],
  'incomplete-registrant-certificate': ['注册者证件不完整'],
  'invalid-registrant-certificate': ['注册者证件不合格'],
  'registrant-identity-authentication-failed': ['注册者身份有效性验证失败'],
  'missing-registrant-certificate': ['未提交注册者证件'],
  'certificate-number-not-found': ['库中无此号', '注册者证件验证失败'],
  'invalid-registrant-contact-information': ['联系人信息无效'],
  'sensitive-words-in-domain-name': ['域名名称含有敏感词'],
  'file-size-invalid': ['支持55 KB ~ 5 MB的图片'],
  'file-format-invalid': ['上传的文件格式不支持'],
};

// Where the table lives next to the main checkout; absent in other clones.
const sharedMessagesFile = '../shared/zh-CN-messages.md';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const enPath = (slug: string) => `content/reasons/${slug}.mdx`;
const zhPath = (slug: string) => `content/reasons/zh/${slug}.mdx`;
const enSource = (slug: string) => readFileSync(enPath(slug), 'utf8');
const zhSource = (slug: string) => readFileSync(zhPath(slug), 'utf8');
const zhBody = (slug: string) => zhSource(slug).replace(FRONTMATTER, '');
const enBody = (slug: string) => enSource(slug).replace(FRONTMATTER, '');
// Bold markers would split phrases such as "点击操作列中的「查看」".
const plain = (text: string) => text.replace(/\*+/g, '');

const zh = (slug: string) => parseReasonFile(zhPath(slug), zhSource(slug));
const en = (slug: string) => parseReasonFile(enPath(slug), enSource(slug));

const sections = ['这是什么意思', '可能的原因', '怎么解决', '重新提交前请确认'];
const formats = ['JPG', 'JPEG', 'PNG', 'BMP', 'HEIC', 'WebP'];
const confusables = [
  /数字 0 (和|或|还是)字母 O/,
  /数字 1 (和|或|还是)字母 I/,
  /数字 8 (和|或|还是)字母 B/,
];
const militaryRule = ['军人', '特殊职业', '18 位居民身份证号码', /其他类型的身份证件/];
const generalNoFix = '官方说明没有针对这条提示给出具体的解决方法';

/**
 * Every fact of the seed that the English page carries, on the Chinese page of the same reason.
 * Matched against the whole file (frontmatter included), case-sensitively: 0 and O must stay apart.
 */
const factsZh: Record<Slug, (string | RegExp)[]> = {
  'invalid-certificate-information': [
    '阿里云',
    '注册局认可的审核机构',
    /完整、真实，是否和域名的注册信息一致/,
    '域名持有者名称',
    '证件号码',
    '证件类型',
    '签发日期',
    '10 个自然日',
    /提交时证件必须在有效期内/,
    /快(要)?到期/,
    '彩色扫描件',
    '照片',
    ...formats,
    '55 KB',
    '5 MB',
    '四边',
    '没有遮挡',
    '污渍',
    /印章必须是红色的，而且清晰、完整/,
    'Photoshop',
    '图片编辑软件',
    /只改文件扩展名是没用的/,
    '户口正在迁移',
    '改过名字',
    '户籍证明',
    '加盖公安局公章',
    /最终由审核机构决定/,
    ...militaryRule,
    '统一社会信用代码',
    '全国组织机构统一社会信用代码数据服务中心的查询平台',
    '400-807-6000',
    '<CheckImageLink />',
  ],
  'invalid-certificate-type-or-number': [
    '证件类型',
    '个人身份证件',
    '单位证件',
    '中国大陆',
    '有效的 18 位统一社会信用代码',
    '中国大陆以外签发的证件',
    '居民身份证',
    '护照',
    ...confusables,
    ...militaryRule,
  ],
  'inconsistent-registrant-information': [
    '镜像',
    /有些手机或相机会自动/,
    /换一部手机或相机/,
    '彩色扫描件',
    '域名持有者名称',
    '形近字',
    '同音字',
    '简称',
    '营业执照',
    '居民身份证',
    '证件号码',
    '填写完整',
    '副本编号',
    '(1-1)',
    ...confusables,
    '国家/地区',
    '中国大陆',
    '「信息模板」页面',
    /点击操作列中的「查看」/,
    '「信息修改」页面',
    '「持有者信息修改」页签',
    '过户',
    '<CheckImageLink />',
  ],
  'unclear-certificate-image': [
    '国徽',
    '发证机关的印章',
    '域名持有者名称',
    '证件号码',
    '四条边',
    '遮挡',
    '污渍',
    '水印',
    '不要加水印',
    /印章必须是红色的，而且清晰、完整/,
    ...formats,
    '55 KB',
    '5 MB',
    '<CheckImageLink />',
  ],
  'certificate-not-in-database': [
    '新办',
    '同步',
    '审核机构的数据库',
    '10 个自然日',
    '<Callout kind="general">',
    generalNoFix,
  ],
  'incomplete-registrant-certificate': [
    '四边',
    '边框',
    '营业执照',
    '国徽',
    '营业执照登记机关的公章',
    '水印',
    '居民身份证',
    '带身份信息的一面',
    '户口簿',
    /域名持有者本人的户籍登记页（本人页）/,
    /外国人永久居留身份证：正反面都要上传/,
    /港澳台居民居住证：正反面都要上传/,
    '多页的证件',
    '单位名称',
    '证件号码',
    '登记机关印章',
    ...formats,
    '<CheckImageLink />',
  ],
  'invalid-registrant-certificate': [
    '不清晰',
    '不完整',
    '有效的证件',
    '彩色扫描件',
    '彩色照片',
    '边框',
    '国徽',
    '黑白扫描件',
    '黑白复印件的照片',
    '登记机关的印章',
    /印章必须是红色的/,
    ...formats,
    '<CheckImageLink />',
  ],
  'registrant-identity-authentication-failed': [
    '无效或不真实',
    '其他有效的身份证件',
    '真实有效',
    '1 到 3 个工作日',
  ],
  'missing-registrant-certificate': [
    '<Callout kind="general">',
    '官方说明没有给出这条提示的原因',
    generalNoFix,
    ...formats,
    '55 KB',
    '5 MB',
    '「上传文件」步骤',
    '/reasons/incomplete-registrant-certificate',
    '<CheckImageLink />',
  ],
  'certificate-number-not-found': [
    '域名持有者名称',
    ...militaryRule,
    '网页截图',
    '有资质的权威机构',
    '证件图片',
    '/reasons/certificate-not-in-database',
  ],
  'invalid-registrant-contact-information': [
    '域名持有者名称',
    '个人身份证件或单位证件',
    '必须一致',
    '把域名过户给实际的持有者',
    '在过户过程中完成实名认证',
    '「修改域名持有者信息或域名过户」',
  ],
  'sensitive-words-in-domain-name': [
    '敏感词',
    '第二十七条',
    '.cn 域名',
    '系统会自动退款',
    '中国互联网络信息中心（CNNIC）',
    '删除该域名',
    '注册新域名',
    '域名命名规则',
    '<Callout kind="general"',
  ],
  'file-size-invalid': [
    '「上传文件」步骤',
    '55 KB',
    '5 MB',
    ...formats,
    '第三方图片编辑软件',
    '手机或电脑自带',
    '调整图片大小',
    '转换',
    '不要只改文件名',
    '后缀',
    /系统识别不了改过后缀的文件/,
    '<CheckImageLink />',
  ],
  'file-format-invalid': [
    '「上传文件」步骤',
    ...formats,
    '手动改过',
    '扩展名',
    /系统识别不了改过扩展名的文件/,
    '不要只改文件名',
    '第三方图片编辑软件',
    '手机或电脑自带',
    '原图',
    '另存为支持的格式',
    '55 KB',
    '5 MB',
    '<CheckImageLink />',
  ],
};

/** The MDX components a page uses, in order, with their prop names and `kind` values. */
const components = (body: string) =>
  [...body.matchAll(/<\/?(Callout|Steps|CheckImageLink)\b([^>]*)>/g)].map((m) => {
    const closing = m[0].startsWith('</') ? '/' : '';
    const props = [...m[2]!.matchAll(/(\w+)="([^"]*)"/g)]
      .map(([, name, value]) => (name === 'kind' ? `${name}=${value}` : name))
      .sort();
    return `${closing}${m[1]}${props.length ? ` ${props.join(' ')}` : ''}`;
  });

const links = (body: string) => [...body.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!).sort();

describe('the Chinese reason catalog', () => {
  it('has a Chinese file for every English slug, and nothing else', () => {
    const enSlugs = readdirSync('content/reasons')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''))
      .sort();
    const zhSlugs = readdirSync('content/reasons/zh')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''))
      .sort();
    expect(enSlugs).toEqual([...expectedSlugs]);
    expect(zhSlugs).toEqual(enSlugs);
  });

  it.each(expectedSlugs)('%s parses with the reason schema', (slug) => {
    expect(() => zh(slug)).not.toThrow();
  });

  it('passes the cross-file checks: related slugs exist, no message belongs to two reasons', () => {
    const reasons: Reason[] = expectedSlugs.map(zh);
    expect(() => checkCatalog(reasons)).not.toThrow();
  });

  it.each(expectedSlugs)('%s keeps the English page’s classification', (slug) => {
    const [a, b] = [zh(slug), en(slug)];
    for (const field of ['category', 'appliesTo', 'outcome', 'related', 'tools', 'order'] as const) {
      expect(a[field], field).toEqual(b[field]);
    }
    expect(a.symptom === undefined, 'symptom only where the English has one').toBe(
      b.symptom === undefined,
    );
    expect(a.waiting === undefined, 'waiting only where the English has one').toBe(
      b.waiting === undefined,
    );
  });

  it.each(expectedSlugs)('%s is written in Chinese', (slug) => {
    const reason = zh(slug);
    const cjk = /[\u4e00-\u9fff]/;
    for (const text of [reason.title, reason.summary, reason.symptom, reason.waiting]) {
      if (text !== undefined) expect(text).toMatch(cjk);
    }
    expect(reason.keywords.length).toBeGreaterThanOrEqual(10);
    expect(reason.keywords.length).toBeLessThanOrEqual(25);
    expect(reason.keywords.filter((k) => cjk.test(k)).length).toBeGreaterThanOrEqual(10);
    // No English sentence left behind (three English words in a row).
    expect(zhBody(slug)).not.toMatch(/\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/);
  });

  it.each(expectedSlugs)('%s uses Chinese punctuation', (slug) => {
    const reason = zh(slug);
    const texts = [reason.title, reason.summary, reason.symptom ?? '', reason.waiting ?? ''];
    // Prose outside the MDX tags: component props keep their ASCII quotes.
    const prose = zhBody(slug).replace(/<[^>]*>/g, '');
    for (const text of [...texts, prose]) {
      expect(text).not.toMatch(/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/);
      // ASCII brackets only for links and for the duplicate number "(1-1)".
      expect(text.replace(/\]\([^)]*\)/g, '').replace(/\(1-1\)/g, '')).not.toMatch(/[()]/);
    }
  });

  it.each(expectedSlugs)('%s puts punctuation outside bold, so the bold renders', (slug) => {
    // Markdown does not close "**…。**" when a Chinese character follows, nor open "字**「…"; the
    // asterisks would show. Write "**对照名称**：" instead of "**对照名称：**".
    const cjk = '\\u4e00-\\u9fff';
    const punct = '，。：；？！、「」（）';
    const body = zhBody(slug);
    expect(body).not.toMatch(new RegExp(`[${punct}]\\*\\*[${cjk}]`));
    expect(body).not.toMatch(new RegExp(`[${cjk}]\\*\\*[「（]`));
  });
});

describe('the official Chinese messages', () => {
  it.each(expectedSlugs)('%s quotes its official messages verbatim', (slug) => {
    expect(zh(slug).messages).toEqual(officialZhMessages[slug]);
  });

  it.each(expectedSlugs)('%s does not repeat the title or the messages in the body', (slug) => {
    const reason = zh(slug);
    const text = zhBody(slug);
    expect(text).not.toContain(reason.title);
    for (const message of reason.messages) expect(text).not.toContain(message);
  });

  it.skipIf(!existsSync(sharedMessagesFile))('matches the shared zh-CN-messages.md table', () => {
    const table = readFileSync(sharedMessagesFile, 'utf8');
    const rows = [...table.matchAll(/^\| ([a-z0-9-]+) \| (.+?) \|$/gm)].map(([, slug, cell]) => [
      slug!,
      cell!
        .split(' · ')
        // Drop notes such as "(Tencent Cloud)" and "(shown when an upload fails)".
        .map((m) => m.replace(/^\([^)]*\)\s*/, '').replace(/\s*\([^)]*\)$/, '').trim()),
    ]);
    expect(Object.fromEntries(rows)).toEqual(officialZhMessages);
  });
});

describe('the Chinese pages follow the English ones', () => {
  it.each(expectedSlugs)('%s has the four sections, in order, and numbered steps', (slug) => {
    const text = zhBody(slug);
    const headings = [...text.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(sections.map((s) => `## ${s}`));
    const fix = text.slice(text.indexOf('## 怎么解决'), text.indexOf('## 重新提交前请确认'));
    expect(fix).toMatch(/\n<Steps>\n\n1\. [\s\S]*\n\n<\/Steps>\n/);
    const checklist = text.slice(text.indexOf('## 重新提交前请确认'));
    expect(checklist).toMatch(/^- /m);
  });

  it.each(expectedSlugs)('%s has as many steps as the English page', (slug) => {
    const steps = (body: string) => (body.match(/^\d+\. /gm) ?? []).length;
    expect(steps(zhBody(slug))).toBe(steps(enBody(slug)));
  });

  it.each(expectedSlugs)('%s uses the same components, with the same props', (slug) => {
    expect(components(zhBody(slug))).toEqual(components(enBody(slug)));
    const count = (body: string) => body.split('<CheckImageLink />').length - 1;
    expect(count(zhBody(slug))).toBe(count(enBody(slug)));
  });

  it.each(expectedSlugs)('%s links to the same pages as the English one', (slug) => {
    expect(links(zhBody(slug))).toEqual(links(enBody(slug)));
  });

  it('marks general advice on the reasons the seed gives no fix for', () => {
    for (const slug of ['certificate-not-in-database', 'missing-registrant-certificate'] as const) {
      const fix = zhBody(slug).split('## 怎么解决')[1]!.split('## 重新提交前请确认')[0]!;
      expect(fix).toMatch(new RegExp(`^<Callout kind="general">\\n\\n${generalNoFix}`, 'm'));
    }
  });
});

describe('seed coverage in Chinese', () => {
  it.each(expectedSlugs)('%s states every fact the seed gives for it', (slug) => {
    const text = plain(zhSource(slug));
    const missing = factsZh[slug].filter((fact) =>
      typeof fact === 'string' ? !text.includes(plain(fact)) : !fact.test(text),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the numbers and formats exactly as the seed gives them', () => {
    const all = expectedSlugs.map(zhSource).join('\n');
    // The old Chinese limits ("55K~1M") must not come back.
    expect(all).not.toMatch(/1 ?M\b|1 ?MB/);
    for (const slug of expectedSlugs) {
      const text = zhSource(slug);
      for (const size of text.match(/\d+ ?[KM]B/g) ?? []) expect(['55 KB', '5 MB']).toContain(size);
    }
  });
});
