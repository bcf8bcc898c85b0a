// Reads pinyin typed without the input method's conversion ("zhucezhe xinxi bu yizhi", typed
// with the keyboard left in Latin mode) as the Chinese of the reason pages it spells.
import { knownSyllables, syllablesOf } from './pinyin-syllables';

/** Longest pinyin syllable ("zhuang"). */
const MAX_SYLLABLE = 6;
/** Longer Latin "words" are not typed pinyin (ids, base64): never read as Chinese. */
const MAX_WORD = 30;
/** Shortest stretch read as a word: one syllable alone has too many characters to guess from. */
const MIN_SPAN = 2;
/** Longest stretch looked up at once, in syllables: a phrase of the pages, or part of one. */
const MAX_SPAN = 4;
/** Readings enumerated per stretch of the pages; polyphones multiply them. */
const MAX_READINGS = 16;

/**
 * Splits a Latin word into pinyin syllables, the fewest possible ("xian" is one syllable, not
 * xi-an), or undefined when it is not pinyin of the pages' syllables.
 */
export function splitSyllables(word: string): string[] | undefined {
  if (word.length > MAX_WORD || !/^[a-z]+$/.test(word)) return undefined;
  const known = knownSyllables();
  // fewest[i]: fewest syllables spelling word[0, i); from[i]: where the last one starts.
  const fewest = new Array<number>(word.length + 1).fill(Infinity);
  const from = new Array<number>(word.length + 1).fill(-1);
  fewest[0] = 0;
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - MAX_SYLLABLE); start < end; start++) {
      if (fewest[start]! + 1 < fewest[end]! && known.has(word.slice(start, end))) {
        fewest[end] = fewest[start]! + 1;
        from[end] = start;
      }
    }
  }
  if (from[word.length] === -1) return undefined;
  const out: string[] = [];
  for (let end = word.length; end > 0; end = from[end]!) out.unshift(word.slice(from[end]!, end));
  return out;
}

/** Every way a stretch of characters can be read (its characters' syllables combined). */
function readingsOf(chars: string[]): string[] {
  let readings = [''];
  for (const c of chars) {
    const own = syllablesOf(c);
    if (own.length === 0) return [];
    readings = readings.flatMap((r) => own.map((s) => (r ? `${r} ${s}` : s)));
    if (readings.length > MAX_READINGS) return [];
  }
  return readings;
}

/**
 * Builds a reader over vocabulary texts (Simplified Chinese runs): syllables in, the pages'
 * characters out, stretch by stretch. Syllables that spell nothing of the pages are dropped:
 * they cannot match anything anyway.
 */
export function createPinyinReader(vocabulary: Iterable<string>): (syllables: string[]) => string {
  const runs = [...vocabulary];
  let index: Map<string, string> | undefined;
  // Only queries typed in pinyin need the index: build it on the first one.
  const build = () => {
    const map = new Map<string, string>();
    for (const run of runs) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        for (let n = MIN_SPAN; n <= MAX_SPAN && i + n <= chars.length; n++) {
          const gram = chars.slice(i, i + n);
          for (const reading of readingsOf(gram))
            if (!map.has(reading)) map.set(reading, gram.join(''));
        }
      }
    }
    return map;
  };
  return (syllables) => {
    index ??= build();
    // Cut the syllables into stretches of the pages so that as many as possible are read, in as
    // few stretches as possible: greedy cuts would strand the last syllable of 敏感词.
    const n = syllables.length;
    const read = new Array<number>(n + 1).fill(0);
    const pieces = new Array<number>(n + 1).fill(0);
    const from = new Array<number>(n + 1).fill(-1);
    const text = new Array<string>(n + 1).fill('');
    for (let end = 1; end <= n; end++) {
      read[end] = read[end - 1]!;
      pieces[end] = pieces[end - 1]!;
      from[end] = end - 1;
      text[end] = '';
      for (let span = MIN_SPAN; span <= MAX_SPAN && span <= end; span++) {
        const hit = index.get(syllables.slice(end - span, end).join(' '));
        if (hit === undefined) continue;
        const r = read[end - span]! + span;
        const p = pieces[end - span]! + 1;
        if (r > read[end]! || (r === read[end]! && p < pieces[end]!)) {
          read[end] = r;
          pieces[end] = p;
          from[end] = end - span;
          text[end] = hit;
        }
      }
    }
    let out = '';
    for (let end = n; end > 0; end = from[end]!) out = text[end] + out;
    return out;
  };
}
