import { describe, expect, it } from 'vitest';
import { readDimensions } from './read-dimensions';

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('readDimensions', () => {
  it('reads PNG IHDR, even for a 20000 × 20000 bomb', () => {
    const head = new Uint8Array([
      0x89,
      ...ascii('PNG'),
      13,
      10,
      26,
      10,
      ...be32(13),
      ...ascii('IHDR'),
      ...be32(20000),
      ...be32(20000),
    ]);
    expect(readDimensions(head, 'png')).toEqual({ width: 20000, height: 20000 });
  });

  it('finds the JPEG frame header after an APP segment', () => {
    const app = [0xff, 0xe1, 0, 6, 1, 2, 3, 4];
    const sof = [
      0xff,
      0xc2,
      0,
      17,
      8,
      ...[0x0b, 0xb8],
      ...[0x0f, 0xa0],
      3,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
    ];
    const head = new Uint8Array([0xff, 0xd8, ...app, ...sof]);
    expect(readDimensions(head, 'jpeg')).toEqual({ width: 4000, height: 3000 });
  });

  it('reads a BMP with a negative (top-down) height', () => {
    const head = new Uint8Array([
      ...ascii('BM'),
      ...le32(0),
      0,
      0,
      0,
      0,
      ...le32(54),
      ...le32(40),
      ...le32(640),
      ...le32(-480 >>> 0),
      1,
      0,
      24,
      0,
    ]);
    expect(readDimensions(head, 'bmp')).toEqual({ width: 640, height: 480 });
  });

  it('reads each WebP flavour', () => {
    const vp8x = new Uint8Array([
      ...ascii('RIFF'),
      0,
      0,
      0,
      0,
      ...ascii('WEBPVP8X'),
      10,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      99,
      0,
      0,
      49,
      0,
      0,
    ]);
    expect(readDimensions(vp8x, 'webp')).toEqual({ width: 100, height: 50 });
    const vp8 = new Uint8Array([
      ...ascii('RIFF'),
      0,
      0,
      0,
      0,
      ...ascii('WEBPVP8 '),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0x9d,
      0x01,
      0x2a,
      ...le16(321),
      ...le16(123),
    ]);
    expect(readDimensions(vp8, 'webp')).toEqual({ width: 321, height: 123 });
    const bits = (300 - 1) | ((200 - 1) << 14);
    const vp8l = new Uint8Array([
      ...ascii('RIFF'),
      0,
      0,
      0,
      0,
      ...ascii('WEBPVP8L'),
      0,
      0,
      0,
      0,
      0x2f,
      ...le32(bits),
      0,
      0,
      0,
      0,
    ]);
    expect(readDimensions(vp8l, 'webp')).toEqual({ width: 300, height: 200 });
  });

  it('takes the largest HEIF ispe (the main image, not its thumbnail)', () => {
    const ispe = (w: number, h: number) => [
      ...be32(20),
      ...ascii('ispe'),
      0,
      0,
      0,
      0,
      ...be32(w),
      ...be32(h),
    ];
    const head = new Uint8Array([
      ...be32(24),
      ...ascii('ftypheic'),
      0,
      0,
      0,
      0,
      ...ascii('mif1heic'),
      ...ispe(320, 240),
      ...ispe(4032, 3024),
    ]);
    expect(readDimensions(head, 'heic')).toEqual({ width: 4032, height: 3024 });
  });

  it('returns null when the header does not say', () => {
    expect(readDimensions(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'jpeg')).toBeNull();
    expect(readDimensions(new Uint8Array(10), 'pdf')).toBeNull();
  });
});
