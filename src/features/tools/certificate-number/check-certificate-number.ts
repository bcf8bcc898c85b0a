// Checks a certificate number the way the verification authority's rules need it. Pure: the
// caller passes today's date, so every rule runs the same in Node tests and in the browser.
import type { CalendarDate } from '../shared/calendar-date';
import { verdictOf, type Finding, type Verdict } from '../shared/finding';
import { numberRules, type CertificateType } from './certificate-types';
import { normalizeNumber, type NormalizationChange } from './normalize-number';
import {
  OLD_RESIDENT_ID_LENGTH,
  RESIDENT_ID_LENGTH,
  residentIdBirthDate,
  residentIdCheckCharacter,
  residentIdProblem,
} from './resident-id';
import {
  OLD_REGISTRATION_NUMBER_LENGTH,
  USCC_LENGTH,
  isUsccCharacter,
  isUsccDigitPosition,
  usccCheckCharacter,
  usccProblem,
} from './uscc';

/**
 * Passport numbers are usually 5 to 9 characters: ICAO Doc 9303 gives the document number 9
 * characters in the machine-readable zone. Outside this range we only warn (general advice).
 */
export const PASSPORT_MIN_LENGTH = 5;
export const PASSPORT_MAX_LENGTH = 9;
/** Far longer than any certificate number: the person pasted more than the number. */
export const MAX_NUMBER_CHARS = 40;
/** Characters that cannot be part of the number are listed one by one up to this many. */
const MAX_LISTED_CHARACTERS = 3;

/** Any document number shorter than this is probably incomplete (general advice, not a rule). */
export const OTHER_MIN_LENGTH = 5;

/** The two numbering standards this tool checks in full. */
export type Standard = 'resident-id' | 'uscc';

/**
 * What the number check found, with the values its sentence needs (see i18n/). Characters are
 * given as they are (`char`, `typed`, `digit`); the page names them ("the letter O", "字母 O").
 * A message about one character has its `position`, which its sentence says.
 */
export type NumberMessage =
  | { code: 'too-long'; length: number }
  | { code: 'empty' }
  /** "(1-1)" after a business license number: a duplicate's number, not part of the code. */
  | { code: 'duplicate-suffix'; suffix: string }
  | { code: 'separator'; char: string; position: number }
  /**
   * A letter typed where only a digit can be: `typed` as typed, `digit` what it almost certainly
   * is. `lower-l` (other documents): a lower-case l we changed to L that may be the digit 1.
   */
  | {
      code: 'lookalike';
      rule: 'resident-id' | 'uscc-division' | 'uscc-excluded' | 'lower-l';
      typed: string;
      digit: string;
      position: number;
    }
  /**
   * A character the number cannot contain. `resident-id-x`: an X before the last position;
   * `uscc-excluded`: S, V or Z, which the code leaves out; `basic`: other documents (a warning).
   */
  | {
      code: 'character';
      rule: 'resident-id' | 'resident-id-x' | 'uscc' | 'uscc-division' | 'uscc-excluded' | 'basic';
      char: string;
      position: number;
    }
  /** The first few impossible characters are listed; these are the rest. */
  | { code: 'more-characters'; positions: number[] }
  | { code: 'looks-like-uscc' }
  /** A valid resident identity card number entered as a USCC (`uscc`) or a passport number. */
  | { code: 'looks-like-resident-id'; chosen: 'uscc' | 'passport' }
  | { code: 'old-15-digit' }
  | { code: 'old-registration-number' }
  | { code: 'length'; standard: Standard; length: number; needed: number }
  /** Positions 7–14 of a resident identity card number, as entered. */
  | { code: 'birth-date'; digits: string }
  | { code: 'future-birth-date'; digits: string }
  | { code: 'check-character'; standard: Standard; expected: string; actual: string }
  /** A single look-alike swap (8 ↔ B, l → 1) that makes a USCC valid. */
  | { code: 'possible-mixup'; from: string; to: string; corrected: string; position: number }
  | { code: 'valid'; standard: Standard }
  | { code: 'valid-after-correction'; standard: Standard; number: string }
  | { code: 'length-short'; length: number }
  | { code: 'length-long'; length: number; max: number }
  /** Characters on a passport or other document that could be read as another. */
  | { code: 'check-lookalikes'; characters: { char: string; position: number }[] }
  | { code: 'basic-checks-passed' }
  | { code: 'military' }
  | { code: 'query-platform' };

export type NumberFinding = Finding<NumberMessage>;

