// Pure ranking: text someone pasted in, reasons best first. Runs the same in Node and the browser.
import { FOLDED_WORDS, STOP_WORDS, stem, toTerms, type Term } from './fold-words';
import { normalize } from './normalize-query';
import {
  GAP_COST,
  matchPhrase,
  scratchRows,
  STOP_GAP_COST,
  type PreparedPhrase,
} from './phrase-match';
import { createTypoMatcher } from './typo-matcher';

export { normalize } from './normalize-query';

/** What the ranker needs to know about a reason (a subset of its frontmatter). */
export interface LookupReason {
  slug: string;
  title: string;
  summary: string;
  messages: string[];
  keywords: string[];
  symptom?: string;
}

export interface LookupResult {
  reason: LookupReason;
  /** Higher is better; only comparable within one query. */
  score: number;
  /** The message or words that made this reason match, to show the person why. */
  matched: string;
}

export type Ranker = (query: string) => LookupResult[];

type PhraseKind = 'message' | 'title' | 'keyword';

/** How much a whole phrase of each kind is worth: the registry's own wording counts most. */
const PHRASE_WEIGHT: Record<PhraseKind, number> = { message: 1, title: 0.8, keyword: 0.7 };
/** How much a single word found in each field counts for the reason. */
const FIELD_WEIGHT = {
  keyword: 1,
  message: 0.7,
  title: 0.7,
  symptom: 0.5,
  keywordPart: 0.2,
  summary: 0.35,
} as const;
/** Weight of a small word ("of", "the") inside a phrase: present, but it proves nothing. */
const STOP_WORD_WEIGHT = 0.1;
/**
 * Words every rejection email uses whatever the reason ("domain", "verification failed",
 * "please submit again"): they count inside a message, never on their own.
 */
const CONTEXT_WORDS = new Set(
  'domain real realname verify fail reject denied submit resubmit reason result status error message customer request review audit pass approv console registry upload again'
    .split(' ')
    .map(stem),
);
/** Weight of a context word inside a phrase. */
const CONTEXT_WORD_WEIGHT = 0.4;
/**
 * Weight of a small or context word inside a keyword: keywords are short, so "did not upload"
 * needs all three words and "no seal" both; "seal" alone is a loose word.
 */
const KEYWORD_SMALL_WORD_WEIGHT = 0.5;
/** A phrase found at least this completely counts a little; below it, only its words count. */
const PHRASE_FLOOR: Record<PhraseKind, number> = { message: 0.55, title: 0.55, keyword: 0.9 };
/** A message or title found at least this completely is "found": it outranks loose words. */
const FOUND_COVERAGE = 0.8;
/** Score floor of a found message, above anything loose words and partial phrases can reach. */
const FOUND_TIER = 5;
/** Loose words saturate: many of them add at most this much. */
const WORDS_MAX = 1.8;
/** How many weighted words make a reason half as likely as it can be from words alone. */
const WORDS_HALF = 3;
/** Below this a reason is noise (one common word) and is not listed. */
const MIN_SCORE = 0.35;

interface IndexedPhrase extends PreparedPhrase {
  reason: number;
  kind: PhraseKind;
  text: string;
}

interface Hit {
  phrase: IndexedPhrase;
  strength: number;
  coverage: number;
  start: number;
  end: number;
}

const isNumber = (key: string) => /^\d+$/.test(key);
const overlaps = (a: Hit, b: Hit) => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  return shared > 0 && shared * 2 > Math.min(a.end - a.start, b.end - b.start) + 1;
};

