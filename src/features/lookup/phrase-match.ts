// Finds a known phrase (a rejection message, a title, a keyword) inside pasted text, in order,
// tolerating missing small words, a few extra words in between and, upstream, corrected typos.

/** A phrase prepared once: its terms and how much each one says about the reason. */
export interface PreparedPhrase {
  keys: readonly string[];
  weights: readonly number[];
  /** Sum of `weights`: what a perfect match scores. */
  total: number;
}

export interface PhraseMatch {
  /** Weight of the phrase's terms found in order, less the cost of extra words in between. */
  matched: number;
  /** `matched / total`: 1 for the whole phrase, word for word. */
  coverage: number;
  /** Query word positions of the best stretch, first and last (inclusive). */
  start: number;
  end: number;
}

/** What one extra pasted word inside the phrase costs ("certificate NUMBER cannot be found"). */
export const GAP_COST = 0.35;
/** What an extra small word costs ("number I entered"): people add them freely. */
export const STOP_GAP_COST = 0.05;
/**
 * Share of its weight that a phrase word missing from the middle of a stretch costs: a
 * stretch that reads straight through ("certificate cannot be found" in "Certificate cannot be
 * found in the database") beats one with a hole ("Certificate [number] cannot be found").
 * Words missing at either end cost nothing beyond the lower coverage.
 */
export const HOLE_COST = 0.5;

const NO_MATCH: PhraseMatch = { matched: 0, coverage: 0, start: 0, end: -1 };

/**
 * Local alignment (Smith–Waterman over words): the best stretch of `query` that spells the
 * phrase in order. A phrase word missing inside the stretch costs HOLE_COST of its weight; an extra query word inside
 * the stretch costs `gapCosts[j]` (GAP_COST, or STOP_GAP_COST for a small word). Linear in query length × phrase length, with no allocation per word.
 */
export function matchPhrase(
  phrase: PreparedPhrase,
  query: readonly string[],
  gapCosts: ArrayLike<number>,
  rows: Float64Array[],
): PhraseMatch {
  const n = phrase.keys.length;
  if (n === 0 || query.length === 0) return NO_MATCH;
  // rows[0..1]: scores of the previous and current query word; rows[2..3]: where each stretch began.
  let prev = rows[0]!;
  let cur = rows[1]!;
  let prevStart = rows[2]!;
  let curStart = rows[3]!;
  prev.fill(0, 0, n + 1);
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  for (let j = 0; j < query.length; j++) {
    const word = query[j];
    cur[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= n; i++) {
      // Skip phrase word i: same stretch as without it, with a hole in it.
      let score = cur[i - 1]! - HOLE_COST * phrase.weights[i - 1]!;
      let start = curStart[i - 1]!;
      if (phrase.keys[i - 1] === word) {
        const took = prev[i - 1]! + phrase.weights[i - 1]!;
        if (took > score) {
          score = took;
          start = prev[i - 1]! > 0 ? prevStart[i - 1]! : j;
        }
      }
      const inserted = prev[i]! - gapCosts[j]!;
      if (inserted > score) {
        score = inserted;
        start = prevStart[i]!;
      }
      cur[i] = score > 0 ? score : 0;
      curStart[i] = score > 0 ? start : j + 1;
      // The stretch may end at any phrase word: the words after it are simply not there.
      if (cur[i]! > best && phrase.keys[i - 1] === word) {
        best = cur[i]!;
        bestStart = curStart[i]!;
        bestEnd = j;
      }
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best > 0
    ? { matched: best, coverage: best / phrase.total, start: bestStart, end: bestEnd }
    : NO_MATCH;
}

/** Scratch rows big enough for the longest phrase; reused for every phrase of every query. */
export function scratchRows(longestPhrase: number): Float64Array[] {
  return Array.from({ length: 4 }, () => new Float64Array(longestPhrase + 1));
}
