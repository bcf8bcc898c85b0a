// Pure text clean-up shared by the index (messages, keywords) and the pasted query.
import { MAX_QUERY_CHARS } from './limits';

/** Domain endings worth stripping: a domain name in a pasted email says nothing about the reason. */
const TLDS =
  'cn|com|net|org|top|xyz|info|biz|io|co|hk|mo|tw|shop|site|online|vip|club|ltd|wang|store|tech|me|cc|tv|asia|mobi|app|dev|gov|edu|中国|公司|网络';
const HAN_TLDS = '中国|公司|网络';
// Starts only where a word starts and bounds each label, so a 4,000-letter "word" stays linear.
// Latin labels end where Chinese text begins: "您的域名mingyue.com实名认证失败" loses the domain
// only, and "含有敏感词hongxing.cn" keeps its message.
const LATIN_DOMAIN = `(?<![\\p{Script=Latin}\\p{N}_.-])[\\p{Script=Latin}\\p{N}_-]{1,63}(?:\\.[\\p{Script=Latin}\\p{N}_-]{1,63}){0,8}\\.(?:${TLDS})(?![\\p{Script=Latin}\\p{N}])`;
// A Chinese domain (华清茶业.中国) cannot be told from the text before it, so it must stand apart.
const HAN_DOMAIN = `(?<![\\p{L}\\p{N}_.-])\\p{Script=Han}{1,63}(?:\\.\\p{Script=Han}{1,63}){0,8}\\.(?:${HAN_TLDS})(?![\\p{L}\\p{N}])`;
const DOMAIN = new RegExp(`${LATIN_DOMAIN}|${HAN_DOMAIN}`, 'giu');
const URL = /\b(?:https?:\/\/|www\.)[^\s"'<>]{1,2000}/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}/g;
const HTML_TAG = /<\/?[a-z][^<>]{0,300}>/gi;
const HTML_ENTITY = /&(?:[a-z]{2,8}|#\d{1,6});/gi;
const DATE = /\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?/g;
// Mirrors what people type for "black and white" before "/" and "&" become spaces.
const SLASHED_BW = /\bb\s?[/&]\s?w\b/gi;
// Only before an upper-case letter that starts a word, so "WebP" and "IDs" stay whole.
const CAMEL = /(\p{Ll})(\p{Lu}\p{Ll})/gu;
const APOSTROPHE = /(\p{L})['’‘`´](\p{L})/gu;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]+/gu;
// Before Chinese text too: "5MB的图片" is 5 MB.
const NUMBER_UNIT = /(\d)(kb|mb|gb|k|m|px)(?![\p{Script=Latin}\p{N}])/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;

/** True for tokens that are order numbers, error codes or request ids rather than words. */
function isNoiseToken(token: string): boolean {
  if (!HAS_DIGIT.test(token)) return false;
  // A code like E1033, 5f2a11c9 or rn403 mixes letters and digits; real words here do not.
  if (HAS_LETTER.test(token)) return true;
  // Long numbers are order numbers, years, phone numbers; short ones ("27", "55", "18") matter.
  return token.length >= 4;
}

/**
 * Folds pasted text to lower-case words separated by single spaces: NFKC (full-width to ASCII),
 * no punctuation or quotes, and without the noise around a message in emails and logs (domains,
 * URLs, e-mail addresses, dates, times, order numbers, error codes). Input longer than
 * MAX_QUERY_CHARS is cut, as the UI does, so any string stays cheap.
 */
export function normalize(text: string): string {
  const cut = text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text;
  const folded = cut
    .normalize('NFKC')
    .replace(CONTROL, ' ')
    .replace(HTML_TAG, ' ')
    .replace(HTML_ENTITY, ' ')
    .replace(URL, ' ')
    .replace(EMAIL, ' ')
    .replace(DOMAIN, ' ')
    .replace(DATE, ' ')
    .replace(TIME, ' ')
    .replace(SLASHED_BW, ' bw ')
    // JSON and log enums: RealNameFailed, InvalidFileFormat.
    .replace(CAMEL, '$1 $2')
    .toLowerCase()
    .replace(APOSTROPHE, '$1$2')
    .replace(NUMBER_UNIT, '$1 $2')
    .replace(CJK_RUN, ' $& ')
    .replace(NOT_WORD, ' ');
  return folded
    .split(' ')
    .filter((token) => token && !isNoiseToken(token))
    .join(' ');
}
