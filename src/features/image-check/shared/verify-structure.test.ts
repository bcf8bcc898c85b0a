import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { verifyStructure } from './verify-structure';

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function crc32(bytes: number[]): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: number[]) {
  const body = [...ascii(type), ...data];
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}
function png(): Uint8Array {
  const ihdr = [...be32(2), ...be32(2), 8, 2, 0, 0, 0];
  const idat = [...deflateSync(Buffer.from([0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12]))];
  return new Uint8Array([
    0x89,
    ...ascii('PNG'),
    13,
    10,
    26,
    10,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', idat),
    ...chunk('IEND', []),
  ]);
}

// SOI, a quantisation table, a frame header, a scan with stuffed and restart bytes, EOI.
const jpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 1, 0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0, 0xff, 0xda,
  0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9,
]);

describe('verifyStructure', () => {
  it('accepts a complete JPEG, even with data after its end (motion photos)', () => {
    expect(verifyStructure(jpeg, 'jpeg')).toEqual({ ok: true });
    expect(
      verifyStructure(new Uint8Array([...jpeg, 0, 0, 0, 24, ...ascii('ftypmp42')]), 'jpeg'),
    ).toEqual({ ok: true });
  });

  it('finds a cut-off JPEG at any point', () => {
    for (const cut of [3, 10, 25, 33, jpeg.length - 1]) {
      expect(verifyStructure(jpeg.subarray(0, cut), 'jpeg'), `cut at ${cut}`).toEqual({
        ok: false,
        problem: 'truncated',
      });
    }
  });

  it('accepts a complete PNG, and finds a cut or damaged one', () => {
    const file = png();
    expect(verifyStructure(file, 'png')).toEqual({ ok: true });
    expect(verifyStructure(file.subarray(0, file.length - 5), 'png')).toEqual({
      ok: false,
      problem: 'truncated',
    });
    const damaged = Uint8Array.from(file);
    damaged[40] = damaged[40]! ^ 0xff;
    expect(verifyStructure(damaged, 'png')).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('checks HEIF boxes tile the file', () => {
    const box = (type: string, length: number) => [
      ...be32(length),
      ...ascii(type),
      ...new Array(length - 8).fill(0),
    ];
    const heic = new Uint8Array([...box('ftyp', 16), ...box('meta', 40), ...box('mdat', 100)]);
    expect(verifyStructure(heic, 'heic')).toEqual({ ok: true });
    expect(verifyStructure(heic.subarray(0, 120), 'heic')).toEqual({
      ok: false,
      problem: 'truncated',
    });
  });

  it('checks RIFF and BMP sizes', () => {
    const webp = new Uint8Array([
      ...ascii('RIFF'),
      12,
      0,
      0,
      0,
      ...ascii('WEBP'),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(verifyStructure(webp, 'webp')).toEqual({ ok: true });
    expect(verifyStructure(webp.subarray(0, 15), 'webp')).toEqual({
      ok: false,
      problem: 'truncated',
    });
    const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
    const bmpHeader = [
      ...ascii('BM'),
      ...le32(0),
      0,
      0,
      0,
      0,
      ...le32(54),
      ...le32(40),
      ...le32(2),
      ...le32(2),
      1,
      0,
      24,
      0,
      ...le32(0),
      ...le32(0),
      ...new Array(16).fill(0),
    ];
    const bmp = new Uint8Array([...bmpHeader, ...new Array(16).fill(0)]);
    expect(verifyStructure(bmp, 'bmp')).toEqual({ ok: true });
    expect(verifyStructure(bmp.subarray(0, 60), 'bmp')).toEqual({
      ok: false,
      problem: 'truncated',
    });
  });
});