export interface NumberCheck {
  type: CertificateType;
  /** The number after the safe changes (no spaces, half-width, upper case). */
  normalized: string;
  changes: NormalizationChange[];
  findings: NumberFinding[];
  /** The number with look-alike characters and separators fixed, when that differs from `normalized`. */
  corrected?: string;
  verdict: Verdict;
}

/** Letters the seed warns are mistaken for digits (0/O, 1/I, 8/B), plus lower-case l for 1. */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  I: '1',
  i: '1',
  l: '1',
  B: '8',
  b: '8',
};
/** Characters people put between groups of digits; never part of these numbers. */
const SEPARATORS = /^[-‐‑–—_.,/\\·•・]$/;

function correctedNumber(findings: NumberFinding[], normalized: string, out: string) {
  return out !== normalized &&
    findings.some(
      (f) =>
        f.code === 'lookalike' ||
        f.code === 'separator' ||
        f.code === 'duplicate-suffix' ||
        f.code === 'possible-mixup',
    )
    ? out
    : undefined;
}

function separatorFinding(char: string, position: number): NumberFinding {
  return {
    code: 'separator',
    char,
    severity: 'error',
    position,
    reason: 'invalid-certificate-type-or-number',
  };
}

function checkResidentId(
  value: string,
  typed: string,
  today: CalendarDate,
  corrected: boolean,
): { findings: NumberFinding[]; out: string } {
  const findings: NumberFinding[] = [];
  // Only when letters show it cannot be an identity number: an all-digit number can pass both checksums.
  if (usccProblem(value) === undefined && !/^\d{17}[\dX]$/.test(value)) {
    findings.push({
      code: 'looks-like-uscc',
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out: value };
  }
  const chars = [...value];
  const typedChars = [...typed];
  let out = '';
  let unknown = false;
  chars.forEach((c, i) => {
    const position = i + 1;
    const t = typedChars[i] ?? c;
    if (/\d/.test(c) || (c === 'X' && i === chars.length - 1)) {
      out += c;
      return;
    }
    const digit = DIGIT_LOOKALIKES[t];
    if (digit) {
      out += digit;
      findings.push({
        code: 'lookalike',
        rule: 'resident-id',
        typed: t,
        digit,
        severity: 'error',
        position,
        reason: 'invalid-certificate-type-or-number',
      });
      return;
    }
    if (SEPARATORS.test(c)) {
      findings.push(separatorFinding(c, position));
      return;
    }
    unknown = true;
    out += c;
    findings.push({
      code: 'character',
      rule: c === 'X' ? 'resident-id-x' : 'resident-id',
      char: c,
      severity: 'error',
      position,
      reason: 'invalid-certificate-type-or-number',
    });
  });
  if (chars.length === 0 || unknown) return { findings, out };

  if (out.length === OLD_RESIDENT_ID_LENGTH && /^\d+$/.test(out)) {
    findings.push({
      code: 'old-15-digit',
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  if (out.length !== RESIDENT_ID_LENGTH) {
    findings.push({
      code: 'length',
      standard: 'resident-id',
      length: out.length,
      needed: RESIDENT_ID_LENGTH,
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  const problem = residentIdProblem(out, today);
  const digits = out.slice(6, 14);
  if (problem === 'birth-date' || problem === 'future-birth-date') {
    findings.push({
      code: problem,
      digits,
      severity: 'error',
      position: 7,
      reason: 'invalid-certificate-type-or-number',
    });
  } else if (problem === 'check-character') {
    findings.push({
      code: 'check-character',
      standard: 'resident-id',
      expected: residentIdCheckCharacter(out.slice(0, 17)),
      actual: out[17]!,
      severity: 'error',
      position: 18,
      reason: 'certificate-number-not-found',
    });
  } else if (residentIdBirthDate(out)) {
    const anyCorrection = corrected || findings.length > 0;
    findings.push({
      ...(anyCorrection
        ? { code: 'valid-after-correction', standard: 'resident-id', number: out }
        : { code: 'valid', standard: 'resident-id' }),
      severity: 'ok',
      reason: 'inconsistent-registrant-information',
    });
  }
  return { findings, out };
}

/** Single swaps between characters that look alike and are both allowed, that make the checksum pass. */
function usccMixupCandidates(
  code: string,
  typed: string,
): { position: number; from: string; to: string; code: string }[] {
  const candidates = [];
  for (let i = 0; i < code.length; i++) {
    const position = i + 1;
    if (isUsccDigitPosition(position)) continue;
    const c = code[i]!;
    const options =
      c === '8' ? ['B'] : c === 'B' ? ['8'] : c === 'L' && typed[i] === 'l' ? ['1'] : [];
    for (const to of options) {
      const next = code.slice(0, i) + to + code.slice(i + 1);
      if (usccProblem(next) === undefined) candidates.push({ position, from: c, to, code: next });
    }
  }
  return candidates;
}

function checkUscc(
  value: string,
  typed: string,
  today: CalendarDate,
  corrected: boolean,
): { findings: NumberFinding[]; out: string } {
  const findings: NumberFinding[] = [];
  if (
    value.length === RESIDENT_ID_LENGTH &&
    residentIdProblem(value, today) === undefined &&
    usccProblem(value) !== undefined
  ) {
    findings.push({
      code: 'looks-like-resident-id',
      chosen: 'uscc',
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out: value };
  }
  let out = '';
  let unknown = false;
  [...value].forEach((c, i) => {
    const position = i + 1;
    const codePosition = out.length + 1;
    const t = typed[i] ?? c;
    if (isUsccDigitPosition(codePosition)) {
      if (/\d/.test(c)) {
        out += c;
        return;
      }
      const digit = DIGIT_LOOKALIKES[t];
      if (digit) {
        out += digit;
        findings.push({
          code: 'lookalike',
          rule: 'uscc-division',
          typed: t,
          digit,
          severity: 'error',
          position,
          reason: 'invalid-certificate-type-or-number',
        });
        return;
      }
    } else {
      if (isUsccCharacter(c)) {
        out += c;
        return;
      }
      if (c === 'O' || c === 'I') {
        const digit = c === 'O' ? '0' : '1';
        out += digit;
        findings.push({
          code: 'lookalike',
          rule: 'uscc-excluded',
          typed: t,
          digit,
          severity: 'error',
          position,
          reason: 'invalid-certificate-type-or-number',
        });
        return;
      }
    }
    if (SEPARATORS.test(c)) {
      findings.push(separatorFinding(c, position));
      return;
    }
    unknown = true;
    out += c;
    findings.push({
      code: 'character',
      rule: isUsccDigitPosition(codePosition)
        ? 'uscc-division'
        : /[SVZ]/.test(c)
          ? 'uscc-excluded'
          : 'uscc',
      char: c,
      severity: 'error',
      position,
      reason: 'invalid-certificate-type-or-number',
    });
  });
  if (value.length === 0 || unknown) return { findings, out };

  if (out.length === OLD_REGISTRATION_NUMBER_LENGTH && /^\d+$/.test(out)) {
    findings.push({
      code: 'old-registration-number',
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  if (out.length !== USCC_LENGTH) {
    findings.push({
      code: 'length',
      standard: 'uscc',
      length: out.length,
      needed: USCC_LENGTH,
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  if (usccProblem(out) === 'check-character') {
    findings.push({
      code: 'check-character',
      standard: 'uscc',
      expected: usccCheckCharacter(out.slice(0, 17)),
      actual: out[17]!,
      severity: 'warning',
      position: 18,
      reason: 'certificate-number-not-found',
    });
    const candidates = usccMixupCandidates(
      out,
      [...typed].filter((c) => !SEPARATORS.test(c)).join(''),
    );
    for (const candidate of candidates) {
      findings.push({
        code: 'possible-mixup',
        from: candidate.from,
        to: candidate.to,
        corrected: candidate.code,
        severity: 'warning',
        position: candidate.position,
        reason: 'invalid-certificate-type-or-number',
      });
    }
    if (candidates.length === 1) out = candidates[0]!.code;
  } else {
    const anyCorrection = corrected || findings.length > 0;
    findings.push({
      ...(anyCorrection
        ? { code: 'valid-after-correction', standard: 'uscc', number: out }
        : { code: 'valid', standard: 'uscc' }),
      severity: 'ok',
      reason: 'inconsistent-registrant-information',
    });
  }
  return { findings, out };
}

/** The pairs the rules warn about; on documents that use both letters and digits we can only point at them. */
const LOOKALIKES = new Set(['0', 'O', '1', 'I', '8', 'B']);

function checkBasic(
  type: CertificateType,
  value: string,
  typed: string,
  today: CalendarDate,
): { findings: NumberFinding[]; out: string } {
  const findings: NumberFinding[] = [];
  if (value.length === 0) return { findings, out: value };
  if (
    type === 'passport' &&
    value.length === RESIDENT_ID_LENGTH &&
    residentIdProblem(value, today) === undefined
  ) {
    findings.push({
      code: 'looks-like-resident-id',
      chosen: 'passport',
      severity: 'warning',
      reason: 'invalid-certificate-type-or-number',
    });
  }
  const odd = [...value]
    .map((c, i) => ({ c, position: i + 1 }))
    .filter(({ c }) => !/[0-9A-Z]/.test(c));
  for (const { c, position } of odd) {
    findings.push({
      code: 'character',
      rule: 'basic',
      char: c,
      severity: 'warning',
      position,
      reason: 'invalid-certificate-type-or-number',
    });
  }
  const min = type === 'passport' ? PASSPORT_MIN_LENGTH : OTHER_MIN_LENGTH;
  if (value.length < min) {
    findings.push({
      code: 'length-short',
      length: value.length,
      severity: 'warning',
      reason: 'inconsistent-registrant-information',
    });
  } else if (type === 'passport' && value.length > PASSPORT_MAX_LENGTH) {
    findings.push({
      code: 'length-long',
      length: value.length,
      max: PASSPORT_MAX_LENGTH,
      severity: 'warning',
      reason: 'invalid-certificate-type-or-number',
    });
  }
  for (const [i, t] of [...typed].entries()) {
    if (t === 'l') {
      findings.push({
        code: 'lookalike',
        rule: 'lower-l',
        typed: t,
        digit: '1',
        severity: 'warning',
        position: i + 1,
        reason: 'invalid-certificate-type-or-number',
      });
    }
  }
  const lookalikes = [...value]
    .map((char, i) => ({ char, position: i + 1 }))
    .filter(({ char }) => LOOKALIKES.has(char));
  if (lookalikes.length > 0) {
    findings.push({
      code: 'check-lookalikes',
      characters: lookalikes,
      severity: 'note',
      reason: 'invalid-certificate-type-or-number',
    });
  }
  if (!findings.some((f) => f.severity === 'error' || f.severity === 'warning')) {
    findings.push({
      code: 'basic-checks-passed',
      severity: 'ok',
      reason: 'inconsistent-registrant-information',
    });
  }
  return { findings, out: value };
}

/** A pasted sentence would list every character: keep the first few and count the rest. */
function collapseCharacterFindings(findings: NumberFinding[]): NumberFinding[] {
  const characters = findings.filter((f) => f.code === 'character');
  if (characters.length <= MAX_LISTED_CHARACTERS) return findings;
  const rest = characters.slice(MAX_LISTED_CHARACTERS);
  const dropped = new Set<NumberFinding>(rest);
  const first = rest[0]!;
  return findings
    .filter((f) => !dropped.has(f))
    .concat({
      code: 'more-characters',
      positions: rest.flatMap((f) => (f.position ? [f.position] : [])),
      severity: first.severity,
      reason: first.reason,
    });
}

export function checkCertificateNumber(
  type: CertificateType,
  input: string,
  today: CalendarDate,
): NumberCheck {
  const normalized = normalizeNumber(input);
  const rule = numberRules[type];
  if (normalized.value.length > MAX_NUMBER_CHARS) {
    const findings: NumberFinding[] = [
      {
        code: 'too-long',
        length: normalized.value.length,
        severity: 'error',
        reason: 'invalid-certificate-type-or-number',
      },
    ];
    return { type, normalized: '', changes: [], findings, verdict: 'fail' };
  }
  let { value, typed } = normalized;
  const suffixFindings: NumberFinding[] = [];
  // A business license with a duplicate shows e.g. "(1-1)" after the number; it is not part of it.
  const suffix = /\(\d+[-‐‑–—]\d+\)$/.exec(value);
  if (suffix) {
    suffixFindings.push({
      code: 'duplicate-suffix',
      suffix: suffix[0],
      severity: 'error',
      position: suffix.index + 1,
      reason: 'inconsistent-registrant-information',
    });
    value = value.slice(0, suffix.index);
    typed = typed.slice(0, suffix.index);
  }
  const checked =
    rule === 'resident-id'
      ? checkResidentId(value, typed, today, suffix !== null)
      : rule === 'uscc'
        ? checkUscc(value, typed, today, suffix !== null)
        : checkBasic(type, value, typed, today);
  const findings = collapseCharacterFindings([...suffixFindings, ...checked.findings]);
  const out = checked.out;
  if (normalized.value.length === 0) {
    findings.push({
      code: 'empty',
      severity: 'error',
      reason: 'invalid-certificate-type-or-number',
    });
  }
  if (rule === 'resident-id') {
    findings.push({
      code: 'military',
      severity: 'note',
      reason: 'certificate-number-not-found',
    });
  }
  if (rule === 'uscc') {
    findings.push({
      code: 'query-platform',
      severity: 'note',
      reason: 'invalid-certificate-information',
    });
  }
  return {
    type,
    normalized: normalized.value,
    changes: normalized.changes,
    findings,
    corrected: correctedNumber(findings, normalized.value, out),
    verdict: verdictOf(findings),
  };
}
