// The catalog's phrases (messages, titles, keywords), prepared for matching in order: their
// units (English words, Chinese characters), how much each one says, and which phrases a unit
// can start a search for.
import type { Language, Unit } from './analyze-text';
import type { CatalogTexts } from './catalog-texts';
import { scratchRows, type PreparedPhrase } from './phrase-match';
import { STOP_WORD_WEIGHT, type WordStatistics } from './word-statistics';

export type PhraseKind = 'message' | 'title' | 'keyword';

export interface IndexedPhrase extends PreparedPhrase {
  /** Index of the reason in the catalog. */
  reason: number;
  kind: PhraseKind;
  /** The phrase as written, to show as `matched`. */
  text: string;
  language: Language;
}

export interface PhraseIndex {
  phrases: IndexedPhrase[];
  /** Unit key → the phrases that contain it (small words start no search). */
  phrasesByKey: Map<string, Set<IndexedPhrase>>;
  /** Every unit key of every phrase, small words included. */
  phraseKeys: ReadonlySet<string>;
  /** Scratch space for `matchPhrase`, big enough for the longest phrase. */
  rows: Float64Array[];
}

/** Weight of a context word (CONTEXT_WORDS, ZH_CONTEXT_WORDS) inside a phrase. */
const CONTEXT_WORD_WEIGHT = 0.4;
/**
 * Weight of a small or context word inside a keyword: keywords are short, so "did not upload"
 * needs all three words and "no seal" both; "seal" alone is a loose word.
 */
const KEYWORD_SMALL_WORD_WEIGHT = 0.5;

export function indexPhrases({ texts, analyze }: CatalogTexts, words: WordStatistics): PhraseIndex {
  // Inside a phrase, "verification failed" is template wording: it must not make a message
  // half-found.
  const wordWeight = (u: Unit, kind: PhraseKind) => {
    if (kind === 'keyword' && (u.stop || u.context)) return KEYWORD_SMALL_WORD_WEIGHT;
    if (u.stop) return STOP_WORD_WEIGHT;
    if (u.context) return CONTEXT_WORD_WEIGHT;
    return words.idf(u.word ?? u.key);
  };
  // A Chinese character carries its word's share: 名 in 改过名字 weighs what the rare word 名字
  // tells, not what the character 名 (in half the pages) does.
  const unitWeight = (u: Unit, kind: PhraseKind) => wordWeight(u, kind) / (u.wordLength ?? 1);

  const phrases: IndexedPhrase[] = [];
  const phrasesByKey = new Map<string, Set<IndexedPhrase>>();
  const add = (reason: number, kind: PhraseKind, text: string, language: Language) => {
    const units = analyze(text).units;
    // A one-word keyword is a loose word; only longer keywords (and every Chinese keyword of
    // two characters or more: its word boundaries are a guess) are phrases.
    if (units.length === 0 || (kind === 'keyword' && units.length < 2)) return;
    const weights = units.map((u) => unitWeight(u, kind));
    const phrase: IndexedPhrase = {
      reason,
      kind,
      text,
      language,
      keys: units.map((u) => u.key),
      weights,
      total: weights.reduce((a, b) => a + b, 0),
    };
    phrases.push(phrase);
    for (const u of units) {
      if (u.stop) continue;
      const set = phrasesByKey.get(u.key) ?? new Set();
      set.add(phrase);
      phrasesByKey.set(u.key, set);
    }
  };
  texts.forEach((versions, i) => {
    for (const v of versions) {
      for (const m of v.messages) add(i, 'message', m, v.language);
      add(i, 'title', v.title, v.language);
      for (const k of v.keywords) add(i, 'keyword', k, v.language);
    }
  });
  const rows = scratchRows(Math.max(1, ...phrases.map((p) => p.keys.length)));
  const phraseKeys = new Set(phrases.flatMap((p) => p.keys));
  return { phrases, phrasesByKey, phraseKeys, rows };
}
