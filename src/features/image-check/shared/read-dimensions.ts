// Width and height from a file's header, before decoding: lets us refuse decompression bombs.
import type { SniffedFormat } from './sniff-format';

export interface Dimensions {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u32le = (b: Uint8Array, i: number) =>
  b[i]! + (b[i + 1]! << 8) + (b[i + 2]! << 16) + ((b[i + 3]! << 24) >>> 0);
const i32le = (b: Uint8Array, i: number) =>
  b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

const dims = (width: number, height: number): Dimensions | null =>
  width > 0 && height > 0 ? { width, height } : null;

function jpegDimensions(b: Uint8Array): Dimensions | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return dims(u16be(b, i + 7), u16be(b, i + 5));
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data before any frame header
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

function webpDimensions(b: Uint8Array): Dimensions | null {
  if (b.length < 26) return null;
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (chunk === 'VP8X' && b.length >= 30)
    return dims(
      1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)),
      1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)),
    );
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return dims(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = u32le(b, 21);
    return dims((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return null;
}

// HEIF stores each image's size in an 'ispe' property; the largest is the primary image or grid.
function heifDimensions(b: Uint8Array): Dimensions | null {
  let best: Dimensions | null = null;
  for (let i = 4; i + 16 <= b.length; i++) {
    if (b[i] === 0x69 && b[i + 1] === 0x73 && b[i + 2] === 0x70 && b[i + 3] === 0x65) {
      const width = u32be(b, i + 8);
      const height = u32be(b, i + 12);
      if (width > 0 && height > 0 && (!best || width * height > best.width * best.height)) {
        best = { width, height };
      }
    }
  }
  return best;
}

/** Reads width and height from the head of a file, or null when the header does not say. */
export function readDimensions(head: Uint8Array, format: SniffedFormat): Dimensions | null {
  switch (format) {
    case 'png':
      return head.length >= 24 ? dims(u32be(head, 16), u32be(head, 20)) : null;
    case 'gif':
      return head.length >= 10 ? dims(u16le(head, 6), u16le(head, 8)) : null;
    case 'bmp': {
      if (head.length < 26) return null;
      if (u32le(head, 14) === 12) return dims(u16le(head, 18), u16le(head, 20));
      return dims(Math.abs(i32le(head, 18)), Math.abs(i32le(head, 22)));
    }
    case 'jpeg':
      return jpegDimensions(head);
    case 'webp':
      return webpDimensions(head);
    case 'heic':
    case 'avif':
      return heifDimensions(head);
    default:
      return null;
  }
}
