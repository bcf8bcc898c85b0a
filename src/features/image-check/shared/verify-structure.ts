// Finds truncated or damaged files by walking their structure. Browsers happily show the top half
// of a cut-off JPEG, so a successful decode alone does not prove the file is complete.
import type { SniffedFormat } from './sniff-format';

export type StructureProblem = 'truncated' | 'corrupt';
export type StructureReport = { ok: true } | { ok: false; problem: StructureProblem };

const ok: StructureReport = { ok: true };
const truncated: StructureReport = { ok: false, problem: 'truncated' };
const corrupt: StructureReport = { ok: false, problem: 'corrupt' };

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u32le = (b: Uint8Array, i: number) =>
  b[i]! + (b[i + 1]! << 8) + (b[i + 2]! << 16) + ((b[i + 3]! << 24) >>> 0);

function verifyJpeg(b: Uint8Array): StructureReport {
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return corrupt;
    if (i + 1 >= b.length) return truncated;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd9) return ok; // end of image; anything after (e.g. a motion-photo video) is extra
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (i + 3 >= b.length) return truncated;
    const length = u16be(b, i + 2);
    if (length < 2) return corrupt;
    i += 2 + length;
    if (i > b.length) return truncated;
    if (marker === 0xda) {
      // Entropy-coded data: runs until a marker that is not a stuffed 0xFF00 or a restart marker.
      while (i < b.length) {
        const at = b.indexOf(0xff, i);
        if (at < 0 || at + 1 >= b.length) return truncated;
        const next = b[at + 1]!;
        if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) {
          i = at + (next === 0xff ? 1 : 2);
          continue;
        }
        i = at;
        break;
      }
    }
  }
  return truncated;
}

let crcTable: Uint32Array | null = null;
function crc32(b: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function verifyPng(b: Uint8Array): StructureReport {
  let i = 8;
  while (i + 12 <= b.length) {
    const length = u32be(b, i);
    const end = i + 12 + length;
    if (end > b.length) return truncated;
    if (crc32(b, i + 4, i + 8 + length) !== u32be(b, i + 8 + length)) return corrupt;
    if (b[i + 4] === 0x49 && b[i + 5] === 0x45 && b[i + 6] === 0x4e && b[i + 7] === 0x44) return ok; // IEND
    i = end;
  }
  return truncated;
}

function verifyWebp(b: Uint8Array): StructureReport {
  if (b.length < 12) return truncated;
  return u32le(b, 4) + 8 <= b.length ? ok : truncated;
}

function verifyBmp(b: Uint8Array): StructureReport {
  if (b.length < 30) return truncated;
  const dataOffset = u32le(b, 10);
  const infoSize = u32le(b, 14);
  if (infoSize === 12) return dataOffset <= b.length ? ok : truncated;
  const width = Math.abs(b[18]! | (b[19]! << 8) | (b[20]! << 16) | (b[21]! << 24));
  const height = Math.abs(b[22]! | (b[23]! << 8) | (b[24]! << 16) | (b[25]! << 24));
  const bitsPerPixel = b[28]! | (b[29]! << 8);
  const compression = b.length >= 34 ? u32le(b, 30) : 0;
  // Uncompressed rows are padded to 4 bytes; compressed bitmaps say their own data size.
  const dataSize =
    compression === 0 || compression === 3
      ? Math.ceil((width * bitsPerPixel) / 32) * 4 * height
      : b.length >= 38
        ? u32le(b, 34)
        : 0;
  return dataOffset + dataSize <= b.length ? ok : truncated;
}

// ISO base media (HEIC, AVIF): top-level boxes must tile the file exactly.
function verifyIsoBmff(b: Uint8Array): StructureReport {
  let i = 0;
  while (i < b.length) {
    if (i + 8 > b.length) return truncated;
    let size = u32be(b, i);
    if (size === 1) {
      if (i + 16 > b.length) return truncated;
      size = u32be(b, i + 8) * 2 ** 32 + u32be(b, i + 12);
    } else if (size === 0) {
      return ok; // the last box runs to the end of the file
    }
    if (size < 8) return corrupt;
    i += size;
  }
  return i === b.length ? ok : truncated;
}

function verifyGif(b: Uint8Array): StructureReport {
  return b[b.length - 1] === 0x3b ? ok : truncated;
}

/** Checks that a whole file of the given format is complete. Unknown formats are not judged. */
export function verifyStructure(bytes: Uint8Array, format: SniffedFormat): StructureReport {
  switch (format) {
    case 'jpeg':
      return verifyJpeg(bytes);
    case 'png':
      return verifyPng(bytes);
    case 'webp':
      return verifyWebp(bytes);
    case 'bmp':
      return verifyBmp(bytes);
    case 'heic':
    case 'avif':
      return verifyIsoBmff(bytes);
    case 'gif':
      return verifyGif(bytes);
    default:
      return ok;
  }
}
