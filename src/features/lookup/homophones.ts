// Repairs the typos a pinyin keyboard makes: the right syllable, the wrong character (不和格 for
// 不合格, 证建 for 证件). A stretch of the query that sounds like a stretch of the vocabulary,
// and differs from it only where the query's own characters fit no vocabulary word, is
// rewritten to the vocabulary's characters.
import { soundAlike, syllablesOf } from './pinyin-syllables';

/** Shortest stretch compared: one character alone has too many homophones to guess from. */
const MIN_SPAN = 2;
/** Longest stretch compared: longer stretches add cost, not certainty. */
const MAX_SPAN = 4;
/**
 * Characters of a stretch that may be replaced: one of two or three, two of four. At least one
 * character always stays, so a stretch is never rewritten on sound alone.
 */
const maxReplaced = (span: number) => Math.floor(span / 2);

export type HomophoneCorrector = (run: string) => string;

/**
 * Builds a corrector over vocabulary texts (Simplified, already folded). Runs the corrector is
 * given must be Chinese characters only, as `normalize` leaves them.
 */
export function createHomophoneCorrector(vocabulary: Iterable<string>): HomophoneCorrector {
  // Every stretch of MIN_SPAN..MAX_SPAN characters of the vocabulary, found by any one of its
  // characters at its offset: a correction keeps at least one character where it was.
  const grams = new Set<string>();
  const pairs = new Set<string>();
  for (const text of vocabulary) {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      for (let n = MIN_SPAN; n <= MAX_SPAN && i + n <= chars.length; n++)
        grams.add(chars.slice(i, i + n).join(''));
    }
  }
  const byAnchor = new Map<string, string[][]>();
  for (const gram of grams) {
    const chars = Array.from(gram);
    if (chars.length === MIN_SPAN) pairs.add(gram);
    chars.forEach((c, offset) => {
      const key = `${c}${offset}${chars.length}`;
      const list = byAnchor.get(key) ?? [];
      list.push(chars);
      byAnchor.set(key, list);
    });
  }

  return (run) => {
    if (grams.size === 0) return run;
    const chars = Array.from(run);
    // A character inside a vocabulary pair (either side) is already spelled as the pages spell
    // it; only the others can be typos.
    const suspect = chars.map(
      (c, i) => !pairs.has(`${chars[i - 1] ?? ''}${c}`) && !pairs.has(`${c}${chars[i + 1] ?? ''}`),
    );
    if (!suspect.includes(true)) return run;
    let changed = false;
    for (let i = 0; i < chars.length; i++) {
      // A character with none of the pages' sounds cannot stand for one of their characters.
      if (!suspect[i] || syllablesOf(chars[i]!).length === 0) continue;
      const fix = bestFix(chars, suspect, i);
      if (!fix) continue;
      fix.gram.forEach((c, k) => {
        chars[fix.start + k] = c;
        suspect[fix.start + k] = false;
      });
      changed = true;
    }
    return changed ? chars.join('') : run;
  };

  /** The longest vocabulary stretch over position `at`, replacing it, that the query's stretch sounds like. */
  function bestFix(chars: string[], suspect: boolean[], at: number) {
    for (let n = MAX_SPAN; n >= MIN_SPAN; n--) {
      let best: { start: number; gram: string[]; kept: number } | undefined;
      for (let start = Math.max(0, at - n + 1); start <= at && start + n <= chars.length; start++) {
        for (let offset = 0; offset < n; offset++) {
          if (start + offset === at) continue;
          for (const gram of byAnchor.get(`${chars[start + offset]}${offset}${n}`) ?? []) {
            if (gram[at - start] === chars[at]) continue;
            const kept = fits(chars, suspect, start, gram);
            if (kept > (best?.kept ?? 0)) best = { start, gram, kept };
          }
        }
      }
      if (best) return best;
    }
    return undefined;
  }

  /** How many characters the rewrite keeps, or 0 when `gram` is not a fit at `start`. */
  function fits(chars: string[], suspect: boolean[], start: number, gram: string[]): number {
    let replaced = 0;
    for (let k = 0; k < gram.length; k++) {
      const c = chars[start + k]!;
      if (c === gram[k]) continue;
      if (!suspect[start + k] || !soundAlike(c, gram[k]!)) return 0;
      if (++replaced > maxReplaced(gram.length)) return 0;
    }
    return replaced === 0 ? 0 : gram.length - replaced;
  }
}
