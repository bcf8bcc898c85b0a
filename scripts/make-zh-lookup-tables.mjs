// Writes src/features/lookup/zh-tables.generated.ts: the small slices of opencc-js (Traditional →
// Simplified) and pinyin-pro (toneless pinyin) that the Chinese lookup needs. Both libraries are far
// too big to ship to phones (58 KB and 145 KB gzip), so they run here, at build time, and the lookup
// ships only the entries that can change how a query matches the Chinese reason pages.
//
//   npm run zh-tables        (after editing content/reasons/zh or unlisted-messages.json)
//
// A test regenerates the table from the current content and fails when it differs from the file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import * as prettier from 'prettier';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const OUTPUT = 'src/features/lookup/zh-tables.generated.ts';
const CONTENT_DIR = 'content/reasons/zh';
const UNLISTED = 'src/features/lookup/unlisted-messages.json';
/** The fields of a Chinese reason page that the lookup indexes (LookupReason['zh']). */
const INDEXED_FIELDS = ['title', 'summary', 'messages', 'keywords'];

/**
 * Words Chinese consoles and rejection emails use (shared/zh-CN-messages.md, "Terms registrants
 * and consoles use") that a reason page may not spell out: their Traditional forms and their
 * syllables must be in the tables so that a pasted email from Hong Kong or Taiwan folds the same.
 */
export const CONSOLE_WORDS = [
  '实名认证',
  '审核失败',
  '审核未通过',
  '认证失败',
  '失败原因',
  '注册者',
  '域名持有者',
  '信息模板',
  '证件类型',
  '证件号码',
  '居民身份证',
  '营业执照',
  '统一社会信用代码',
  '护照',
  '户口簿',
  '外国人永久居留身份证',
  '港澳台居民居住证',
  '公章',
  '国徽',
  '彩色扫描件',
  '彩色复印件',
  '镜像',
  '水印',
  '全角',
  '半角',
  '自然日',
  '工作日',
  '过户',
  '中国互联网络信息中心',
  '全国组织机构统一社会信用代码数据服务中心',
  '控制台',
  '账号',
  '账户',
  '订单号',
  '照片',
  '图片',
  '文件',
  '上传',
  '重新提交',
];

/**
 * Regional words that OpenCC's data does not convert (it keeps 身分 and 上載 as they are) but
 * that Hong Kong, Macao and Taiwan registrants write for a word of the reason pages. Applied like
 * OpenCC's phrases, and kept only when the Simplified side occurs in the vocabulary.
 */
export const REGIONAL_PHRASES = {
  身分: '身份', // Taiwan: 身分證
  身分證字號: '身份证号码', // Taiwan: the ID number
  上載: '上传', // Hong Kong: upload
  帳號: '账号', // OpenCC gives 帐号
  帳戶: '账户',
  相片: '照片', // Hong Kong: photo
  影印本: '复印件', // Hong Kong: photocopy
  掃描檔: '扫描件', // Taiwan: scanned file
  圖檔: '图片', // Taiwan: image file
  解像度: '分辨率', // Hong Kong: resolution
  網域名稱: '域名', // Taiwan: domain name
  網域: '域名',
};

/**
 * Colloquial Cantonese characters that Hong Kong and Macao registrants write where Mandarin, and
 * the reason pages, have another (查唔到 for 查不到). OpenCC converts script, not dialect, so
 * these few are named here; like the rest, kept only when the Mandarin side is in the vocabulary.
 */
export const CANTONESE_CHARACTERS = {
  唔: '不', // not
  冇: '没', // have not
  咗: '了', // done
  嘅: '的', // of
  喺: '在', // at
  睇: '看', // look
  攞: '拿', // take
  畀: '给', // give
  俾: '给',
};

const HAN_RUN = /\p{Script=Han}+/gu;
const IS_HAN = /^\p{Script=Han}$/u;

