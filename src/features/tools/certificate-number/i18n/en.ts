import type { MessageTexts, Verdict } from '../../shared/finding';
import type { CertificateType } from '../certificate-types';
import type { NumberMessage, Standard } from '../check-certificate-number';
import type { NormalizationChange } from '../normalize-number';

// Interface text of the certificate number tool, in English. zh.ts has the same keys.

/** "the letter O", "a lower-case l", "the digit 0": said out loud so look-alikes can be told apart. */
function say(c: string): string {
  if (/\d/.test(c)) return `the digit ${c}`;
  if (c === 'l') return 'a lower-case l (L)';
  if (/[a-z]/.test(c)) return `the lower-case letter ${c}`;
  if (/[A-Z]/.test(c)) return `the letter ${c}`;
  return `“${c}”`;
}
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const standardName: Record<Standard, string> = {
  'resident-id': 'a resident identity card number',
  uscc: 'a Unified Social Credit Code',
};

const findings: MessageTexts<NumberMessage> = {
  'too-long': ({ length }) =>
    `This is ${length} characters long, far longer than any certificate number. Paste or type only the certificate number.`,
  empty: () => 'Enter the certificate number, exactly as it is printed on your certificate.',
  'duplicate-suffix': ({ suffix }) =>
    `Leave out the duplicate number “${suffix}”. Enter only the number itself, without the part in brackets.`,
  separator: ({ char, position }) =>
    `Position ${position}: “${char}” is not part of the number. Enter the characters only, without separators.`,
  lookalike: ({ rule, typed, digit, position }) => {
    switch (rule) {
      case 'resident-id':
        return `Position ${position}: you typed ${say(typed)}, but a resident identity card number has only digits there. It is almost certainly ${say(digit)}.`;
      case 'uscc-division':
        return `Position ${position}: you typed ${say(typed)}, but positions 3 to 8 (the administrative division code) are always digits. It is almost certainly ${say(digit)}.`;
      case 'uscc-excluded':
        return `Position ${position}: you typed ${say(typed)}, which is never used in a Unified Social Credit Code. It is almost certainly ${say(digit)}.`;
      case 'lower-l':
        return `Position ${position}: you typed a lower-case l, which we changed to the letter L. If your document shows the digit 1 here, enter 1.`;
    }
  },
  character: ({ rule, char, position }) => {
    switch (rule) {
      case 'resident-id-x':
        return `Position ${position}: X can only be the last character of a resident identity card number. Compare the number with your card.`;
      case 'resident-id':
        return `Position ${position}: ${say(char)} cannot be part of a resident identity card number, which is 17 digits followed by a digit or X.`;
      case 'uscc-division':
        return `Position ${position}: ${say(char)} cannot be here: positions 3 to 8 (the administrative division code) are always digits. Compare the code with your certificate.`;
      case 'uscc-excluded':
        return `Position ${position}: ${say(char)} is never used in a Unified Social Credit Code (the letters I, O, S, V and Z are left out). Compare this character with your certificate.`;
      case 'uscc':
        return `Position ${position}: ${say(char)} cannot be part of a Unified Social Credit Code, which uses only digits and capital letters.`;
      case 'basic':
        return `Position ${position}: ${say(char)} is not a letter or digit. Enter the number exactly as printed on your document; if the document does not show this character, leave it out.`;
    }
  },
  'more-characters': ({ positions }) =>
    `${positions.length} more characters cannot be part of this number either (positions ${positions.join(', ')}). Enter only the certificate number.`,
  'looks-like-uscc': () =>
    'This is a Unified Social Credit Code, not a resident identity card number. Choose the certificate type that matches the certificate you upload.',
  'looks-like-resident-id': ({ chosen }) =>
    chosen === 'uscc'
      ? 'This is a resident identity card number, not a Unified Social Credit Code. Organizations in the Chinese mainland must submit a certificate with a valid 18-character Unified Social Credit Code; choose the certificate type that matches the certificate you upload.'
      : 'This looks like a resident identity card number, not a passport number. Individuals in the Chinese mainland must submit a resident identity card; choose the certificate type that matches the certificate you upload.',
  'old-15-digit': () =>
    'This looks like an old 15-digit identity number. Enter the 18-digit number printed on your current resident identity card.',
  'old-registration-number': () =>
    'This looks like a 15-digit registration number from an older business license. Organizations in the Chinese mainland must submit a certificate with a valid 18-character Unified Social Credit Code.',
  length: ({ standard, length, needed }) =>
    `The number has ${length} characters, but ${standardName[standard]} has ${needed}. ${length < needed ? 'Enter the complete certificate number.' : 'Check for an extra character.'}`,
  'birth-date': ({ digits }) =>
    `Positions 7 to 14 are the date of birth (year, month, day), but ${digits} is not a real date. Compare these digits with your card.`,
  'future-birth-date': ({ digits }) =>
    `Positions 7 to 14 are the date of birth, but ${digits} is in the future. Compare these digits with your card.`,
  'check-character': ({ standard, expected, actual }) =>
    standard === 'resident-id'
      ? `The last character is a check character worked out from the first 17 digits. For the digits entered it must be ${expected}, not ${actual}, so at least one character is mistyped. Compare every digit with your card.`
      : `The last character is a check character worked out from the first 17. For the characters entered it should be ${expected}, not ${actual}, so a character may be mistyped. Compare every character with your certificate. If the certificate really shows this code, you can still submit it: a few published codes do not follow the check.`,
  'possible-mixup': ({ position, from, to, corrected }) =>
    `Position ${position}: if this is ${say(to)} rather than ${say(from)}, the code is valid: ${corrected}. Check this character on your certificate.`,
  valid: ({ standard }) =>
    standard === 'resident-id'
      ? 'This is a valid 18-digit resident identity card number: the length, date of birth and check character are all correct. Make sure it is the same as the number on the card you upload.'
      : 'This is a valid Unified Social Credit Code: the length, characters and check character are all correct. Make sure it is the same as the code on the certificate you upload.',
  'valid-after-correction': ({ standard, number }) =>
    standard === 'resident-id'
      ? `With the corrections, ${number} is a valid 18-digit resident identity card number. Enter it exactly like this, the same as on your card.`
      : `With the corrections, ${number} is a valid Unified Social Credit Code. Enter it exactly like this, the same as on your certificate.`,
  'length-short': ({ length }) =>
    `The number has only ${length} characters. You must enter the complete certificate number: compare it with your document.`,
  'length-long': ({ length, max }) =>
    `The number has ${length} characters; passport numbers usually have at most ${max}. Check that you entered only the passport number.`,
  'check-lookalikes': ({ characters }) =>
    `Digits and letters can look alike (0 and O, 1 and I, 8 and B). Check these against your document: ${characters
      .map(({ char, position }) => `position ${position} is ${say(char)}`)
      .join('; ')}.`,
  'basic-checks-passed': () =>
    'The number passed the checks that are safe for this document: its length and characters look right. This document has no public check digit, so compare the number with your document once more.',
  military: () =>
    'Military personnel and others with special occupations cannot use the 18-digit resident identity card number for verification; they must submit another type of identity document.',
  'query-platform': () =>
    'The code must be found on the query platform of China Organization Data Service. If it cannot be found there, call their customer service on 400-807-6000.',
};

