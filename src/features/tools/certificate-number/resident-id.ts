// The 18-digit citizen identity number on a resident identity card, as GB 11643-1999 defines it:
// 6-digit area code, 8-digit birth date (YYYYMMDD), 3-digit sequence, check character.
import { isRealDate, type CalendarDate, dayNumber } from '../shared/calendar-date';

export const RESIDENT_ID_LENGTH = 18;
/** The first-generation cards used 15 digits; verification needs the 18-digit number. */
export const OLD_RESIDENT_ID_LENGTH = 15;
/** A birth year before this cannot belong to a living card holder; our sanity bound, not GB 11643's. */
export const EARLIEST_BIRTH_YEAR = 1850;

/** ISO 7064 MOD 11-2 weights for the first 17 digits (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each value of (weighted sum mod 11), 0…10. */
const CHECK_CHARACTERS = '10X98765432';

/** The check character for 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17))
    throw new Error('residentIdCheckCharacter needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** The birth date in positions 7–14, or undefined when those digits are not a real day. */
export function residentIdBirthDate(id: string): CalendarDate | undefined {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export type ResidentIdProblem =
  'length' | 'characters' | 'birth-date' | 'future-birth-date' | 'check-character';

/** The first structural problem of an upper-case, space-free number, or undefined when it is valid. */
export function residentIdProblem(id: string, today: CalendarDate): ResidentIdProblem | undefined {
  if (id.length !== RESIDENT_ID_LENGTH) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  const birth = residentIdBirthDate(id);
  if (!birth || birth.year < EARLIEST_BIRTH_YEAR) return 'birth-date';
  if (dayNumber(birth) > dayNumber(today)) return 'future-birth-date';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'check-character';
  return undefined;
}
