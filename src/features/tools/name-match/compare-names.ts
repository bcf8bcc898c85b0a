// Compares the registrant name in the domain's registration information with the name on the
// certificate, character by character, and says exactly how they differ. Pure; tested in Node.
import { verdictOf, type Finding, type Verdict } from '../shared/finding';
import { toHalfWidth } from '../shared/half-width';
import { isHan, isPunctuation, isSpace } from './character-form';

export type DifferenceKind =
  | 'width'
  | 'case'
  | 'similar'
  | 'traditional'
  | 'homophone'
  | 'space'
  | 'punctuation'
  | 'different'
  | 'missing'
  | 'extra';

/** Differences between two single characters that need no tables to tell. */
type PlainPairKind = 'width' | 'case' | 'similar' | 'space' | 'punctuation' | 'different';

interface Sides {
  /** What the registration has here ('' when it has nothing). */
  registrant: string;
  /** What the certificate has here ('' when it has nothing). */
  certificate: string;
  /** 1-based character position in the registrant name (where it would be, when missing). */
  position: number;
}

/**
 * One difference between the names, and what kind it is; the page says it in words. `pair`: one
 * character against one; `runs`: several against several; `extra` / `missing`: characters only
 * the registration / only the certificate has.
 */
export type NameDifference = Sides &
  (
    | { shape: 'pair'; kind: PlainPairKind }
    /** Traditional and Simplified forms of one character (張/张), or two Traditional forms of it. */
    | {
        shape: 'pair';
        kind: 'traditional';
        traditional: 'registrant' | 'certificate' | 'both';
        simplified: string;
      }
    /** Two characters read alike: the same pinyin, or the same syllable in another tone. */
    | { shape: 'pair'; kind: 'homophone'; registrantPinyin: string; certificatePinyin: string }
    | { shape: 'runs'; kind: 'width' | 'different' }
    | { shape: 'extra'; kind: 'extra' | 'space' | 'punctuation' }
    | { shape: 'missing'; kind: 'missing' | 'space' | 'punctuation' }
  );

/** A run of the two names: the same on both sides, or different. */
export type Segment =
  { same: true; text: string } | { same: false; registrant: string; certificate: string };

/** What the name check found; each difference is a finding of its own. */
export type NameMessage =
  | { code: 'identical' }
  | { code: 'abbreviated' }
  | { code: 'formatting-only' }
  | { code: 'difference'; difference: NameDifference }
  | { code: 'different-registrant' }
  | { code: 'sound-alike' };

export type NameFinding = Finding<NameMessage>;

export interface NameComparison {
  identical: boolean;
  segments: Segment[];
  differences: NameDifference[];
  /** The registrant name looks like a shortened form of the certificate name. */
  abbreviated: boolean;
  findings: NameFinding[];
  verdict: Verdict;
}

/**
 * Traditional forms and pinyin of Chinese characters: the generated tables, which the page loads
 * only when two names differ in a Chinese character (chinese-chars.ts).
 */
export interface ChineseChars {
  /** The Simplified form of a Traditional character (張 → 张); undefined for any other. */
  toSimplified(c: string): string | undefined;
  /** Readings with tone marks, the usual one first (晓 → ["xiǎo"]); [] when not known. */
  readings(c: string): readonly string[];
}

/** Longest names compared character by character; longer input is cut (a name never gets close). */
export const MAX_NAME_CHARS = 300;

/**
 * Characters that look alike but are different: Latin letters and their Cyrillic/Greek twins,
 * digits and letters, Chinese characters that are easily mixed up, dots and dashes.
 */
const LOOKALIKE_GROUPS: readonly string[][] = [
  ['a', 'а'],
  ['c', 'с'],
  ['e', 'е'],
  ['o', 'о', 'ο', '0'],
  ['p', 'р'],
  ['x', 'х'],
  ['y', 'у'],
  ['i', 'і', 'l', '1', 'I', 'Ι', 'І', '|'],
  ['A', 'А', 'Α'],
  ['B', 'В', 'Β', '8'],
  ['C', 'С'],
  ['E', 'Е', 'Ε'],
  ['H', 'Н', 'Η'],
  ['K', 'К', 'Κ'],
  ['M', 'М', 'Μ'],
  ['O', 'О', 'Ο', '0'],
  ['P', 'Р', 'Ρ'],
  ['T', 'Т', 'Τ'],
  ['X', 'Х', 'Χ'],
  ['S', '5'],
  ['Z', '2'],
  ['己', '已', '巳'],
  ['未', '末'],
  ['士', '土'],
  ['日', '曰'],
  ['人', '入'],
  ['戊', '戌', '戍'],
  ['大', '太', '犬'],
  ['王', '玉'],
  ['天', '夭'],
  ['千', '干', '于'],
  ['贝', '见'],
  ['汩', '汨'],
  ['侯', '候'],
  ['茶', '荼'],
  ['折', '析'],
  ['拔', '拨'],
  ['刺', '剌'],
  ['微', '徽'],
  ['辨', '辩', '辫'],
  ['崇', '祟'],
  ['盲', '肓'],
  ['免', '兔'],
  ['母', '毋'],
  ['冶', '治'],
  ['壶', '壸'],
  ['即', '既'],
  ['秘', '密'],
  ['晴', '睛'],
  ['浙', '淅'],
  ['·', '•', '・', '‧', '∙', '.', '。'],
  ['-', '‐', '‑', '–', '—', '－', '一'],
  ["'", '’', '‘', '`', '´'],
  ['"', '“', '”'],
];

