// Big pictures: a 108 MP phone photo is judged on a copy scaled while decoding, not skipped; a
// picture bigger than any camera takes is refused, saying why.
import { describe, expect, it } from 'vitest';
import { analyzeImage, type FileSource, type ImageIO } from './analyze-image';
import { documentPage } from './synthetic-images.test-helpers';

/** A JPEG whose frame header says `width` × `height`: enough to size it and check its ending. */
function jpegOfSize(width: number, height: number, bytes = 3_000_000): Uint8Array {
  const out = new Uint8Array(bytes);
  out.set([
    0xff,
    0xd8,
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
  ]);
  out.set([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0], 21);
  out.set([0xff, 0xd9], bytes - 2);
  return out;
}

const source = (name: string, bytes: Uint8Array): FileSource => ({
  name,
  size: bytes.length,
  read: async (_signal, start, end) => bytes.slice(start, end),
});

const page = documentPage(640, 480);
function io(scalesJpeg: boolean): ImageIO & { decodes: number } {
  const fake = {
    decodes: 0,
    scalesJpeg,
    readMetadata: async () => null,
    decode: async () => {
      fake.decodes++;
      return { width: 12000, height: 9000, pixels: page };
    },
  };
  return fake;
}

const statuses = (report: Awaited<ReturnType<typeof analyzeImage>>) =>
  Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

describe('big pictures', () => {
  const signal = new AbortController().signal;

  it('judges a 108 MP JPEG on a scaled copy where the browser scales while decoding', async () => {
    const fake = io(true);
    const report = await analyzeImage(
      signal,
      source('photo.jpg', jpegOfSize(12000, 9000)),
      'unknown',
      fake,
    );
    expect(fake.decodes).toBe(1);
    expect(statuses(report)).toMatchObject({
      decode: 'pass',
      dimensions: 'pass',
      color: 'pass',
      sharpness: 'pass',
      exposure: 'pass',
    });
  });

  it('does not decode it at full size where the browser cannot scale while decoding', async () => {
    const fake = io(false);
    const report = await analyzeImage(
      signal,
      source('photo.jpg', jpegOfSize(12000, 9000)),
      'unknown',
      fake,
    );
    expect(fake.decodes).toBe(0);
    expect(report.checks.find((c) => c.id === 'decode')?.message).toEqual({
      code: 'decode-too-many-pixels',
      width: 12000,
      height: 9000,
      megapixels: 108,
    });
  });

  it('refuses a 400 MP JPEG, saying no camera takes pictures that big', async () => {
    const fake = io(true);
    const report = await analyzeImage(
      signal,
      source('bomb.jpg', jpegOfSize(20000, 20000)),
      'unknown',
      fake,
    );
    expect(fake.decodes).toBe(0);
    expect(report.checks.find((c) => c.id === 'dimensions')).toEqual({
      id: 'dimensions',
      status: 'fail',
      message: { code: 'dimensions-too-large', width: 20000, height: 20000, megapixels: 400 },
    });
    expect(report.verdict).toBe('fail');
  });
});
