// Decodes the name tables (chinese-chars.generated.ts) into lookups. Loaded with them, lazily:
// only when two names differ in a Chinese character (see components/name-match-tool.tsx).
import type { ChineseChars } from './compare-names';
import {
  DIGITS,
  GB2312_READINGS,
  SIMPLIFIED,
  SYLLABLES,
  TRADITIONAL,
  TRADITIONAL_READINGS,
} from './chinese-chars.generated';
import { gb2312Characters } from './gb2312';

const BASE = DIGITS.length;
const HALF = Math.floor(BASE / 2);
const FIRST_HAN = 0x3400;
const TONE_MARKS = ['\u0304', '\u0301', '\u030C', '\u0300'];
const digitValue = new Map([...DIGITS].map((d, i) => [d, i]));
const syllables = SYLLABLES.split(' ');
/** Readings are numbered below N; N + r is a further reading of the same character. */
const N = syllables.length * 5;
const SAME_AS_SIMPLIFIED = 2 * N;

const value = (d: string) => {
  const v = digitValue.get(d);
  if (v === undefined) throw new Error(`Not a table digit: ${d}`);
  return v;
};

/** "zhang", 1 → "zhāng": the mark on a or e, on the o of ou, else on the last vowel (or m, n). */
export function withTone(syllable: string, tone: number): string {
  const s = syllable.replace(/v/g, 'ü');
  if (tone < 1 || tone > 4) return s;
  const at = s.includes('a')
    ? s.indexOf('a')
    : /[eê]/.test(s)
      ? s.search(/[eê]/)
      : s.includes('ou')
        ? s.indexOf('o')
        : /[iouü]/.test(s)
          ? Math.max(...['i', 'o', 'u', 'ü'].map((v) => s.lastIndexOf(v)))
          : s.search(/[mn]/);
  return (s.slice(0, at + 1) + TONE_MARKS[tone - 1] + s.slice(at + 1)).normalize('NFC');
}

/** Splits a list of two-digit codes into one reading list per character (see SYLLABLES). */
function readingLists(codes: string): (string[] | undefined)[] {
  const lists: (string[] | undefined)[] = [];
  for (let i = 0; i < codes.length; i += 2) {
    const code = value(codes[i]!) * BASE + value(codes[i + 1]!);
    if (code === SAME_AS_SIMPLIFIED) lists.push(undefined);
    else {
      const reading = code % N;
      const text = withTone(syllables[Math.floor(reading / 5)]!, (reading % 5) + 1);
      if (code < N) lists.push([text]);
      else lists.at(-1)!.push(text);
    }
  }
  return lists;
}

function decode(): ChineseChars {
  const simplifiedOf = new Map<string, string>();
  const readingsOf = new Map<string, readonly string[]>();

  const gb2312 = gb2312Characters();
  readingLists(GB2312_READINGS).forEach((list, i) => readingsOf.set(gb2312[i]!, list!));

  const simplified = [...SIMPLIFIED];
  const traditionalReadings = readingLists(TRADITIONAL_READINGS);
  let codePoint = FIRST_HAN;
  let step = 0;
  let index = 0;
  for (const d of TRADITIONAL) {
    const v = value(d);
    step = step * HALF + (v % HALF);
    if (v >= HALF) continue;
    codePoint += step;
    step = 0;
    const traditional = String.fromCodePoint(codePoint);
    simplifiedOf.set(traditional, simplified[index]!);
    const own = traditionalReadings[index];
    if (own && !readingsOf.has(traditional)) readingsOf.set(traditional, own);
    index++;
  }

  return {
    toSimplified: (c) => simplifiedOf.get(c),
    readings: (c) => {
      const own = readingsOf.get(c);
      if (own) return own;
      const simplified = simplifiedOf.get(c);
      return (simplified && readingsOf.get(simplified)) || [];
    },
  };
}

/** Traditional forms and readings of Chinese characters, decoded on first use. */
export const chineseChars: ChineseChars = decode();