const toneless = (reading: string) =>
  reading
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0304\u030C]/g, '')
    .normalize('NFC');

type PairDifference = Extract<NameDifference, { shape: 'pair' }>;
type Pair = Pick<PairDifference, 'shape' | 'registrant' | 'certificate' | 'position'>;

/** Traditional and Simplified forms of one character, by the tables. */
function traditionalPair(pair: Pair, chars: ChineseChars): PairDifference | undefined {
  const { registrant: a, certificate: b } = pair;
  const sa = chars.toSimplified(a);
  const sb = chars.toSimplified(b);
  if (sa === b) return { ...pair, kind: 'traditional', traditional: 'registrant', simplified: b };
  if (sb === a) return { ...pair, kind: 'traditional', traditional: 'certificate', simplified: a };
  if (sa && sa === sb) return { ...pair, kind: 'traditional', traditional: 'both', simplified: sa };
  return undefined;
}

/** Two characters that share a reading, or a syllable in another tone, by the tables. */
function homophonePair(pair: Pair, chars: ChineseChars): PairDifference | undefined {
  const ra = chars.readings(pair.registrant);
  const rb = chars.readings(pair.certificate);
  const same = ra.find((r) => rb.includes(r));
  if (same) {
    return { ...pair, kind: 'homophone', registrantPinyin: same, certificatePinyin: same };
  }
  for (const x of ra) {
    const y = rb.find((r) => toneless(r) === toneless(x));
    if (y) return { ...pair, kind: 'homophone', registrantPinyin: x, certificatePinyin: y };
  }
  return undefined;
}

function pairDifference(
  a: string,
  b: string,
  position: number,
  chars?: ChineseChars,
): PairDifference {
  const pair: Pair = { shape: 'pair', registrant: a, certificate: b, position };
  const plain = (kind: PlainPairKind): PairDifference => ({ ...pair, kind });
  if (toHalfWidth(a) === toHalfWidth(b)) return plain('width');
  if (isSpace(a) && isSpace(b)) return plain('space');
  if (a.normalize('NFKC') === b.normalize('NFKC')) return plain('width');
  if (toHalfWidth(a).toLowerCase() === toHalfWidth(b).toLowerCase()) return plain('case');
  const chinese = chars && isHan(a) && isHan(b) ? chars : undefined;
  const traditional = chinese && traditionalPair(pair, chinese);
  if (traditional) return traditional;
  if (LOOKALIKE_GROUPS.some((g) => g.includes(a) && g.includes(b))) return plain('similar');
  const homophone = chinese && homophonePair(pair, chinese);
  if (homophone) return homophone;
  if (isPunctuation(a) && isPunctuation(b)) return plain('punctuation');
  return plain('different');
}

function runDifference(a: string, b: string, position: number): NameDifference {
  const sides = { registrant: a, certificate: b, position };
  if (a && b) {
    return {
      ...sides,
      shape: 'runs',
      kind:
        toHalfWidth(a).normalize('NFKC') === toHalfWidth(b).normalize('NFKC')
          ? 'width'
          : 'different',
    };
  }
  const chars = [...(a || b)];
  const kind = chars.every(isSpace) ? 'space' : chars.every(isPunctuation) ? 'punctuation' : null;
  return a
    ? { ...sides, shape: 'extra', kind: kind ?? 'extra' }
    : { ...sides, shape: 'missing', kind: kind ?? 'missing' };
}

