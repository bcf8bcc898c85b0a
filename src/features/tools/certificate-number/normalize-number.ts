// What is safe to change in a typed or pasted certificate number without asking: spaces,
// invisible characters, full-width forms and lower case. Everything else is reported, not changed.
import { toHalfWidth } from '../shared/half-width';

export type ChangeKind = 'spaces' | 'invisible' | 'full-width' | 'lower-case';

export interface NormalizationChange {
  kind: ChangeKind;
  /** How many characters this change touched. */
  count: number;
  /** A sentence for the person, with an example. */
  message: string;
}

export interface NormalizedNumber {
  /** The number as it should be entered: upper case, half-width, no spaces. */
  value: string;
  /**
   * Same positions as `value`, but with the case the person typed; tells "l" (lower-case L, often
   * meant as 1) apart from "L".
   */
  typed: string;
  changes: NormalizationChange[];
}

// Zero-width space/joiners, word joiner and byte-order mark arrive with copy-and-paste.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const FULL_WIDTH = /[\uFF01-\uFF5E]/;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function normalizeNumber(input: string): NormalizedNumber {
  let spaces = 0;
  let invisible = 0;
  let fullWidth = 0;
  let lower = 0;
  let typed = '';
  let firstFullWidth = '';
  let firstLower = '';
  for (const ch of input) {
    if (INVISIBLE.test(ch)) {
      invisible++;
      continue;
    }
    if (/\s/.test(ch)) {
      spaces++;
      continue;
    }
    let c = ch;
    if (FULL_WIDTH.test(c)) {
      fullWidth++;
      const half = toHalfWidth(c);
      if (!firstFullWidth) firstFullWidth = `${c} → ${half}`;
      c = half;
    }
    if (c !== c.toUpperCase() && /[a-z]/.test(c)) {
      lower++;
      if (!firstLower) firstLower = `${c} → ${c.toUpperCase()}`;
    }
    typed += c;
  }
  const changes: NormalizationChange[] = [];
  if (spaces > 0) {
    changes.push({
      kind: 'spaces',
      count: spaces,
      message: `Removed ${plural(spaces, 'space or line break', 'spaces or line breaks')}. Enter the number without spaces.`,
    });
  }
  if (invisible > 0) {
    changes.push({
      kind: 'invisible',
      count: invisible,
      message: `Removed ${plural(invisible, 'invisible character', 'invisible characters')} that came with the pasted text.`,
    });
  }
  if (fullWidth > 0) {
    changes.push({
      kind: 'full-width',
      count: fullWidth,
      message: `Changed ${plural(fullWidth, 'full-width character', 'full-width characters')} to ordinary half-width ones (${firstFullWidth}). Switch your keyboard to half-width when you type the number.`,
    });
  }
  if (lower > 0) {
    changes.push({
      kind: 'lower-case',
      count: lower,
      message: `Changed ${plural(lower, 'lower-case letter', 'lower-case letters')} to capitals (${firstLower}).`,
    });
  }
  return { value: typed.toUpperCase(), typed, changes };
}
