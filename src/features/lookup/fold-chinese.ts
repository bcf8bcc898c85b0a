// Folds Traditional Chinese (Hong Kong, Macao, Taiwan) to the Simplified characters the reason
// pages are written in, with the build-time slice of OpenCC's data in zh-tables.generated.ts.
import { TRADITIONAL_CHARACTERS, TRADITIONAL_PHRASES } from './zh-tables.generated';

/** A run of CJK characters as `normalize` leaves it: one token, no spaces or punctuation. */
const CJK_TOKEN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const HAN = /^\p{Script=Han}$/u;

/** True for a token of Chinese (or other CJK) characters, which is read character by character. */
export const isCjkToken = (token: string): boolean => CJK_TOKEN.test(token);
/** True for one Han character. */
export const isHan = (char: string): boolean => HAN.test(char);

interface FoldTables {
  characters: Map<string, string>;
  phrases: Map<string, string>;
  /** Length of the longest phrase, in UTF-16 units: how far ahead a phrase can reach. */
  longest: number;
}

let tables: FoldTables | undefined;

/** Parses the generated strings once, on the first Chinese text. */
function foldTables(): FoldTables {
  if (tables) return tables;
  const characters = new Map<string, string>();
  const pairs = Array.from(TRADITIONAL_CHARACTERS);
  for (let i = 0; i + 1 < pairs.length; i += 2) characters.set(pairs[i]!, pairs[i + 1]!);
  const phrases = new Map(Object.entries(TRADITIONAL_PHRASES));
  const longest = Math.max(0, ...[...phrases.keys()].map((k) => k.length));
  return (tables = { characters, phrases, longest });
}

/**
 * Traditional → Simplified: regional phrases first, longest first (身分證字號, then 身分), as
 * OpenCC does, then character by character. Simplified text comes back unchanged, so the catalog
 * and the query can both go through it.
 */
export function foldTraditional(text: string): string {
  const { characters, phrases, longest } = foldTables();
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (let length = Math.min(longest, text.length - i); length >= 2; length--) {
      const hit = phrases.get(text.slice(i, i + length));
      if (hit !== undefined) {
        out += hit;
        i += length;
        continue outer;
      }
    }
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    out += characters.get(char) ?? char;
    i += char.length;
  }
  return out;
}
