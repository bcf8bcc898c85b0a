// Numbers and file sizes in the page's language, for the sentences in en.ts and zh.ts (built from
// the page's number formatting and the language's unit words), and a check's message as a sentence.
import { byteSize } from '../shared/byte-size';
import type { CheckMessage } from '../shared/check-messages';
import type { MessageTexts } from './en';

export type NumberFormat = (n: number, options?: Intl.NumberFormatOptions) => string;

/** How a language names byte counts; `n` is already formatted, `count` is the plain number. */
export interface SizeUnits {
  bytes: (n: string, count: number) => string;
  kb: (n: string) => string;
  mb: (n: string) => string;
}

export interface TextFormat {
  number: NumberFormat;
  /** A size as a person reads it: "812 bytes", "56 KB", "1.2 MB" (1 KB = 1000 bytes). */
  size: (bytes: number) => string;
  /** The exact count: "56,320 bytes", "56,320 字节". */
  bytes: (bytes: number) => string;
}

export function textFormat(number: NumberFormat, units: SizeUnits): TextFormat {
  return {
    number,
    size: (bytes) => {
      const { value, unit, fractionDigits } = byteSize(bytes);
      const n = number(value, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      if (unit === 'byte') return units.bytes(n, value);
      return unit === 'KB' ? units.kb(n) : units.mb(n);
    },
    bytes: (bytes) => units.bytes(number(bytes), bytes),
  };
}

/** A check's message (a code and its values) as a sentence, in the language of `messages`. */
export function sentenceOf(messages: MessageTexts, message: CheckMessage, f: TextFormat): string {
  // Each code's sentence takes that code's message; TypeScript cannot pair them through a lookup.
  const word = messages[message.code] as (m: CheckMessage, f: TextFormat) => string;
  return word(message, f);
}
