// Pure ranking: text someone pasted in, reasons best first, in English or Chinese. Runs the same in
// Node and the browser.
import { analyzeText, type Language } from './analyze-text';
import { readCatalog } from './catalog-texts';
import { GAP_COST, matchPhrase, STOP_GAP_COST } from './phrase-match';
import { indexPhrases, type IndexedPhrase, type PhraseKind } from './phrase-index';
import { createQueryReaders } from './query-readers';
import { findUnlisted } from './unlisted-messages';
import { countWords, isContent } from './word-statistics';

export { normalize } from './normalize-query';

/** The Chinese page of a reason: the same fields, in Chinese (content/reasons/zh). */
export interface LookupReasonZh {
  title: string;
  summary: string;
  messages: string[];
  keywords: string[];
}

/** What the ranker needs to know about a reason (a subset of its frontmatter). */
export interface LookupReason {
  slug: string;
  title: string;
  summary: string;
  messages: string[];
  keywords: string[];
  symptom?: string;
  /** The Chinese page, when there is one: indexed beside the English. */
  zh?: LookupReasonZh;
}

export interface LookupResult {
  reason: LookupReason;
  /** Higher is better; only comparable within one query. */
  score: number;
  /** The message or words that made this reason match, to show the person why. */
  matched: string;
  /** The language of the text that matched best: `matched` is in it, and so should the page be. */
  language: Language;
}

export type Ranker = (query: string) => LookupResult[];

/** How much a whole phrase of each kind is worth: the registry's own wording counts most. */
const PHRASE_WEIGHT: Record<PhraseKind, number> = { message: 1, title: 0.8, keyword: 0.7 };
/** A phrase found at least this completely counts a little; below it, only its words count. */
const PHRASE_FLOOR: Record<PhraseKind, number> = { message: 0.55, title: 0.55, keyword: 0.9 };
/** A message or title found at least this completely is "found": it outranks loose words. */
const FOUND_COVERAGE = 0.8;
/** Score floor of a found message, above anything loose words and partial phrases can reach. */
const FOUND_TIER = 5;
/**
 * Most a phrase found in part can score: below the found tier, even for a long message heavy
 * with rare tokens ("支持55 KB ~ 5 MB的图片" in an email that only quotes the size limits).
 */
const PARTIAL_MAX = FOUND_TIER - 1;
/** Loose words saturate: many of them add at most this much. */
const WORDS_MAX = 1.8;
/** How many weighted words make a reason half as likely as it can be from words alone. */
const WORDS_HALF = 3;
/**
 * What a character of a Chinese word that matched no word of a reason counts, against a whole
 * word: enough to tell 证件到期 (expires) towards 证件过期, too little to outvote words.
 */
const LOOSE_CHARACTER_SHARE = 0.25;
/** Below this a reason is noise (one common word) and is not listed. */
const MIN_SCORE = 0.35;
/** How far above everything else the closest reasons of an unlisted message are put, each. */
const UNLISTED_STEP = 1;
/** How `matched` lists loose words in each language. */
const WORD_SEPARATOR: Record<Language, string> = { en: ', ', zh: '、' };
/** How many loose words `matched` lists. */
const MATCHED_WORDS = 4;

interface Hit {
  phrase: IndexedPhrase;
  strength: number;
  coverage: number;
  start: number;
  end: number;
}

/** Stands for a run of query units that no phrase contains (no unit key is empty). */
const SKIPPED = '';
const isNumber = (key: string) => /^\d+$/.test(key);
const overlaps = (a: Hit, b: Hit) => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  return shared > 0 && shared * 2 > Math.min(a.end - a.start, b.end - b.start) + 1;
};

