// How a person reads a file size: "812 bytes", "56 KB", "1.2 MB" (1 KB = 1000 bytes). Only the
// number and the unit; the page's strings word them ("812 字节").

export interface ByteSize {
  value: number;
  unit: 'byte' | 'KB' | 'MB';
  /** Digits after the decimal point to show: one for MB, none otherwise. */
  fractionDigits: 0 | 1;
}

export function byteSize(bytes: number): ByteSize {
  if (bytes < 1000) return { value: bytes, unit: 'byte', fractionDigits: 0 };
  if (bytes < 1_000_000) return { value: Math.floor(bytes / 1000), unit: 'KB', fractionDigits: 0 };
  // Rounded down, so a file just over a limit never reads as the limit ("5.0 MB" for 5,099,999).
  return { value: Math.floor(bytes / 100_000) / 10, unit: 'MB', fractionDigits: 1 };
}
