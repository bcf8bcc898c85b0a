// The reasons' texts in both languages, analysed once: every index of the ranker reads them.
import {
  analyzeText,
  chineseRuns,
  GENERIC_WORDS,
  type AnalyzedText,
  type Language,
} from './analyze-text';
import type { LookupReason } from './rank-reasons';

/** A reason's texts in one language, as the indexes read them. */
export interface ReasonTexts {
  language: Language;
  title: string;
  summary: string;
  messages: string[];
  keywords: string[];
  symptom?: string;
}

export interface CatalogTexts {
  /** Per reason, in catalog order: the English texts, then the Chinese ones when there are. */
  texts: ReasonTexts[][];
  /** Chinese words the segmenter keeps whole: the generic words and the Chinese keywords. */
  known: ReadonlySet<string>;
  /** Analyses a catalog text, once however often it is asked for. */
  analyze: (text: string) => AnalyzedText;
}

/** The English page's texts, then the Chinese page's when there is one. */
function textsOf(reason: LookupReason): ReasonTexts[] {
  const en: ReasonTexts = { ...reason, language: 'en' };
  return reason.zh ? [en, { ...reason.zh, language: 'zh' }] : [en];
}

export function readCatalog(reasons: LookupReason[]): CatalogTexts {
  const texts = reasons.map(textsOf);
  // The segmenter keeps the Chinese keywords whole, in the pages and in queries alike.
  const known = new Set(GENERIC_WORDS);
  for (const versions of texts)
    for (const v of versions)
      if (v.language === 'zh')
        for (const keyword of v.keywords) for (const run of chineseRuns(keyword)) known.add(run);
  // The ranker is built when a page first searches, so its build time is time the page does
  // not answer: each text is analysed once.
  const analyzed = new Map<string, AnalyzedText>();
  const analyze = (text: string) => {
    let found = analyzed.get(text);
    if (!found) analyzed.set(text, (found = analyzeText(text, { known })));
    return found;
  };
  return { texts, known, analyze };
}

/** Every text of a reason version, for indexes that treat them alike. */
export const allTexts = (v: ReasonTexts): string[] => [
  v.title,
  v.summary,
  ...v.messages,
  ...v.keywords,
];
