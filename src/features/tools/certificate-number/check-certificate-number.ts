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

export interface NumberCheck {
  type: CertificateType;
  /** The number after the safe changes (no spaces, half-width, upper case). */
  normalized: string;
  changes: NormalizationChange[];
  findings: Finding[];
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

/** "the letter O", "a lower-case l", "the digit 0": said out loud so look-alikes can be told apart. */
export function describeCharacter(c: string): string {
  if (/\d/.test(c)) return `the digit ${c}`;
  if (c === 'l') return 'a lower-case l (L)';
  if (/[a-z]/.test(c)) return `the lower-case letter ${c}`;
  if (/[A-Z]/.test(c)) return `the letter ${c}`;
  return `“${c}”`;
}

function correctedNumber(findings: Finding[], normalized: string, out: string) {
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

function separatorFinding(c: string, position: number): Finding {
  return {
    code: 'separator',
    severity: 'error',
    position,
    message: `Position ${position}: “${c}” is not part of the number. Enter the characters only, without separators.`,
    reason: 'invalid-certificate-type-or-number',
  };
}

function incompleteMessage(length: number, needed: number, what: string): string {
  return length < needed
    ? `The number has ${length} characters, but ${what} has ${needed}. Enter the complete certificate number.`
    : `The number has ${length} characters, but ${what} has ${needed}. Check for an extra character.`;
}

function checkResidentId(
  value: string,
  typed: string,
  today: CalendarDate,
  corrected: boolean,
): { findings: Finding[]; out: string } {
  const findings: Finding[] = [];
  // Only when letters show it cannot be an identity number: an all-digit number can pass both checksums.
  if (usccProblem(value) === undefined && !/^\d{17}[\dX]$/.test(value)) {
    findings.push({
      code: 'looks-like-uscc',
      severity: 'error',
      message:
        'This is a Unified Social Credit Code, not a resident identity card number. Choose the certificate type that matches the certificate you upload.',
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
        severity: 'error',
        position,
        message: `Position ${position}: you typed ${describeCharacter(t)}, but a resident identity card number has only digits there. It is almost certainly ${describeCharacter(digit)}.`,
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
      severity: 'error',
      position,
      message:
        c === 'X'
          ? `Position ${position}: X can only be the last character of a resident identity card number. Compare the number with your card.`
          : `Position ${position}: ${describeCharacter(c)} cannot be part of a resident identity card number, which is 17 digits followed by a digit or X.`,
      reason: 'invalid-certificate-type-or-number',
    });
  });
  if (chars.length === 0 || unknown) return { findings, out };

  if (out.length === OLD_RESIDENT_ID_LENGTH && /^\d+$/.test(out)) {
    findings.push({
      code: 'old-15-digit',
      severity: 'error',
      message:
        'This looks like an old 15-digit identity number. Enter the 18-digit number printed on your current resident identity card.',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  if (out.length !== RESIDENT_ID_LENGTH) {
    findings.push({
      code: 'length',
      severity: 'error',
      message: incompleteMessage(out.length, RESIDENT_ID_LENGTH, 'a resident identity card number'),
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  const problem = residentIdProblem(out, today);
  const birthDigits = out.slice(6, 14);
  if (problem === 'birth-date') {
    findings.push({
      code: 'birth-date',
      severity: 'error',
      position: 7,
      message: `Positions 7 to 14 are the date of birth (year, month, day), but ${birthDigits} is not a real date. Compare these digits with your card.`,
      reason: 'invalid-certificate-type-or-number',
    });
  } else if (problem === 'future-birth-date') {
    findings.push({
      code: 'future-birth-date',
      severity: 'error',
      position: 7,
      message: `Positions 7 to 14 are the date of birth, but ${birthDigits} is in the future. Compare these digits with your card.`,
      reason: 'invalid-certificate-type-or-number',
    });
  } else if (problem === 'check-character') {
    const expected = residentIdCheckCharacter(out.slice(0, 17));
    findings.push({
      code: 'check-character',
      severity: 'error',
      position: 18,
      message: `The last character is a check character worked out from the first 17 digits. For the digits entered it must be ${expected}, not ${out[17]}, so at least one character is mistyped. Compare every digit with your card.`,
      reason: 'certificate-number-not-found',
    });
  } else if (residentIdBirthDate(out)) {
    const anyCorrection = corrected || findings.length > 0;
    findings.push({
      code: anyCorrection ? 'valid-after-correction' : 'valid',
      severity: 'ok',
      message: anyCorrection
        ? `With the corrections, ${out} is a valid 18-digit resident identity card number. Enter it exactly like this, the same as on your card.`
        : 'This is a valid 18-digit resident identity card number: the length, date of birth and check character are all correct. Make sure it is the same as the number on the card you upload.',
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
): { findings: Finding[]; out: string } {
  const findings: Finding[] = [];
  if (
    value.length === RESIDENT_ID_LENGTH &&
    residentIdProblem(value, today) === undefined &&
    usccProblem(value) !== undefined
  ) {
    findings.push({
      code: 'looks-like-resident-id',
      severity: 'error',
      message:
        'This is a resident identity card number, not a Unified Social Credit Code. Organizations in the Chinese mainland must submit a certificate with a valid 18-character Unified Social Credit Code; choose the certificate type that matches the certificate you upload.',
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
          severity: 'error',
          position,
          message: `Position ${position}: you typed ${describeCharacter(t)}, but positions 3 to 8 (the administrative division code) are always digits. It is almost certainly ${describeCharacter(digit)}.`,
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
          severity: 'error',
          position,
          message: `Position ${position}: you typed ${describeCharacter(t)}, which is never used in a Unified Social Credit Code. It is almost certainly ${describeCharacter(digit)}.`,
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
      severity: 'error',
      position,
      message: isUsccDigitPosition(codePosition)
        ? `Position ${position}: ${describeCharacter(c)} cannot be here: positions 3 to 8 (the administrative division code) are always digits. Compare the code with your certificate.`
        : /[SVZ]/.test(c)
          ? `Position ${position}: ${describeCharacter(c)} is never used in a Unified Social Credit Code (the letters I, O, S, V and Z are left out). Compare this character with your certificate.`
          : `Position ${position}: ${describeCharacter(c)} cannot be part of a Unified Social Credit Code, which uses only digits and capital letters.`,
      reason: 'invalid-certificate-type-or-number',
    });
  });
  if (value.length === 0 || unknown) return { findings, out };

  if (out.length === OLD_REGISTRATION_NUMBER_LENGTH && /^\d+$/.test(out)) {
    findings.push({
      code: 'old-registration-number',
      severity: 'error',
      message:
        'This looks like a 15-digit registration number from an older business license. Organizations in the Chinese mainland must submit a certificate with a valid 18-character Unified Social Credit Code.',
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  if (out.length !== USCC_LENGTH) {
    findings.push({
      code: 'length',
      severity: 'error',
      message: incompleteMessage(out.length, USCC_LENGTH, 'a Unified Social Credit Code'),
      reason: 'invalid-certificate-type-or-number',
    });
    return { findings, out };
  }
  if (usccProblem(out) === 'check-character') {
    const expected = usccCheckCharacter(out.slice(0, 17));
    findings.push({
      code: 'check-character',
      severity: 'warning',
      position: 18,
      message: `The last character is a check character worked out from the first 17. For the characters entered it should be ${expected}, not ${out[17]}, so a character may be mistyped. Compare every character with your certificate. If the certificate really shows this code, you can still submit it: a few published codes do not follow the check.`,
      reason: 'certificate-number-not-found',
    });
    const candidates = usccMixupCandidates(
      out,
      [...typed].filter((c) => !SEPARATORS.test(c)).join(''),
    );
    for (const candidate of candidates) {
      findings.push({
        code: 'possible-mixup',
        severity: 'warning',
        position: candidate.position,
        message: `Position ${candidate.position}: if this is ${describeCharacter(candidate.to)} rather than ${describeCharacter(candidate.from)}, the code is valid: ${candidate.code}. Check this character on your certificate.`,
        reason: 'invalid-certificate-type-or-number',
      });
    }
    if (candidates.length === 1) out = candidates[0]!.code;
  } else {
    const anyCorrection = corrected || findings.length > 0;
    findings.push({
      code: anyCorrection ? 'valid-after-correction' : 'valid',
      severity: 'ok',
      message: anyCorrection
        ? `With the corrections, ${out} is a valid Unified Social Credit Code. Enter it exactly like this, the same as on your certificate.`
        : 'This is a valid Unified Social Credit Code: the length, characters and check character are all correct. Make sure it is the same as the code on the certificate you upload.',
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
): { findings: Finding[]; out: string } {
  const findings: Finding[] = [];
  if (value.length === 0) return { findings, out: value };
  if (
    type === 'passport' &&
    value.length === RESIDENT_ID_LENGTH &&
    residentIdProblem(value, today) === undefined
  ) {
    findings.push({
      code: 'looks-like-resident-id',
      severity: 'warning',
      message:
        'This looks like a resident identity card number, not a passport number. Individuals in the Chinese mainland must submit a resident identity card; choose the certificate type that matches the certificate you upload.',
      reason: 'invalid-certificate-type-or-number',
    });
  }
  const odd = [...value]
    .map((c, i) => ({ c, position: i + 1 }))
    .filter(({ c }) => !/[0-9A-Z]/.test(c));
  for (const { c, position } of odd) {
    findings.push({
      code: 'character',
      severity: 'warning',
      position,
      message: `Position ${position}: ${describeCharacter(c)} is not a letter or digit. Enter the number exactly as printed on your document; if the document does not show this character, leave it out.`,
      reason: 'invalid-certificate-type-or-number',
    });
  }
  const min = type === 'passport' ? PASSPORT_MIN_LENGTH : OTHER_MIN_LENGTH;
  if (value.length < min) {
    findings.push({
      code: 'length-short',
      severity: 'warning',
      message: `The number has only ${value.length} characters. You must enter the complete certificate number: compare it with your document.`,
      reason: 'inconsistent-registrant-information',
    });
  } else if (type === 'passport' && value.length > PASSPORT_MAX_LENGTH) {
    findings.push({
      code: 'length-long',
      severity: 'warning',
      message: `The number has ${value.length} characters; passport numbers usually have at most ${PASSPORT_MAX_LENGTH}. Check that you entered only the passport number.`,
      reason: 'invalid-certificate-type-or-number',
    });
  }
  for (const [i, t] of [...typed].entries()) {
    if (t === 'l') {
      findings.push({
        code: 'lookalike',
        severity: 'warning',
        position: i + 1,
        message: `Position ${i + 1}: you typed a lower-case l, which we changed to the letter L. If your document shows the digit 1 here, enter 1.`,
        reason: 'invalid-certificate-type-or-number',
      });
    }
  }
  const lookalikes = [...value]
    .map((c, i) => ({ c, position: i + 1 }))
    .filter(({ c }) => LOOKALIKES.has(c));
  if (lookalikes.length > 0) {
    findings.push({
      code: 'check-lookalikes',
      severity: 'note',
      message: `Digits and letters can look alike (0 and O, 1 and I, 8 and B). Check these against your document: ${lookalikes
        .map(({ c, position }) => `position ${position} is ${describeCharacter(c)}`)
        .join('; ')}.`,
      reason: 'invalid-certificate-type-or-number',
    });
  }
  if (!findings.some((f) => f.severity === 'error' || f.severity === 'warning')) {
    findings.push({
      code: 'basic-checks-passed',
      severity: 'ok',
      message:
        'The number passed the checks that are safe for this document: its length and characters look right. This document has no public check digit, so compare the number with your document once more.',
      reason: 'inconsistent-registrant-information',
    });
  }
  return { findings, out: value };
}

/** A pasted sentence would list every character: keep the first few and count the rest. */
function collapseCharacterFindings(findings: Finding[]): Finding[] {
  const characters = findings.filter((f) => f.code === 'character');
  if (characters.length <= MAX_LISTED_CHARACTERS) return findings;
  const rest = characters.slice(MAX_LISTED_CHARACTERS);
  const dropped = new Set(rest);
  const first = rest[0]!;
  return findings
    .filter((f) => !dropped.has(f))
    .concat({
      ...first,
      code: 'more-characters',
      position: undefined,
      message: `${rest.length} more characters cannot be part of this number either (positions ${rest.map((f) => f.position).join(', ')}). Enter only the certificate number.`,
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
    const findings: Finding[] = [
      {
        code: 'too-long',
        severity: 'error',
        message: `This is ${normalized.value.length} characters long, far longer than any certificate number. Paste or type only the certificate number.`,
        reason: 'invalid-certificate-type-or-number',
      },
    ];
    return { type, normalized: '', changes: [], findings, verdict: 'fail' };
  }
  let { value, typed } = normalized;
  const suffixFindings: Finding[] = [];
  // A business license with a duplicate shows e.g. "(1-1)" after the number; it is not part of it.
  const suffix = /\(\d+[-‐‑–—]\d+\)$/.exec(value);
  if (suffix) {
    suffixFindings.push({
      code: 'duplicate-suffix',
      severity: 'error',
      position: suffix.index + 1,
      message: `Leave out the duplicate number “${suffix[0]}”. Enter only the number itself, without the part in brackets.`,
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
      message: 'Enter the certificate number, exactly as it is printed on your certificate.',
      reason: 'invalid-certificate-type-or-number',
    });
  }
  if (rule === 'resident-id') {
    findings.push({
      code: 'military',
      severity: 'note',
      message:
        'Military personnel and others with special occupations cannot use the 18-digit resident identity card number for verification; they must submit another type of identity document.',
      reason: 'certificate-number-not-found',
    });
  }
  if (rule === 'uscc') {
    findings.push({
      code: 'query-platform',
      severity: 'note',
      message:
        'The code must be found on the query platform of China Organization Data Service. If it cannot be found there, call their customer service on 400-807-6000.',
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