export function createRanker(reasons: LookupReason[]): Ranker {
  // Several indexes below read the same catalog texts: normalise each one once. (The ranker is
  // built when a page first searches, so its build time is time the page does not answer.)
  const normalized = new Map<string, string>();
  const normalizeOnce = (text: string) => {
    let folded = normalized.get(text);
    if (folded === undefined) normalized.set(text, (folded = normalize(text)));
    return folded;
  };
  const termsByText = new Map<string, Term[]>();
  const termsOf = (text: string) => {
    let found = termsByText.get(text);
    if (!found)
      termsByText.set(text, (found = toTerms(normalizeOnce(text).split(' ').filter(Boolean))));
    return found;
  };
  const isContent = (key: string) => !STOP_WORDS.has(key) && !CONTEXT_WORDS.has(key);
  const contentTermsOf = (text: string) => termsOf(text).filter((t) => isContent(t.key));

  // Word statistics over the catalog: a word in one reason's fields tells more than one in all.
  const fields = reasons.map((r) => ({
    keyword: r.keywords
      .map(contentTermsOf)
      .filter((t) => t.length === 1)
      .flat(),
    // A word of a longer keyword ("id" in "id number") says little alone; the whole phrase counts.
    keywordPart: r.keywords
      .map(contentTermsOf)
      .filter((t) => t.length > 1)
      .flat(),
    message: r.messages.flatMap(termsOf),
    title: termsOf(r.title),
    symptom: r.symptom ? termsOf(r.symptom) : [],
    summary: termsOf(r.summary),
  }));
  const documentFrequency = new Map<string, number>();
  const fieldWeights = fields.map((f) => {
    const weights = new Map<string, number>();
    for (const [field, terms] of Object.entries(f) as [keyof typeof FIELD_WEIGHT, Term[]][]) {
      for (const { key } of terms) {
        if (STOP_WORDS.has(key)) continue;
        weights.set(key, Math.max(weights.get(key) ?? 0, FIELD_WEIGHT[field]));
      }
    }
    for (const key of weights.keys())
      documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    return weights;
  });
  const idf = (key: string) =>
    STOP_WORDS.has(key)
      ? STOP_WORD_WEIGHT
      : Math.log((reasons.length + 1) / (documentFrequency.get(key) ?? 1));
  // Inside a phrase, "verification failed" is template wording: it must not make a message half-found.
  const phraseWeight = (key: string) => (CONTEXT_WORDS.has(key) ? CONTEXT_WORD_WEIGHT : idf(key));

  const phrases: IndexedPhrase[] = [];
  const addPhrase = (reason: number, kind: PhraseKind, text: string) => {
    const keys = termsOf(text).map((t) => t.key);
    // A one-word keyword is a loose word (below); only longer keywords are phrases.
    if (keys.length === 0 || (kind === 'keyword' && keys.length < 2)) return;
    const weights = keys.map((k) =>
      kind === 'keyword' && !isContent(k) ? KEYWORD_SMALL_WORD_WEIGHT : phraseWeight(k),
    );
    phrases.push({ reason, kind, text, keys, weights, total: weights.reduce((a, b) => a + b, 0) });
  };
  reasons.forEach((r, i) => {
    for (const m of r.messages) addPhrase(i, 'message', m);
    addPhrase(i, 'title', r.title);
    for (const k of r.keywords) addPhrase(i, 'keyword', k);
  });
  const phrasesByKey = new Map<string, Set<IndexedPhrase>>();
  for (const p of phrases) {
    for (const key of p.keys) {
      if (STOP_WORDS.has(key)) continue;
      const set = phrasesByKey.get(key) ?? new Set();
      set.add(p);
      phrasesByKey.set(key, set);
    }
  }
  const rows = scratchRows(Math.max(1, ...phrases.map((p) => p.keys.length)));

  const catalogWords = reasons.flatMap((r) =>
    [r.title, r.summary, r.symptom ?? '', ...r.messages, ...r.keywords].flatMap((t) =>
      normalizeOnce(t).split(' '),
    ),
  );
  const correct = createTypoMatcher(
    [...catalogWords, ...FOLDED_WORDS, ...STOP_WORDS].filter(Boolean),
  );
  // "typed" is not a typo of "type": a word whose stem the catalog knows is left as it is.
  const knownStems = new Set(catalogWords.map(stem));

  return (query) => {
    const words = normalize(query)
      .split(' ')
      .filter(Boolean)
      .map((w) => (knownStems.has(stem(w)) ? w : (correct(w) ?? w)));
    const terms = toTerms(words);
    const keys = terms.map((t) => t.key);
    if (keys.length === 0) return [];
    const gapCosts = keys.map((k) => (STOP_WORDS.has(k) ? STOP_GAP_COST : GAP_COST));

    // 1. Known phrases, in order, wherever they sit in the text.
    const present = new Set(keys);
    const candidates = new Set<IndexedPhrase>();
    for (const key of present) for (const p of phrasesByKey.get(key) ?? []) candidates.add(p);
    const hits: Hit[] = [];
    for (const phrase of candidates) {
      // Cheap bound first: the alignment can never find more than the phrase words present.
      let reachable = 0;
      for (let i = 0; i < phrase.keys.length; i++)
        if (present.has(phrase.keys[i]!)) reachable += phrase.weights[i]!;
      if (reachable < PHRASE_FLOOR[phrase.kind] * phrase.total) continue;
      const m = matchPhrase(phrase, keys, gapCosts, rows);
      if (m.coverage < PHRASE_FLOOR[phrase.kind]) continue;
      const strength = PHRASE_WEIGHT[phrase.kind] * m.coverage * m.matched;
      hits.push({ phrase, strength, coverage: m.coverage, start: m.start, end: m.end });
    }
    hits.sort((a, b) => b.strength - a.strength);

    // A found message claims its stretch of text: a shorter phrase of another reason inside it
    // ("registrant certificate" in "Invalid registrant certificate") does not count as found.
    const found: Hit[] = [];
    const best: (Hit | undefined)[] = [];
    for (const hit of hits) {
      const r = hit.phrase.reason;
      if (
        hit.phrase.kind !== 'keyword' &&
        hit.coverage >= FOUND_COVERAGE &&
        !found.some((f) => f.phrase.reason !== r && overlaps(f, hit))
      ) {
        if (!found.some((f) => f.phrase.reason === r)) found.push(hit);
      }
      if (!best[r]) best[r] = hit;
    }
    // Several messages pasted together: the one written first is listed first.
    const foundOrder = [...found].sort((a, b) => a.start - b.start);

    // 2. Loose words: keywords, and words of the title, summary and messages.
    const seen = new Set<string>();
    const content = terms.filter(
      (t) =>
        !STOP_WORDS.has(t.key) &&
        !CONTEXT_WORDS.has(t.key) &&
        !isNumber(t.key) &&
        !seen.has(t.key) &&
        seen.add(t.key),
    );
    const results: LookupResult[] = [];
    reasons.forEach((reason, i) => {
      let weight = 0;
      const matchedWords: string[] = [];
      for (const t of content) {
        const w = fieldWeights[i]!.get(t.key);
        if (!w) continue;
        weight += w * idf(t.key);
        matchedWords.push(t.surface);
      }
      const wordScore = (WORDS_MAX * weight) / (weight + WORDS_HALF);
      const f = found.find((h) => h.phrase.reason === i);
      const partial = best[i];
      let score: number;
      let matched: string;
      if (f) {
        score = FOUND_TIER + 2 * f.coverage ** 2 + 1 / (1 + foundOrder.indexOf(f)) + wordScore / 4;
        matched = f.phrase.text;
      } else {
        const phraseScore = partial?.strength ?? 0;
        score = phraseScore + wordScore;
        matched =
          partial && phraseScore >= wordScore
            ? partial.phrase.text
            : matchedWords.slice(0, 4).join(', ');
      }
      if (score < MIN_SCORE || !matched) return;
      results.push({ reason, score, matched });
    });
    return results.sort((a, b) => b.score - a.score);
  };
}
