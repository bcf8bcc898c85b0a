// Compares the registrant name in the domain's registration information with the name on the
// certificate, character by character, and says exactly how they differ. Pure; tested in Node.
import { verdictOf, type Finding, type Verdict } from '../shared/finding';
import { toHalfWidth } from '../shared/half-width';

export type DifferenceKind =
  'width' | 'case' | 'similar' | 'space' | 'punctuation' | 'different' | 'missing' | 'extra';

export interface NameDifference {
  kind: DifferenceKind;
  /** What the registration has here ('' when it has nothing). */
  registrant: string;
  /** What the certificate has here ('' when it has nothing). */
  certificate: string;
  /** 1-based character position in the registrant name (where it would be, when missing). */
  position: number;
  message: string;
}

/** A run of the two names: the same on both sides, or different. */
export type Segment =
  { same: true; text: string } | { same: false; registrant: string; certificate: string };

export interface NameComparison {
  identical: boolean;
  segments: Segment[];
  differences: NameDifference[];
  /** The registrant name looks like a shortened form of the certificate name. */
  abbreviated: boolean;
  findings: Finding[];
  verdict: Verdict;
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

const isSpace = (c: string) => /^\s$/u.test(c);
const isPunctuation = (c: string) => /^[\p{P}\p{S}]$/u.test(c);

/** “（” (U+FF08, full-width): the character, its code point, and its width when that matters. */
export function describeNameCharacter(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === ' ') return `a space (${code})`;
  if (c === '\u3000') return `a full-width space (${code})`;
  if (c === '\u00A0') return `a non-breaking space (${code})`;
  if (isSpace(c)) return `a line break or other space (${code})`;
  if (/[\uFF01-\uFF5E]/.test(c)) return `“${c}” (${code}, full-width)`;
  if (
    toHalfWidth(c) === c &&
    /[!-~]/.test(c) &&
    /[\uFF01-\uFF5E]/.test(String.fromCharCode(c.charCodeAt(0) + 0xfee0))
  ) {
    return `“${c}” (${code}, half-width)`;
  }
  return `“${c}” (${code})`;
}

function describeRun(text: string): string {
  const chars = [...text];
  return chars.length === 1 ? describeNameCharacter(chars[0]!) : `“${text}”`;
}

function classifyPair(a: string, b: string): DifferenceKind {
  if (toHalfWidth(a) === toHalfWidth(b)) return 'width';
  if (isSpace(a) && isSpace(b)) return 'space';
  if (a.normalize('NFKC') === b.normalize('NFKC')) return 'width';
  if (toHalfWidth(a).toLowerCase() === toHalfWidth(b).toLowerCase()) return 'case';
  if (LOOKALIKE_GROUPS.some((g) => g.includes(a) && g.includes(b))) return 'similar';
  if (isPunctuation(a) && isPunctuation(b)) return 'punctuation';
  return 'different';
}

const explain: Record<Exclude<DifferenceKind, 'missing' | 'extra'>, string> = {
  width: 'one is full-width and the other half-width',
  case: 'upper and lower case differ',
  similar: 'they look alike but are different characters',
  space: 'they are different kinds of space',
  punctuation: 'the punctuation differs',
  different: 'they are different characters',
};

function pairDifference(a: string, b: string, position: number): NameDifference {
  const kind = classifyPair(a, b);
  return {
    kind,
    registrant: a,
    certificate: b,
    position,
    message: `Character ${position}: the registration has ${describeNameCharacter(a)}, the certificate has ${describeNameCharacter(b)}; ${explain[kind as keyof typeof explain]}.`,
  };
}

