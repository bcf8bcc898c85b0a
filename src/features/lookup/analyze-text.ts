// Turns a text of either language into what the ranker compares: `units`, matched in order
// against known phrases (English words; Chinese characters, which survive any word boundary), and
// `words`, counted loosely (English words; Chinese words from the segmenter).
import { ZH_CONTEXT_WORDS, ZH_STOP_WORDS, ZH_SYNONYMS } from './chinese-words';
import { foldTraditional, isCjkToken } from './fold-chinese';
import { CONTEXT_WORDS, STOP_WORDS, toTerms, type Term } from './fold-words';
import { normalize } from './normalize-query';
import { segmentWords } from './segment-words';

export type Language = 'en' | 'zh';

export interface Unit extends Term {
  language: Language;
  /** A small word, or a character of one (的, 了): present, but it proves nothing. */
  stop: boolean;
  /** A word every rejection email uses, or a character of one (域名, 审核). */
  context: boolean;
  /** For a Chinese character: the key of the word it is part of, and that word's length. */
  word?: string;
  wordLength?: number;
}

export interface Word extends Term {
  language: Language;
}

export interface AnalyzedText {
  units: Unit[];
  words: Word[];
  /** The Chinese runs after folding and correction, for indexing the vocabulary. */
  runs: string[];
}

/** Pinyin typed in Latin letters, read as the Chinese it spells (see pinyin-input.ts). */
export interface PinyinInput {
  /** The syllables of a Latin word typed as pinyin, or undefined for any other word. */
  split: (word: string) => string[] | undefined;
  /** The pages' characters those syllables spell; '' when they spell none. */
  read: (syllables: string[]) => string;
}

export interface AnalyzeOptions {
  /** Maps a possibly misspelt English word to the one meant; returns the word when unsure. */
  english?: (word: string) => string;
  /** Repairs homophone typos in a run of Chinese characters. */
  chinese?: (run: string) => string;
  /** Chinese words the segmenter should keep whole (see `segmentWords`); default GENERIC_WORDS. */
  known?: ReadonlySet<string>;
  /** Reads Latin words that are pinyin as Chinese. */
  pinyin?: PinyinInput;
}

/** The Chinese words every analysis keeps whole: the stop and context words. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([...ZH_STOP_WORDS, ...ZH_CONTEXT_WORDS]);

/** The Chinese runs of a text, folded to Simplified: what `known` words are made of. */
export const chineseRuns = (text: string): string[] =>
  normalize(text).split(' ').filter(isCjkToken).map(foldTraditional);

const NONE: AnalyzeOptions = {};

/** Analyses one text: `normalize`, then each language its own way, in the order written. */
export function analyzeText(text: string, options: AnalyzeOptions = NONE): AnalyzedText {
  const units: Unit[] = [];
  const words: Word[] = [];
  const runs: string[] = [];
  let english: string[] = [];
  const flushEnglish = () => {
    // English synonyms span several words ("black and white"), so a stretch is folded at once.
    for (const { key, surface } of toTerms(english)) {
      // Plain object literals: spreading the term is several times slower on long pastes.
      const stop = STOP_WORDS.has(key);
      units.push({ key, surface, language: 'en', stop, context: CONTEXT_WORDS.has(key) });
      words.push({ key, surface, language: 'en' });
    }
    english = [];
  };
  const addChinese = (run: string) => {
    runs.push(run);
    for (const word of segmentWords(run, options.known ?? GENERIC_WORDS)) {
      // A character is a small or context word only as part of one: 过 in 过期 is not 过.
      const stop = ZH_STOP_WORDS.has(word);
      const context = ZH_CONTEXT_WORDS.has(word);
      const key = ZH_SYNONYMS[word] ?? word;
      const chars = Array.from(word);
      for (const char of chars)
        units.push({
          key: char,
          surface: char,
          language: 'zh',
          stop,
          context,
          word: key,
          wordLength: chars.length,
        });
      words.push({ key, surface: word, language: 'zh' });
    }
  };
  const addEnglish = (token: string) =>
    english.push(options.english ? options.english(token) : token);
  // Consecutive pinyin words are read together: "zhucezhe xinxi" spells one message.
  let pinyinWords: string[] = [];
  let syllables: string[] = [];
  const flushPinyin = () => {
    if (pinyinWords.length === 0) return;
    const run = options.pinyin!.read(syllables);
    if (run) {
      flushEnglish();
      addChinese(run);
    } else pinyinWords.forEach(addEnglish);
    pinyinWords = [];
    syllables = [];
  };
  for (const token of normalize(text).split(' ')) {
    if (!token) continue;
    if (isCjkToken(token)) {
      flushPinyin();
      flushEnglish();
      const folded = foldTraditional(token);
      addChinese(options.chinese ? options.chinese(folded) : folded);
      continue;
    }
    const spelled = options.pinyin?.split(token);
    if (spelled) {
      pinyinWords.push(token);
      syllables.push(...spelled);
      continue;
    }
    flushPinyin();
    addEnglish(token);
  }
  flushPinyin();
  flushEnglish();
  return { units, words, runs };
}
