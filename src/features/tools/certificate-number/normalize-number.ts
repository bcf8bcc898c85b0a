// What is safe to change in a typed or pasted certificate number without asking: spaces,
// invisible characters, full-width forms and lower case. Everything else is reported, not changed.
import { toHalfWidth } from '../shared/half-width';

/** The first character a change touched, and what it became: "１ → 1". */
export interface ChangeExample {
  from: string;
  to: string;
}

/** One kind of safe change, with how many characters it touched; the page says it in words. */
export type NormalizationChange =
  | { code: 'spaces'; count: number }
  | { code: 'invisible'; count: number }
  | { code: 'full-width'; count: number; example: ChangeExample }
  | { code: 'lower-case'; count: number; example: ChangeExample };

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

export function normalizeNumber(input: string): NormalizedNumber {
  let spaces = 0;
  let invisible = 0;
  let fullWidth = 0;
  let lower = 0;
  let typed = '';
  let firstFullWidth: ChangeExample | undefined;
  let firstLower: ChangeExample | undefined;
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
      firstFullWidth ??= { from: c, to: half };
      c = half;
    }
    if (c !== c.toUpperCase() && /[a-z]/.test(c)) {
      lower++;
      firstLower ??= { from: c, to: c.toUpperCase() };
    }
    typed += c;
  }
  const changes: NormalizationChange[] = [];
  if (spaces > 0) changes.push({ code: 'spaces', count: spaces });
  if (invisible > 0) changes.push({ code: 'invisible', count: invisible });
  if (firstFullWidth)
    changes.push({ code: 'full-width', count: fullWidth, example: firstFullWidth });
  if (firstLower) changes.push({ code: 'lower-case', count: lower, example: firstLower });
  return { value: typed.toUpperCase(), typed, changes };
}