/** Reads the Chinese texts the lookup indexes: reason pages, unlisted messages, console words. */
export function readVocabulary(root = ROOT) {
  const dir = join(root, CONTENT_DIR);
  const texts = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!front) throw new Error(`${CONTENT_DIR}/${file}: no frontmatter`);
    const data = parseYaml(front[1]);
    for (const field of INDEXED_FIELDS) texts.push(...[data[field] ?? []].flat().map(String));
  }
  const unlisted = JSON.parse(readFileSync(join(root, UNLISTED), 'utf8'));
  texts.push(...unlisted.map((u) => u.message));
  texts.push(...CONSOLE_WORDS);
  return texts;
}

/** Han runs of the vocabulary, NFKC-folded as the lookup folds them. */
const hanRuns = (texts) => texts.flatMap((t) => t.normalize('NFKC').match(HAN_RUN) ?? []);

/** Keys of OpenCC dictionary strings ("key value value|key value"). */
function dictionaryKeys(locales) {
  const keys = new Set();
  for (const group of locales.flat(2)) {
    if (typeof group !== 'string') continue;
    for (const entry of group.split('|')) keys.add(entry.split(' ')[0]);
  }
  return keys;
}

/** Traditional → Simplified mappings whose Simplified side the lookup can use. */
function traditionalTables(runs) {
  const vocabularyChars = new Set(runs.join(''));
  const vocabularyText = runs.join('|');
  const inVocabulary = (s) => vocabularyText.includes(s);
  // Taiwan with its phrases first (檔案 → 文件), then Hong Kong and Taiwan character variants.
  const converters = ['twp', 'hk', 'tw'].map((from) => OpenCC.Converter({ from, to: 'cn' }));

  const characters = new Map();
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const c = String.fromCodePoint(cp);
    for (const convert of converters) {
      const out = convert(c);
      if (out !== c && [...out].length === 1 && vocabularyChars.has(out)) {
        characters.set(c, out);
        break;
      }
    }
  }
  for (const [c, out] of Object.entries(CANTONESE_CHARACTERS)) {
    if (vocabularyChars.has(out)) characters.set(c, out);
  }
  const byCharacter = (text) => [...text].map((c) => characters.get(c) ?? c).join('');

  const { Locale } = OpenCC;
  const keys = dictionaryKeys([Locale.from.twp, Locale.from.hk, Locale.from.tw, Locale.to.cn]);
  const phrases = new Map();
  for (const key of [...keys].sort()) {
    if ([...key].length < 2 || ![...key].every((c) => IS_HAN.test(c))) continue;
    const plain = byCharacter(key);
    // A phrase rule is only worth shipping when the characters alone miss the vocabulary word,
    // and never when they already spell one: Taiwan's 資料 → 數據 would turn 资料 into data.
    if (inVocabulary(plain)) continue;
    for (const convert of converters) {
      const out = convert(key);
      if (out !== plain && inVocabulary(out)) {
        phrases.set(key, out);
        break;
      }
    }
  }
  for (const [key, out] of Object.entries(REGIONAL_PHRASES)) {
    if (inVocabulary(out)) phrases.set(key, out);
  }
  return { characters, phrases };
}

/** GB2312 level 1: the 3,755 most common characters, the ones a pinyin keyboard offers first. */
export function gb2312Level1() {
  const decoder = new TextDecoder('gbk');
  const chars = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const c = decoder.decode(new Uint8Array([row, cell]));
      if (IS_HAN.test(c)) chars.push(c);
    }
  }
  return chars;
}

const readings = (c) => pinyin(c, { multiple: true, type: 'array', toneType: 'none', v: true });

/**
 * Toneless syllables for the characters a homophone typo can stand for: the common ones a pinyin
 * keyboard offers (GB2312 level 1) plus the vocabulary's own, each with those of its readings that
 * the vocabulary uses (a typo only matters if it sounds like a vocabulary character).
 *
 * Chinese characters barely compress (a list of 2,900 of them is 7 KB gzip), but GB2312 level 1
 * is ordered by pinyin, and the browser can decode it (TextDecoder('gbk')). So the table is the
 * sequence of syllable runs in that order, "an9" for the next nine characters read "an", a bare
 * number for characters to skip, plus the few readings a run cannot say (other readings of a
 * polyphone, vocabulary characters outside level 1) as syllable → characters.
 */