/** Code-point LCS diff: names are short, so the simple O(n·m) table is fine. */
function diff(a: string[], b: string[]): Segment[] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const segments: Segment[] = [];
  const push = (same: boolean, ca: string, cb: string) => {
    const last = segments.at(-1);
    if (same && last?.same) last.text += ca;
    else if (!same && last && !last.same) {
      last.registrant += ca;
      last.certificate += cb;
    } else
      segments.push(
        same ? { same: true, text: ca } : { same: false, registrant: ca, certificate: cb },
      );
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(true, a[i]!, '');
      i++;
      j++;
    } else if (j < m && (i === n || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      push(false, '', b[j]!);
      j++;
    } else {
      push(false, a[i]!, '');
      i++;
    }
  }
  return segments;
}

/** Letters and digits only, case and width folded: what is left when formatting is ignored. */
function core(name: string): string {
  return [...toHalfWidth(name).normalize('NFKC').toLowerCase()]
    .filter((c) => !isSpace(c) && !isPunctuation(c))
    .join('');
}

function isSubsequence(short: string, long: string): boolean {
  const s = [...short];
  let k = 0;
  for (const c of long) if (c === s[k]) k++;
  return k === s.length;
}

/** Only these pairs count as the same character misspelt when the runs are uneven. */
const NEAR: readonly DifferenceKind[] = ['width', 'case', 'similar', 'traditional'];

/**
 * Compares the two names character by character. With `chars` (the name tables), two different
 * Chinese characters are also checked for Traditional/Simplified forms and alike readings.
 */
export function compareNames(
  registrantName: string,
  certificateName: string,
  chars?: ChineseChars,
): NameComparison {
  const a = [...registrantName].slice(0, MAX_NAME_CHARS);
  const b = [...certificateName].slice(0, MAX_NAME_CHARS);
  const segments = diff(a, b);
  const differences: NameDifference[] = [];
  let position = 1;
  for (const segment of segments) {
    if (segment.same) {
      position += [...segment.text].length;
      continue;
    }
    const ra = [...segment.registrant];
    const rb = [...segment.certificate];
    if (ra.length === rb.length) {
      ra.forEach((c, k) => differences.push(pairDifference(c, rb[k]!, position + k, chars)));
    } else {
      // Uneven runs: pair off look-alike ends first, so "）" against ")科技" reports the bracket
      // width on its own and then the missing characters.
      const near = (x?: string, y?: string) =>
        x !== undefined && y !== undefined && NEAR.includes(pairDifference(x, y, 0, chars).kind);
      let start = 0;
      while (start < Math.min(ra.length, rb.length) && near(ra[start], rb[start])) start++;
      let end = 0;
      while (
        end < Math.min(ra.length, rb.length) - start &&
        near(ra[ra.length - 1 - end], rb[rb.length - 1 - end])
      )
        end++;
      for (let k = 0; k < start; k++)
        differences.push(pairDifference(ra[k]!, rb[k]!, position + k, chars));
      const middleA = ra.slice(start, ra.length - end).join('');
      const middleB = rb.slice(start, rb.length - end).join('');
      if (middleA || middleB) differences.push(runDifference(middleA, middleB, position + start));
      for (let k = end; k > 0; k--) {
        differences.push(
          pairDifference(ra[ra.length - k]!, rb[rb.length - k]!, position + ra.length - k, chars),
        );
      }
    }
    position += ra.length;
  }

  const coreA = core(registrantName);
  const coreB = core(certificateName);
  const abbreviated =
    coreA.length > 0 && coreA.length < coreB.length && isSubsequence(coreA, coreB);
  const reason = 'inconsistent-registrant-information';

  const findings: NameFinding[] = [];
  const identical = differences.length === 0 && a.length > 0;
  if (identical) findings.push({ code: 'identical', severity: 'ok', reason });
  if (abbreviated) findings.push({ code: 'abbreviated', severity: 'error', reason });
  if (differences.length > 0 && coreA === coreB) {
    findings.push({ code: 'formatting-only', severity: 'error', reason });
  }
  for (const difference of differences) {
    findings.push({
      code: 'difference',
      difference,
      severity: 'error',
      position: difference.position,
      reason,
    });
  }
  if (differences.length > 0 && coreA !== coreB && !abbreviated) {
    findings.push({
      code: 'different-registrant',
      severity: 'note',
      reason: 'invalid-registrant-contact-information',
    });
  }
  if (a.length > 0 && b.length > 0)
    findings.push({ code: 'sound-alike', severity: 'note', reason });
  return { identical, segments, differences, abbreviated, findings, verdict: verdictOf(findings) };
}

/**
 * True when the names differ in a Chinese character on both sides, the only case the name tables
 * can explain: then the page loads them and compares again.
 */
export function needsChineseChars(comparison: NameComparison): boolean {
  return comparison.segments.some(
    (s) => !s.same && [...s.registrant].some(isHan) && [...s.certificate].some(isHan),
  );
}
