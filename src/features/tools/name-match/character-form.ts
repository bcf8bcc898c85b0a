// How a single character of a name is told apart from its look-alikes, in any language: its code
// point, and whether it is a kind of space or a full-width or half-width form.
import { toHalfWidth } from '../shared/half-width';

export type CharacterForm =
  | 'space'
  | 'ideographic-space'
  | 'no-break-space'
  | 'other-space'
  | 'full-width'
  | 'half-width'
  | 'plain';

export const isSpace = (c: string) => /^\s$/u.test(c);
export const isPunctuation = (c: string) => /^[\p{P}\p{S}]$/u.test(c);
export const isHan = (c: string) => /^\p{Script=Han}$/u.test(c);

/** "U+FF08" */
export const codePointLabel = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether a character is a space (and which), a full-width or half-width form, or neither. */
export function characterForm(c: string): CharacterForm {
  if (c === ' ') return 'space';
  if (c === '\u3000') return 'ideographic-space';
  if (c === '\u00A0') return 'no-break-space';
  if (isSpace(c)) return 'other-space';
  if (/[\uFF01-\uFF5E]/.test(c)) return 'full-width';
  if (
    toHalfWidth(c) === c &&
    /[!-~]/.test(c) &&
    /[\uFF01-\uFF5E]/.test(String.fromCharCode(c.charCodeAt(0) + 0xfee0))
  ) {
    return 'half-width';
  }
  return 'plain';
}
