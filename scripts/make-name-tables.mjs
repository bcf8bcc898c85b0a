// Writes src/features/tools/name-match/chinese-chars.generated.ts: what the name check needs to
// explain two Chinese characters that differ — Traditional ↔ Simplified pairs (opencc-js) and
// pinyin with tones (pinyin-pro). Both libraries are far too big to ship (about 60 KB and 145 KB
// gzip), so they run here, at build time, and the page loads the compact result only when two
// names differ in a Chinese character.
//
//   npm run name-tables        (after upgrading opencc-js or pinyin-pro)
//
// A test regenerates the module and fails when it differs from the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import * as prettier from 'prettier';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const OUTPUT = 'src/features/tools/name-match/chinese-chars.generated.ts';

const IS_HAN = /^\p{Script=Han}$/u;
/**
 * The digits of every number in the tables: printable ASCII without the quotes, the backslash
 * and `$`, so the strings need no escaping. 89 digits; two make a number up to 7,920.
 */
export const DIGITS = [...Array(94)]
  .map((_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !`"$'\\\``.includes(c))
  .join('');
const BASE = DIGITS.length;
/** In a step (a variable-length number) digits from HALF up say "more digits follow". */
const HALF = Math.floor(BASE / 2);
/** The five tones: four marks, then the neutral tone (no mark). */
const TONE_MARKS = ['\u0304', '\u0301', '\u030C', '\u0300'];
/** The Traditional characters looked at: CJK Unified Ideographs and Extension A (the BMP). */
const FIRST_HAN = 0x3400;
const LAST_HAN = 0x9fff;

/**
 * GB2312's 6,763 Chinese characters in its order, as the browser's own GBK decoder gives them
 * (rows 0xB0–0xF7, cells 0xA1–0xFE): level 1 (3,755 common characters, by pinyin), then level 2
 * (3,008, by radical). The page enumerates them the same way, so the table needs only readings.
 */
export function gb2312Characters() {
  /** @type {number[]} */
  const bytes = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  }
  return [...new TextDecoder('gbk').decode(new Uint8Array(bytes))].filter((c) => IS_HAN.test(c));
}

/**
 * Every BMP character that opencc-js ("t" → "cn") turns into one other character, in order.
 * @returns {[string, string][]} [Traditional, Simplified]
 */
export function traditionalPairs() {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  /** @type {[string, string][]} */
  const pairs = [];
  for (let cp = FIRST_HAN; cp <= LAST_HAN; cp++) {
    const traditional = String.fromCodePoint(cp);
    const simplified = toSimplified(traditional);
    if (simplified !== traditional && [...simplified].length === 1) {
      pairs.push([traditional, simplified]);
    }
  }
  return pairs;
}

/** "zhāng" → { syllable: 'zhang', tone: 1 }; ü is written v; the neutral tone is 5. */
export function splitTone(reading) {
  const decomposed = reading.normalize('NFD');
  const mark = TONE_MARKS.findIndex((m) => decomposed.includes(m));
  const syllable = [...decomposed]
    .filter((c) => !TONE_MARKS.includes(c))
    .join('')
    .normalize('NFC')
    .replace(/ü/g, 'v');
  return { syllable, tone: mark === -1 ? 5 : mark + 1 };
}

const isReading = (text) => /^[a-zêü]+$/.test(splitTone(text).syllable);

/**
 * A character's readings with tone marks, the usual one first, as pinyin-pro gives them; the
 * neutral tone only when the character has no other (们 is mén in a name, not men).
 */
export function readings(c) {
  const all = [
    ...new Set([...pinyin(c, { type: 'array' }), ...pinyin(c, { multiple: true, type: 'array' })]),
  ]
    .map((r) => r.normalize('NFC'))
    .filter(isReading);
  const toned = all.filter((r) => splitTone(r).tone !== 5);
  return toned.length > 0 ? toned : all;
}

/** Two digits: a number below BASE². */
function pairOfDigits(n) {
  if (!Number.isInteger(n) || n < 0 || n >= BASE * BASE) throw new Error(`${n} needs more digits`);
  return DIGITS[Math.floor(n / BASE)] + DIGITS[n % BASE];
}

/** A step between sorted code points, in as few digits as it needs. */
function stepDigits(n) {
  const digits = [];
  do {
    digits.unshift(n % HALF);
    n = Math.floor(n / HALF);
  } while (n > 0);
  return digits.map((d, i) => DIGITS[i < digits.length - 1 ? d + HALF : d]).join('');
}

