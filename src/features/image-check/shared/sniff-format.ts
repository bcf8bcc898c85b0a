// The real type of a file from its first bytes (magic numbers), never from its name.

export type SniffedFormat =
  | 'jpeg'
  | 'png'
  | 'bmp'
  | 'heic'
  | 'webp'
  | 'gif'
  | 'tiff'
  | 'pdf'
  | 'svg'
  | 'avif'
  | 'text'
  | 'empty'
  | 'unknown';

export type AcceptedFormat = 'jpeg' | 'png' | 'bmp' | 'heic' | 'webp';

/** The upload accepts "JPG, JPEG, PNG, BMP, HEIC, and WebP". */
export function isAccepted(format: SniffedFormat): format is AcceptedFormat {
  return ['jpeg', 'png', 'bmp', 'heic', 'webp'].includes(format);
}

/** Formats Chromium-based browsers decode themselves (HEIC needs our WASM decoder). */
export function browserDecodes(format: SniffedFormat): boolean {
  return ['jpeg', 'png', 'bmp', 'webp', 'gif', 'avif'].includes(format);
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

// HEIF brands written by cameras and phones (ISO/IEC 23008-12); AVIF shares the container.
const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const genericHeifBrands = new Set(['mif1', 'msf1', 'mif2', 'miaf']);
const avifBrands = new Set(['avif', 'avis']);

function sniffIsoBmff(head: Uint8Array): SniffedFormat | null {
  if (head.length < 16 || ascii(head, 4, 4) !== 'ftyp') return null;
  const boxSize = Math.min(
    ((head[0]! << 24) >>> 0) + (head[1]! << 16) + (head[2]! << 8) + head[3]!,
    head.length,
  );
  const brands = [ascii(head, 8, 4)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(head, at, 4));
  const major = brands[0]!;
  if (heifBrands.has(major)) return 'heic';
  if (avifBrands.has(major)) return 'avif';
  if (genericHeifBrands.has(major)) {
    if (brands.some((b) => heifBrands.has(b))) return 'heic';
    if (brands.some((b) => avifBrands.has(b))) return 'avif';
    return 'heic';
  }
  return null;
}

// BMP: "BM" alone is too weak (a text file may start so); the info header size must be a real one.
const bmpHeaderSizes = new Set([12, 16, 40, 52, 56, 64, 108, 124]);

function looksLikeText(head: Uint8Array): boolean {
  const sample = head.subarray(0, 4096);
  if (sample.length === 0) return false;
  for (const byte of sample) {
    // Control bytes other than tab, newline, form feed and carriage return mean binary data.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d)
      return false;
    if (byte === 0x7f) return false;
  }
  try {
    // A multi-byte character may be cut at the sample's end: ignore a bad tail only.
    new TextDecoder('utf-8', { fatal: true }).decode(
      sample.subarray(0, Math.max(0, sample.length - 3)),
    );
    return true;
  } catch {
    return false;
  }
}

/** Sniffs the format from the head of a file; `size` is the whole file's size in bytes. */
export function sniffFormat(head: Uint8Array, size: number): SniffedFormat {
  if (size === 0 || head.length === 0) return 'empty';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff';
  }
  if (ascii(head, 0, 2) === 'BM' && head.length >= 18) {
    const infoSize = head[14]! | (head[15]! << 8) | (head[16]! << 16) | (head[17]! << 24);
    if (bmpHeaderSizes.has(infoSize)) return 'bmp';
  }
  const iso = sniffIsoBmff(head);
  if (iso) return iso;
  if (!looksLikeText(head)) {
    // PDF writers may put binary junk before the header; the spec allows it in the first 1 KB.
    return ascii(head, 0, 1024).includes('%PDF-') ? 'pdf' : 'unknown';
  }
  const text = new TextDecoder()
    .decode(head.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('%PDF-')) return 'pdf';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text))
    return 'svg';
  if (/^<\?xml/i.test(text) && /<svg[\s>]/i.test(text)) return 'svg';
  return 'text';
}
