// Word boundaries in Chinese text, which has no spaces: the platform's Intl.Segmenter (ICU's
// dictionary, in Node and every current browser) rather than a word list of our own.

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh-Hans', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

/** Longest word, in characters, that pieces are joined into: keywords are short. */
const MAX_JOINED = 4;

/**
 * The words of a run of Chinese characters, in order ("注册者证件不合格" → 注册, 者, 证件, 不合格).
 * ICU's dictionary lacks some words the reason pages live on (it cuts 实名, 上传 and 遮挡 into
 * single characters), so single characters that together spell a word of `known` (the pages'
 * keywords, the context words) are joined, longest first: the query and the pages then agree on
 * those words. Words ICU does know stay as they are, so 户口 stays a word of 户口迁移.
 * Where the platform has no segmenter, every character is a piece.
 */
export function segmentWords(run: string, known?: ReadonlySet<string>): string[] {
  const s = getSegmenter();
  const pieces: string[] = [];
  if (!s) pieces.push(...Array.from(run));
  else for (const { segment, isWordLike } of s.segment(run)) if (isWordLike) pieces.push(segment);
  if (!known || known.size === 0) return pieces;
  const words: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let joined = pieces[i]!;
    let next = i + 1;
    let word = joined;
    for (let j = i + 1; j < pieces.length && joined.length === j - i; j++) {
      if (pieces[j]!.length !== 1) break;
      joined += pieces[j];
      if (joined.length > MAX_JOINED) break;
      if (known.has(joined)) {
        word = joined;
        next = j + 1;
      }
    }
    words.push(word);
    i = next;
  }
  return words;
}