/** The tables, ready to write out (see the comments in the generated module). */
export function buildTables() {
  const gb2312 = gb2312Characters();
  const pairs = traditionalPairs();
  const inGb2312 = new Set(gb2312);

  const gbReadings = gb2312.map((c) => {
    const list = readings(c);
    if (list.length === 0) throw new Error(`pinyin-pro has no reading for GB2312 character ${c}`);
    return list;
  });
  // A Traditional character reads like its Simplified form (pinyin-pro's own data for Traditional
  // characters has slips, such as 許 xū for xǔ); only where that form is not in GB2312 do we take
  // pinyin-pro's readings of the Traditional character itself.
  const traditionalReadings = pairs.map(([t, s]) =>
    inGb2312.has(t) || inGb2312.has(s) ? undefined : readings(t),
  );

  const syllables = [
    ...new Set(
      [...gbReadings, ...traditionalReadings.filter(Boolean)]
        .flat()
        .map((r) => splitTone(r).syllable),
    ),
  ].sort();
  const syllableIndex = new Map(syllables.map((s, i) => [s, i]));
  /** Readings are numbered 0 … N − 1; N + r is r as a further reading of the same character. */
  const N = syllables.length * 5;
  const SAME_AS_SIMPLIFIED = 2 * N;
  const code = (reading) => {
    const { syllable, tone } = splitTone(reading);
    return syllableIndex.get(syllable) * 5 + tone - 1;
  };
  const list = (readingList) =>
    readingList.map((r, i) => pairOfDigits(code(r) + (i === 0 ? 0 : N))).join('');

  let previous = FIRST_HAN;
  const traditional = pairs
    .map(([t]) => {
      const step = t.codePointAt(0) - previous;
      previous = t.codePointAt(0);
      return stepDigits(step);
    })
    .join('');
  return {
    counts: {
      pairs: pairs.length,
      gb2312: gb2312.length,
      polyphones: gbReadings.filter((r) => r.length > 1).length,
      traditionalReadings: traditionalReadings.filter((r) => r?.length).length,
      syllables: syllables.length,
      sameAsSimplified: SAME_AS_SIMPLIFIED,
    },
    traditional,
    simplified: pairs.map(([, s]) => s).join(''),
    syllables: syllables.join(' '),
    gb2312Readings: gbReadings.map(list).join(''),
    traditionalReadings: traditionalReadings
      .map((r) => (r?.length ? list(r) : pairOfDigits(SAME_AS_SIMPLIFIED)))
      .join(''),
  };
}

const version = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The generated module's source, formatted as the repository's prettier config formats it. */
export async function renderTables() {
  const t = buildTables();
  const c = t.counts;
  const source = `// Generated by scripts/make-name-tables.mjs (npm run name-tables) with
// opencc-js ${version('opencc-js')} and pinyin-pro ${version('pinyin-pro')}. Do not edit: a test regenerates it and
// fails when it differs. Decoded by chinese-chars.ts, which the name check loads only when two
// names differ in a Chinese character.

/**
 * The digits of every number below, in value order: ${BASE} digits, printable ASCII without
 * quotes, backslash and $. A reading is two digits. A step is one digit or more: a digit worth
 * ${HALF} or more carries its value minus ${HALF} and says that more digits follow.
 */
export const DIGITS = ${JSON.stringify(DIGITS)};

/**
 * The ${c.pairs} characters that opencc-js turns from Traditional ("t") into one other,
 * Simplified ("cn") character, in code point order, as steps: each is the previous one (at
 * first U+${FIRST_HAN.toString(16).toUpperCase()}) plus its step.
 */
export const TRADITIONAL = ${JSON.stringify(t.traditional)};

/** The Simplified form of each character of TRADITIONAL, in the same order. */
export const SIMPLIFIED = ${JSON.stringify(t.simplified)};

/**
 * Pinyin syllables without tones (ü written v). A reading is syllable × 5 + tone − 1 (tone 5
 * is the neutral tone): ${c.syllables} syllables make N = ${c.syllables * 5} readings. In the two lists below, a
 * reading below N starts the next character, and N + r adds r to the same character's
 * readings; the usual reading comes first.
 */
export const SYLLABLES = ${JSON.stringify(t.syllables)};

/**
 * The readings of GB2312's ${c.gb2312} characters (${c.polyphones} have more than one), in GB2312
 * order: as TextDecoder('gbk') gives them for bytes B0A1–F7FE.
 */
export const GB2312_READINGS = ${JSON.stringify(t.gb2312Readings)};

/**
 * The readings of each character of TRADITIONAL, in the same order: 2N (${c.sameAsSimplified}, written
 * ${pairOfDigits(c.sameAsSimplified)}) when it reads like its Simplified form; otherwise its own, for the
 * ${c.traditionalReadings} whose Simplified form is not in GB2312.
 */
export const TRADITIONAL_READINGS = ${JSON.stringify(t.traditionalReadings)};
`;
  const options = (await prettier.resolveConfig(join(ROOT, OUTPUT))) ?? {};
  return prettier.format(source, { ...options, parser: 'typescript' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = await renderTables();
  writeFileSync(join(ROOT, OUTPUT), source);
  console.log(
    `Wrote ${OUTPUT}: ${source.length} characters, ${Buffer.byteLength(source)} bytes, ` +
      `${gzipSync(source, { level: 9 }).length} bytes gzip.`,
  );
}