function runDifference(a: string, b: string, position: number): NameDifference {
  const chars = [...(a || b)];
  const allSpaces = chars.every(isSpace);
  const allPunctuation = chars.every(isPunctuation);
  const span = a
    ? [...a].length === 1
      ? `character ${position}`
      : `characters ${position}–${position + [...a].length - 1}`
    : '';
  if (a && b) {
    return {
      kind:
        toHalfWidth(a).normalize('NFKC') === toHalfWidth(b).normalize('NFKC')
          ? 'width'
          : 'different',
      registrant: a,
      certificate: b,
      position,
      message: `At ${span}, the registration has ${describeRun(a)} where the certificate has ${describeRun(b)}.`,
    };
  }
  const kind: DifferenceKind = allSpaces
    ? 'space'
    : allPunctuation
      ? 'punctuation'
      : a
        ? 'extra'
        : 'missing';
  return {
    kind,
    registrant: a,
    certificate: b,
    position,
    message: a
      ? `At ${span}, the registration has ${describeRun(a)}, which the certificate does not have.`
      : `Before character ${position}, the registration is missing ${describeRun(b)}, which the certificate has.`,
  };
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

export function compareNames(registrantName: string, certificateName: string): NameComparison {
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
      ra.forEach((c, k) => differences.push(pairDifference(c, rb[k]!, position + k)));
    } else {
      // Uneven runs: pair off look-alike ends first, so "）" against ")科技" reports the bracket
      // width on its own and then the missing characters.
      const near = (x?: string, y?: string) =>
        x !== undefined &&
        y !== undefined &&
        ['width', 'case', 'similar'].includes(classifyPair(x, y));
      let start = 0;
      while (start < Math.min(ra.length, rb.length) && near(ra[start], rb[start])) start++;
      let end = 0;
      while (
        end < Math.min(ra.length, rb.length) - start &&
        near(ra[ra.length - 1 - end], rb[rb.length - 1 - end])
      )
        end++;
      for (let k = 0; k < start; k++)
        differences.push(pairDifference(ra[k]!, rb[k]!, position + k));
      const middleA = ra.slice(start, ra.length - end).join('');
      const middleB = rb.slice(start, rb.length - end).join('');
      if (middleA || middleB) differences.push(runDifference(middleA, middleB, position + start));
      for (let k = end; k > 0; k--) {
        differences.push(
          pairDifference(ra[ra.length - k]!, rb[rb.length - k]!, position + ra.length - k),
        );
      }
    }
    position += ra.length;
  }

  const coreA = core(registrantName);
  const coreB = core(certificateName);
  const abbreviated =
    coreA.length > 0 && coreA.length < coreB.length && isSubsequence(coreA, coreB);

  const findings: Finding[] = [];
  const identical = differences.length === 0 && a.length > 0;
  if (identical) {
    findings.push({
      code: 'identical',
      severity: 'ok',
      message: 'The two names are exactly the same, character for character.',
      reason: 'inconsistent-registrant-information',
    });
  }
  if (abbreviated) {
    findings.push({
      code: 'abbreviated',
      severity: 'error',
      message:
        'The registrant name looks like a shortened form of the name on the certificate. Do not use abbreviated or shortened names: enter the full name exactly as it is printed.',
      reason: 'inconsistent-registrant-information',
    });
  }
  if (differences.length > 0 && coreA === coreB) {
    findings.push({
      code: 'formatting-only',
      severity: 'error',
      message:
        'Only spaces, punctuation, letter case or full-width/half-width forms differ, but the names must still be exactly the same.',
      reason: 'inconsistent-registrant-information',
    });
  }
  for (const d of differences) {
    findings.push({
      code: d.kind,
      severity: 'error',
      position: d.position,
      message: d.message,
      reason: 'inconsistent-registrant-information',
    });
  }
  if (differences.length > 0 && coreA !== coreB && !abbreviated) {
    findings.push({
      code: 'different-registrant',
      severity: 'note',
      message:
        'If the domain name is registered to someone other than the certificate holder, it must be transferred to the actual registrant, who completes verification during the transfer.',
      reason: 'invalid-registrant-contact-information',
    });
  }
  if (a.length > 0 && b.length > 0) {
    findings.push({
      code: 'sound-alike',
      severity: 'note',
      message:
        'We compare characters exactly, but cannot hear them: characters that sound alike but are written differently also count as different. Compare each character with your certificate.',
      reason: 'inconsistent-registrant-information',
    });
  }
  return { identical, segments, differences, abbreviated, findings, verdict: verdictOf(findings) };
}
