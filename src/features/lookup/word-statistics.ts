// Word statistics over the catalog: which words (and Chinese characters) each reason uses, in
// which field, and how telling each one is (a word in one reason's fields tells more than one in
// all of them).
import type { Word } from './analyze-text';
import type { CatalogTexts } from './catalog-texts';
import { ZH_CONTEXT_WORDS, ZH_STOP_WORDS } from './chinese-words';
import { CONTEXT_WORDS, STOP_WORDS } from './fold-words';

/** How much a single word found in each field counts for the reason. */
export const FIELD_WEIGHT = {
  keyword: 1,
  message: 0.7,
  title: 0.7,
  symptom: 0.5,
  keywordPart: 0.2,
  summary: 0.35,
} as const;
/** Weight of a small word ("of", "the", 的) wherever it is: present, but it proves nothing. */
export const STOP_WORD_WEIGHT = 0.1;
/** What a character of a context word (交 of 提交) counts loosely, against another character. */
const CONTEXT_CHARACTER_SHARE = 0.5;

export const isStopKey = (key: string): boolean => STOP_WORDS.has(key) || ZH_STOP_WORDS.has(key);
export const isContextKey = (key: string): boolean =>
  CONTEXT_WORDS.has(key) || ZH_CONTEXT_WORDS.has(key);
/** A word that can tell one reason from another: neither small nor in every email. */
export const isContent = (key: string): boolean => !isStopKey(key) && !isContextKey(key);

export interface WordStatistics {
  /** Per reason: word key → the weight of the best field it appears in. */
  fieldWeights: Map<string, number>[];
  /** How telling a word is: rare across reasons is telling; small words hardly are. */
  idf: (key: string) => number;
  /** Per reason: Chinese character → the weight of the best field it appears in. */
  characterWeights: Map<string, number>[];
  /** How telling a Chinese character is, across reasons. */
  characterIdf: (char: string) => number;
}

export function countWords({ texts, analyze }: CatalogTexts): WordStatistics {
  const wordsOf = (text: string) => analyze(text).words;
  const contentWordsOf = (text: string) => wordsOf(text).filter((t) => isContent(t.key));
  const inverse = (df: number | undefined) => Math.log((texts.length + 1) / (df ?? 1));

  const documentFrequency = new Map<string, number>();
  const fieldWeights = texts.map((versions) => {
    const keywords = versions.flatMap((v) => v.keywords.map(contentWordsOf));
    const fields: Record<keyof typeof FIELD_WEIGHT, Word[]> = {
      keyword: keywords.filter((t) => t.length === 1).flat(),
      // A word of a longer keyword ("id" in "id number") says little alone; the whole phrase counts.
      keywordPart: keywords.filter((t) => t.length > 1).flat(),
      message: versions.flatMap((v) => v.messages.flatMap(wordsOf)),
      title: versions.flatMap((v) => wordsOf(v.title)),
      symptom: versions.flatMap((v) => (v.symptom ? wordsOf(v.symptom) : [])),
      summary: versions.flatMap((v) => wordsOf(v.summary)),
    };
    const weights = new Map<string, number>();
    for (const [field, terms] of Object.entries(fields) as [keyof typeof FIELD_WEIGHT, Word[]][]) {
      for (const { key } of terms) {
        if (isStopKey(key)) continue;
        weights.set(key, Math.max(weights.get(key) ?? 0, FIELD_WEIGHT[field]));
      }
    }
    for (const key of weights.keys())
      documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    return weights;
  });

  // Characters count loosely, a little, where two phrasings share no word (到期 and 过期).
  const characterFrequency = new Map<string, number>();
  const characterWeights = texts.map((versions) => {
    const weights = new Map<string, number>();
    const add = (text: string, weight: number) => {
      // Not characters of small words: 所 of 所以 (so) says nothing of 所有人 (owner). Those of
      // context words count for less: 交 alone is not 提交, but it is near it.
      for (const u of analyze(text).units) {
        if (u.language !== 'zh' || u.stop) continue;
        const w = u.context ? weight * CONTEXT_CHARACTER_SHARE : weight;
        weights.set(u.key, Math.max(weights.get(u.key) ?? 0, w));
      }
    };
    for (const v of versions) {
      for (const k of v.keywords) add(k, FIELD_WEIGHT.keyword);
      for (const m of v.messages) add(m, FIELD_WEIGHT.message);
      add(v.title, FIELD_WEIGHT.title);
      add(v.summary, FIELD_WEIGHT.summary);
    }
    for (const c of weights.keys()) characterFrequency.set(c, (characterFrequency.get(c) ?? 0) + 1);
    return weights;
  });

  return {
    fieldWeights,
    idf: (key) => (isStopKey(key) ? STOP_WORD_WEIGHT : inverse(documentFrequency.get(key))),
    characterWeights,
    characterIdf: (char) => inverse(characterFrequency.get(char)),
  };
}
