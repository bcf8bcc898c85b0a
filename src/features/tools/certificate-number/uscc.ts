// The 18-character Unified Social Credit Code, as GB 32100-2015 defines it.

export const USCC_LENGTH = 18;
/** Business licenses issued before the 2015 reform show a 15-digit registration number instead. */
export const OLD_REGISTRATION_NUMBER_LENGTH = 15;

/** The code's 31 characters, in value order 0–30: digits and capitals without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Positions 3–8 (1-based) hold the administrative division code, which is always digits. */
export const USCC_DIGIT_POSITIONS = [3, 4, 5, 6, 7, 8] as const;

/** Weights for characters 1–17 (GB 32100-2015). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function isUsccCharacter(c: string): boolean {
  return c.length === 1 && USCC_ALPHABET.includes(c);
}

export function isUsccDigitPosition(position: number): boolean {
  return position >= 3 && position <= 8;
}

/** C18 = 31 − (Σ Ci·Wi mod 31), with 31 written as 0. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17 || ![...first17].every(isUsccCharacter)) {
    throw new Error('usccCheckCharacter needs 17 characters from the USCC alphabet');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const value = 31 - (sum % 31);
  return USCC_ALPHABET[value === 31 ? 0 : value]!;
}

export type UsccProblem = 'length' | 'characters' | 'division-code' | 'check-character';

/** The first structural problem of an upper-case, space-free code, or undefined when it is valid. */
export function usccProblem(code: string): UsccProblem | undefined {
  if (code.length !== USCC_LENGTH) return 'length';
  if (![...code].every(isUsccCharacter)) return 'characters';
  if (!/^..\d{6}/.test(code)) return 'division-code';
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check-character';
  return undefined;
}
