import type { MessageTexts } from '../../shared/finding';
import { characterForm, codePointLabel } from '../character-form';
import type { NameDifference, NameMessage } from '../compare-names';

// Interface text of the name check, in English. zh.ts has the same keys.

/** “（” (U+FF08, full-width): the character, its code point, and its width when that matters. */
function describe(c: string): string {
  const code = codePointLabel(c);
  switch (characterForm(c)) {
    case 'space':
      return `a space (${code})`;
    case 'ideographic-space':
      return `a full-width space (${code})`;
    case 'no-break-space':
      return `a non-breaking space (${code})`;
    case 'other-space':
      return `a line break or other space (${code})`;
    case 'full-width':
      return `“${c}” (${code}, full-width)`;
    case 'half-width':
      return `“${c}” (${code}, half-width)`;
    case 'plain':
      return `“${c}” (${code})`;
  }
}

const describeRun = (text: string) => ([...text].length === 1 ? describe(text) : `“${text}”`);

const span = (position: number, text: string) => {
  const length = [...text].length;
  return length === 1 ? `character ${position}` : `characters ${position}–${position + length - 1}`;
};

const explain = {
  width: 'one is full-width and the other half-width',
  case: 'upper and lower case differ',
  similar: 'they look alike but are different characters',
  space: 'they are different kinds of space',
  punctuation: 'the punctuation differs',
  different: 'they are different characters',
};

function difference(d: NameDifference): string {
  const { position: p, registrant: a, certificate: b } = d;
  switch (d.shape) {
    case 'pair':
      switch (d.kind) {
        case 'traditional':
          return d.traditional === 'both'
            ? `Character ${p}: “${a}” and “${b}” are both Traditional forms of “${d.simplified}”, but they are different characters. Enter “${b}”, as on the certificate.`
            : `Character ${p}: the registration has the ${d.traditional === 'registrant' ? 'Traditional' : 'Simplified'} form “${a}”, the certificate has the ${d.traditional === 'certificate' ? 'Traditional' : 'Simplified'} form “${b}”. The two must be exactly the same.`;
        case 'homophone':
          return d.registrantPinyin === d.certificatePinyin
            ? `Character ${p}: “${a}” and “${b}” sound the same (${d.registrantPinyin}) but are different characters. Enter “${b}”, as on the certificate.`
            : `Character ${p}: “${a}” (${d.registrantPinyin}) and “${b}” (${d.certificatePinyin}) sound alike but are different characters. Enter “${b}”, as on the certificate.`;
        default:
          return `Character ${p}: the registration has ${describe(a)}, the certificate has ${describe(b)}; ${explain[d.kind]}.`;
      }
    case 'runs':
      return `At ${span(p, a)}, the registration has ${describeRun(a)} where the certificate has ${describeRun(b)}.`;
    case 'extra':
      return `At ${span(p, a)}, the registration has ${describeRun(a)}, which the certificate does not have.`;
    case 'missing':
      return `Before character ${p}, the registration is missing ${describeRun(b)}, which the certificate has.`;
  }
}

const findings: MessageTexts<NameMessage> = {
  identical: () => 'The two names are exactly the same, character for character.',
  abbreviated: () =>
    'The registrant name looks like a shortened form of the name on the certificate. Do not use abbreviated or shortened names: enter the full name exactly as it is printed.',
  'formatting-only': () =>
    'Only spaces, punctuation, letter case or full-width/half-width forms differ, but the names must still be exactly the same.',
  difference: (m) => difference(m.difference),
  'different-registrant': () =>
    'If the domain name is registered to someone other than the certificate holder, it must be transferred to the actual registrant, who completes verification during the transfer.',
  'sound-alike': () =>
    'Characters that sound alike but are written differently also count as different. Compare each character with your certificate.',
};

const en = {
  page: {
    title: 'Compare the two names',
    description:
      'Compare the registrant name with the name on your certificate and see every difference: characters, full-width and half-width forms, spaces, punctuation and abbreviations.',
    intro:
      'The registrant name must be exactly the same as the name on your certificate. Type or paste both to see every difference. They stay on your device.',
  },
  registrant: { label: 'Registrant name', hint: 'As in the domain’s registration information.' },
  certificate: { label: 'Name on the certificate', hint: 'Exactly as it is printed.' },
  submit: 'Compare names',
  enterBoth: 'Enter both names to compare them.',
  /** The announcement after a comparison. */
  summary: (identical: boolean, differences: number, abbreviated: boolean): string =>
    identical
      ? 'The names are exactly the same.'
      : `The names differ: ${differences} ${differences === 1 ? 'difference' : 'differences'}${abbreviated ? ', and the registrant name looks shortened' : ''}.`,
  markedHint: 'Differences are marked; ␣ is a space, ‸ shows where something is missing.',
  missingHere: 'Missing here',
  missingHereSpoken: '(missing here)',
  findingsLabel: 'Differences',
  more: (hidden: number): string =>
    `And ${hidden} more. With this many differences, check that you are comparing the right names.`,
  chineseLoading: 'Checking for Traditional forms and characters that sound alike…',
  chineseFailed:
    'The table of Traditional forms and pronunciations could not be loaded, so the characters were compared by their shape only. Check your connection and compare again.',
  findings,
};

export default en;
export type NameStrings = typeof en;
