// Toneless pinyin syllables of common characters, from the build-time table in
// zh-tables.generated.ts, to recognise homophone typos (和 typed for 合: both "he").
import { LEVEL1_SYLLABLES, PINYIN_EXTRA } from './zh-tables.generated';

/** GB2312 level 1 occupies rows 0xB0–0xD7 of the GBK code table, cells 0xA1–0xFE. */
const LEVEL1_FIRST_ROW = 0xb0;
const LEVEL1_LAST_ROW = 0xd7;
const FIRST_CELL = 0xa1;
const LAST_CELL = 0xfe;
const HAN = /\p{Script=Han}/u;

const NONE: readonly string[] = [];
let table: Map<string, string[]> | undefined;

/**
 * The level-1 characters in code-table order, which is pinyin order: the table only stores how
 * many characters in a row share a syllable. Empty where the platform has no GBK decoder; the
 * lookup then simply does not correct homophones.
 */
function level1Characters(): string[] {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk');
  } catch {
    return [];
  }
  const bytes: number[] = [];
  for (let row = LEVEL1_FIRST_ROW; row <= LEVEL1_LAST_ROW; row++)
    for (let cell = FIRST_CELL; cell <= LAST_CELL; cell++) bytes.push(row, cell);
  return Array.from(decoder.decode(new Uint8Array(bytes))).filter((c) => HAN.test(c));
}

function buildTable(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (char: string, syllable: string) => {
    const list = map.get(char);
    if (!list) map.set(char, [syllable]);
    else if (!list.includes(syllable)) list.push(syllable);
  };
  const chars = level1Characters();
  const runs = LEVEL1_SYLLABLES.split(' ').map((run) => {
    const [, syllable = '', count = '0'] = /^([a-z]*)(\d+)$/.exec(run) ?? [];
    return { syllable, count: Number(count) };
  });
  // A decoder that disagrees with the build's would pair characters with the wrong sounds.
  if (runs.reduce((n, r) => n + r.count, 0) === chars.length) {
    let at = 0;
    for (const { syllable, count } of runs) {
      if (syllable) for (let k = at; k < at + count; k++) add(chars[k]!, syllable);
      at += count;
    }
  }
  for (const [syllable, extra] of Object.entries(PINYIN_EXTRA))
    for (const char of extra) add(char, syllable);
  return map;
}

/** The syllables a character can be read as (only those the reason pages use), or none. */
export function syllablesOf(char: string): readonly string[] {
  table ??= buildTable();
  return table.get(char) ?? NONE;
}

/** True when two characters can be read alike: the same one, or a shared syllable. */
export function soundAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = syllablesOf(a);
  if (sa.length === 0) return false;
  const sb = syllablesOf(b);
  return sa.some((s) => sb.includes(s));
}

let syllables: ReadonlySet<string> | undefined;

/** Every syllable the table knows: the syllables of the reason pages' characters. */
export function knownSyllables(): ReadonlySet<string> {
  syllables ??= new Set([
    ...LEVEL1_SYLLABLES.split(' ')
      .map((run) => run.replace(/\d+$/, ''))
      .filter(Boolean),
    ...Object.keys(PINYIN_EXTRA),
  ]);
  return syllables;
}