export function createRanker(reasons: LookupReason[]): Ranker {
  const catalog = readCatalog(reasons);
  const statistics = countWords(catalog);
  const { fieldWeights, idf, characterWeights, characterIdf } = statistics;
  const { phrasesByKey, phraseKeys, rows } = indexPhrases(catalog, statistics);
  const readers = createQueryReaders(catalog);
  const slugIndex = new Map(reasons.map((r, i) => [r.slug, i]));

  return (query) => {
    const { units, words } = analyzeText(query, readers);
    if (units.length === 0) return [];
    // Units no phrase contains can only be skipped: a run of them is one gap, costing as much.
    // (A Chinese email is a unit per character, most of them template.)
    const keys: string[] = [];
    const gapCosts: number[] = [];
    for (const u of units) {
      const cost = u.stop ? STOP_GAP_COST : GAP_COST;
      if (phraseKeys.has(u.key)) {
        keys.push(u.key);
        gapCosts.push(cost);
      } else if (keys.length > 0 && keys[keys.length - 1] === SKIPPED) {
        gapCosts[gapCosts.length - 1]! += cost;
      } else {
        keys.push(SKIPPED);
        gapCosts.push(cost);
      }
    }

    // 1. Known phrases, in order, wherever they sit in the text.
    const present = new Set(keys);
    present.delete(SKIPPED);
    const candidates = new Set<IndexedPhrase>();
    for (const key of present) for (const p of phrasesByKey.get(key) ?? []) candidates.add(p);
    const hits: Hit[] = [];
    for (const phrase of candidates) {
      const floor = PHRASE_FLOOR[phrase.kind];
      // Cheap bound first: the alignment can never find more than the phrase words present.
      let reachable = 0;
      for (let i = 0; i < phrase.keys.length; i++)
        if (present.has(phrase.keys[i]!)) reachable += phrase.weights[i]!;
      if (reachable < floor * phrase.total) continue;
      const m = matchPhrase(phrase, keys, gapCosts, rows);
      if (m.coverage < floor) continue;
      const strength = Math.min(PARTIAL_MAX, PHRASE_WEIGHT[phrase.kind] * m.coverage * m.matched);
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
    const content = words.filter(
      (t) => isContent(t.key) && !isNumber(t.key) && !seen.has(t.key) && seen.add(t.key),
    );
    const results: LookupResult[] = [];
    reasons.forEach((reason, i) => {
      const weight: Record<Language, number> = { en: 0, zh: 0 };
      const matchedWords: Record<Language, string[]> = { en: [], zh: [] };
      const chars = new Set<string>();
      for (const t of content) {
        const w = fieldWeights[i]!.get(t.key);
        if (w) {
          weight[t.language] += w * idf(t.key);
          matchedWords[t.language].push(t.surface);
        } else if (t.language === 'zh') {
          // A Chinese word the reason does not use may still share characters with its words.
          for (const c of t.surface) chars.add(c);
        }
      }
      for (const c of chars) {
        const w = characterWeights[i]!.get(c);
        if (w) weight.zh += LOOSE_CHARACTER_SHARE * w * characterIdf(c);
      }
      const wordLanguage: Language = weight.zh > weight.en ? 'zh' : 'en';
      const wordWeight = weight.en + weight.zh;
      const wordScore = (WORDS_MAX * wordWeight) / (wordWeight + WORDS_HALF);
      const f = found.find((h) => h.phrase.reason === i);
      const partial = best[i];
      let score: number;
      let matched: string;
      let language: Language;
      if (f) {
        score = FOUND_TIER + 2 * f.coverage ** 2 + 1 / (1 + foundOrder.indexOf(f)) + wordScore / 4;
        matched = f.phrase.text;
        language = f.phrase.language;
      } else {
        const phraseScore = partial?.strength ?? 0;
        score = phraseScore + wordScore;
        if (partial && phraseScore >= wordScore) {
          matched = partial.phrase.text;
          language = partial.phrase.language;
        } else {
          matched = matchedWords[wordLanguage]
            .slice(0, MATCHED_WORDS)
            .join(WORD_SEPARATOR[wordLanguage]);
          language = wordLanguage;
        }
      }
      if (score < MIN_SCORE || !matched) return;
      results.push({ reason, score, matched, language });
    });
    results.sort((a, b) => b.score - a.score);

    // 3. An official message without a page of its own: its closest reasons come first.
    const unlisted = units.some((u) => u.language === 'zh') ? findUnlisted(query) : undefined;
    if (unlisted) {
      const top = results[0]?.score ?? 0;
      unlisted.closest.forEach((slug, k) => {
        const i = slugIndex.get(slug);
        if (i === undefined) return;
        const reason = reasons[i]!;
        const lifted = {
          score: top + UNLISTED_STEP * (unlisted.closest.length - k),
          matched: unlisted.message,
          language: 'zh' as const,
        };
        const result = results.find((r) => r.reason === reason);
        if (result) Object.assign(result, lifted);
        else results.push({ reason, ...lifted });
      });
      results.sort((a, b) => b.score - a.score);
    }
    return results;
  };
}