const changes: MessageTexts<NormalizationChange> = {
  spaces: ({ count }) =>
    `Removed ${plural(count, 'space or line break', 'spaces or line breaks')}. Enter the number without spaces.`,
  invisible: ({ count }) =>
    `Removed ${plural(count, 'invisible character', 'invisible characters')} that came with the pasted text.`,
  'full-width': ({ count, example }) =>
    `Changed ${plural(count, 'full-width character', 'full-width characters')} to ordinary half-width ones (${example.from} → ${example.to}). Switch your keyboard to half-width when you type the number.`,
  'lower-case': ({ count, example }) =>
    `Changed ${plural(count, 'lower-case letter', 'lower-case letters')} to capitals (${example.from} → ${example.to}).`,
};

const en = {
  page: {
    title: 'Check your certificate number',
    description:
      'Find typos in a resident identity card number or Unified Social Credit Code before you submit it, such as the letter O instead of the digit 0.',
    intro:
      'Finds mistakes that get real-name verification rejected: a wrong length or check character, a letter O instead of the digit 0, a “(1-1)” suffix. The number is checked on your device and is not sent or stored.',
  },
  typeLabel: 'Certificate type',
  types: {
    'resident-id': 'Resident identity card',
    'business-license': 'Business license',
    'uscc-certificate': 'Other organization certificate with a Unified Social Credit Code',
    passport: 'Passport',
    'foreign-permanent-resident-id': 'Foreign permanent resident ID card',
    'hmt-residence-permit': 'Residence permit for Hong Kong, Macao and Taiwan residents',
    'household-register': 'Household register',
    other: 'Another document',
  } satisfies Record<CertificateType, string>,
  numberLabel: 'Certificate number',
  numberHint:
    'Type it or paste it exactly as it is printed. Spaces and full-width characters are fine: we show what we change.',
  submit: 'Check number',
  /** The announcement after a check: the verdict, what to fix and the corrected number. */
  summary: (verdict: Verdict, problems: number, checks: number, corrected?: string): string => {
    const text = {
      pass: 'The number passed the checks.',
      warn: 'The number may be rejected: check the points below.',
      fail: 'The number will be rejected as it is: see the problems below.',
    }[verdict];
    const counts = [
      problems > 0 ? plural(problems, 'problem', 'problems') : '',
      checks > 0 ? `${plural(checks, 'thing', 'things')} to check` : '',
    ].filter(Boolean);
    return `${text}${counts.length ? ` ${counts.join(', ')}.` : ''}${corrected ? ` Corrected number: ${corrected}.` : ''}`;
  },
  asChecked: 'The number as checked',
  changesHeading: 'What we changed',
  correctedLabel: 'Corrected number',
  compareFirst: 'Compare it with your certificate before you use it.',
  copyCorrected: 'Copy corrected number',
  findingsLabel: 'Findings',
  findings,
  changes,
};

export default en;
export type NumberStrings = typeof en;
