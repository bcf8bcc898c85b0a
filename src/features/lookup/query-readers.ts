// How a query is read, beyond what the catalog needs: English typos corrected to the English
// pages' words, Chinese homophone typos to the Chinese pages' characters, and pinyin typed in
// Latin letters read as the Chinese it spells.
import type { AnalyzeOptions } from './analyze-text';
import { allTexts, type CatalogTexts } from './catalog-texts';
import { FOLDED_WORDS, STOP_WORDS, stem } from './fold-words';
import { createHomophoneCorrector } from './homophones';
import { normalize } from './normalize-query';
import { createPinyinReader, splitSyllables } from './pinyin-input';
import { createTypoMatcher } from './typo-matcher';

export function createQueryReaders({ texts, known, analyze }: CatalogTexts): AnalyzeOptions {
  // English typos: the English pages' words. The Chinese pages' Latin words ("pdf", "kb") are
  // ones the English pages or the folding already know.
  const catalogWords = texts
    .map((versions) => versions[0]!)
    .flatMap((r) =>
      [r.title, r.summary, r.symptom ?? '', ...r.messages, ...r.keywords].flatMap((t) =>
        normalize(t).split(' '),
      ),
    );
  const correct = createTypoMatcher(
    [...catalogWords, ...FOLDED_WORDS, ...STOP_WORDS].filter(Boolean),
  );
  // "typed" is not a typo of "type": a word whose stem the catalog knows is left as it is.
  const knownStems = new Set(catalogWords.map(stem));

  // Chinese: the Chinese pages' characters, as folded. Their readers are built on the first
  // query that needs them: an English search never pays for them, and the first search of a
  // page waits for less.
  const chinese = lazy(() =>
    texts.flatMap((versions) =>
      versions
        .filter((v) => v.language === 'zh')
        .flatMap(allTexts)
        .flatMap((t) => analyze(t).runs),
    ),
  );
  const readPinyin = lazy(() => createPinyinReader(chinese()));
  const correctChinese = lazy(() => createHomophoneCorrector(chinese()));
  // A word the English pages know (or nearly) is English, even where it spells pinyin ("an").
  const isEnglish = (w: string) => knownStems.has(stem(w)) || correct(w) !== undefined;

  return {
    english: (w) => (knownStems.has(stem(w)) ? w : (correct(w) ?? w)),
    chinese: (text) => correctChinese()(text),
    known,
    pinyin: {
      split: (w) => (isEnglish(w) ? undefined : splitSyllables(w)),
      read: (syllables) => readPinyin()(syllables),
    },
  };
}

/** A value made on first use, once. */
function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}
