// Maps a misspelt word ("certifcate", "regsitrant") to the catalog word it was meant to be.
import Fuse from 'fuse.js';

/** Typed words this short are too easy to confuse ("form"/"from") to correct, save a swap. */
const MIN_TYPO_LENGTH = 4;
/** Fuse candidates to check; the right word is almost always among the first few. */
const CANDIDATES = 4;
/** Longer "words" are pasted junk (base64, long ids): never a typo of a catalog word. */
const MAX_TYPO_LENGTH = 24;
/** Remembered answers per ranker: typing the same words again costs nothing; bounded for long sessions. */
const CACHE_LIMIT = 5000;

/** Edits allowed for a word of this length: "fial" (swap) at 4, one edit to 6 letters, two beyond. */
function allowedEdits(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** Optimal-string-alignment distance (Levenshtein plus swapped neighbours), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Builds a corrector over the catalog's words. Fuse.js (bitap) finds the likely words fast; the
 * edit distance then rejects look-alikes such as "form" for "format" that bitap scores as perfect
 * because one is inside the other.
 */
export function createTypoMatcher(
  vocabulary: Iterable<string>,
): (word: string) => string | undefined {
  const words = [...new Set(vocabulary)].filter(
    (w) => w.length >= MIN_TYPO_LENGTH - 1 && /^[a-z]+$/.test(w),
  );
  const known = new Set(vocabulary);
  // Indexing the vocabulary takes a while, and a query of known words never needs it: build the
  // index on the first word that might be a typo.
  let fuse: Fuse<string> | undefined;
  const search = (word: string) => {
    fuse ??= new Fuse(words, {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.5,
      isCaseSensitive: true,
    });
    return fuse.search(word, { limit: CANDIDATES });
  };
  const cache = new Map<string, string | undefined>();

  return (word) => {
    if (known.has(word)) return word;
    const max = allowedEdits(word.length);
    if (max === 0 || word.length > MAX_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const hit of search(word)) {
      const candidate = hit.item;
      // Four-letter words are only corrected for a swap ("fial"), never a different letter.
      const limit = word.length === MIN_TYPO_LENGTH ? 1 : max;
      const d = editDistance(word, candidate, limit);
      if (d > limit || d >= bestDistance) continue;
      if (
        word.length === MIN_TYPO_LENGTH &&
        [...word].sort().join() !== [...candidate].sort().join()
      )
        continue;
      best = candidate;
      bestDistance = d;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, best);
    return best;
  };
}