function pinyinTable(runs) {
  const syllables = new Set();
  const vocabularyReadings = new Map();
  for (const run of runs) {
    const spoken = pinyin(run, { type: 'array', toneType: 'none', v: true });
    [...run].forEach((c, i) => {
      syllables.add(spoken[i]);
      const set = vocabularyReadings.get(c) ?? new Set();
      set.add(spoken[i]);
      vocabularyReadings.set(c, set);
    });
  }
  const used = (c) =>
    [...new Set([...readings(c), ...(vocabularyReadings.get(c) ?? [])])].filter((s) =>
      syllables.has(s),
    );

  const level1 = gb2312Level1();
  const sequence = [];
  const extra = new Map();
  const addExtra = (s, c) => extra.set(s, (extra.get(s) ?? '') + c);
  let current = { syllable: '', count: 0 };
  for (const c of level1) {
    const own = used(c);
    // Stay in the current run when the character has its syllable, so runs stay long.
    const syllable = own.includes(current.syllable) ? current.syllable : (own[0] ?? '');
    if (syllable !== current.syllable || current.count === 0) {
      if (current.count) sequence.push(current);
      current = { syllable, count: 0 };
    }
    current.count++;
    for (const s of own) if (s !== syllable) addExtra(s, c);
  }
  if (current.count) sequence.push(current);
  const inLevel1 = new Set(level1);
  for (const c of [...vocabularyReadings.keys()].sort()) {
    if (!inLevel1.has(c)) for (const s of used(c)) addExtra(s, c);
  }
  return {
    level1Syllables: sequence.map((r) => `${r.syllable}${r.count}`).join(' '),
    level1Count: level1.length,
    extra: new Map([...extra].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** The generated module's source, formatted as the repository's prettier config formats it. */
export async function renderTables(texts = readVocabulary()) {
  const runs = hanRuns(texts);
  const { characters, phrases } = traditionalTables(runs);
  const { level1Syllables, level1Count, extra } = pinyinTable(runs);
  const openccVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/opencc-js/package.json'), 'utf8'),
  ).version;
  const pinyinVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/pinyin-pro/package.json'), 'utf8'),
  ).version;
  const pairs = [...characters].map(([t, s]) => t + s).join('');
  const source = `// Generated by scripts/make-zh-lookup-tables.mjs (npm run zh-tables) from content/reasons/zh,
// unlisted-messages.json and the script's console words, with opencc-js ${openccVersion} and
// pinyin-pro ${pinyinVersion}. Do not edit: a test regenerates it and fails when it differs.

/** Traditional (and Hong Kong / Taiwan variant) characters → Simplified, as pairs: "證证號号…". */
export const TRADITIONAL_CHARACTERS = ${JSON.stringify(pairs)};

/** Regional phrases whose Simplified form is not their characters' (檔案 → 文件, 身分 → 身份). */
export const TRADITIONAL_PHRASES: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(phrases))};

/**
 * Toneless pinyin (ü as v) of GB2312 level 1 (${level1Count} characters, in its order, as
 * TextDecoder('gbk') gives them), as runs: "an9" = the next 9 characters read "an"; a bare
 * number skips characters whose readings the vocabulary does not use.
 */
export const LEVEL1_SYLLABLES = ${JSON.stringify(level1Syllables)};

/** Readings the runs above cannot say (polyphones, vocabulary characters outside level 1). */
export const PINYIN_EXTRA: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(extra))};
`;
  const options = (await prettier.resolveConfig(join(ROOT, OUTPUT))) ?? {};
  return prettier.format(source, { ...options, parser: 'typescript' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = await renderTables();
  writeFileSync(join(ROOT, OUTPUT), source);
  const { gzipSync } = await import('node:zlib');
  console.log(
    `Wrote ${OUTPUT}: ${source.length} characters, ${gzipSync(source, { level: 9 }).length} bytes gzip.`,
  );
}
