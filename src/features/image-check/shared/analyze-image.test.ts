import { describe, expect, it } from 'vitest';
import { analyzeImage, type FileSource, type ImageIO } from './analyze-image';
import { ImageCheckError } from './errors';
import { certificate, crop, documentPage, onTable } from './synthetic-images.test-helpers';

function source(
  name: string,
  bytes: Uint8Array,
  size = bytes.length,
): FileSource & { bytesRead: number } {
  const s = {
    name,
    size,
    bytesRead: 0,
    async read(_signal: AbortSignal, start: number, end: number) {
      s.bytesRead += end - start;
      const out = new Uint8Array(end - start);
      out.set(bytes.subarray(start, Math.min(end, bytes.length)));
      return out;
    },
  };
  return s;
}

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
function pngHeader(width: number, height: number, padTo: number) {
  const out = new Uint8Array(padTo);
  out.set([
    0x89,
    0x50,
    0x4e,
    0x47,
    13,
    10,
    26,
    10,
    ...be32(13),
    0x49,
    0x48,
    0x44,
    0x52,
    ...be32(width),
    ...be32(height),
  ]);
  return out;
}

const page = documentPage(640, 480);
const io = (overrides: Partial<ImageIO> = {}): ImageIO & { decodes: number } => {
  const fake = {
    decodes: 0,
    readMetadata: async () => null,
    decode: async () => {
      fake.decodes++;
      return { width: 1600, height: 1200, pixels: page };
    },
    ...overrides,
  };
  return fake;
};

const status = (report: Awaited<ReturnType<typeof analyzeImage>>) =>
  Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

describe('analyzeImage', () => {
  const signal = new AbortController().signal;

  it('refuses to decode a decompression bomb, from its header alone', async () => {
    const fake = io();
    const report = await analyzeImage(
      signal,
      source('bomb.png', pngHeader(20000, 20000, 40_000)),
      'unknown',
      fake,
    );
    expect(fake.decodes).toBe(0);
    expect(status(report)).toMatchObject({
      format: 'pass',
      size: 'fail',
      decode: 'warn',
      dimensions: 'fail',
      color: 'skip',
    });
    const message = (id: string) => report.checks.find((c) => c.id === id)?.message;
    expect(message('decode')).toEqual({
      code: 'decode-too-many-pixels',
      width: 20000,
      height: 20000,
      megapixels: 400,
    });
    // No camera takes 400 million pixels: the picture size says why this is not a photo.
    expect(message('dimensions')).toEqual({
      code: 'dimensions-too-large',
      width: 20000,
      height: 20000,
      megapixels: 400,
    });
    expect(message('color')).toEqual({ code: 'pixels-not-decoded' });
    expect(message('seal')).toEqual({ code: 'seal-not-applicable' });
    expect(report.verdict).toBe('fail');
  });

  it('reads only the head of a 200 MB file of zeros', async () => {
    const file = source('photo.jpg', new Uint8Array(0), 200_000_000);
    const report = await analyzeImage(signal, file, 'unknown', io());
    expect(file.bytesRead).toBeLessThanOrEqual(256 * 1024);
    expect(status(report)).toMatchObject({
      format: 'fail',
      extension: 'fail',
      size: 'fail',
      decode: 'skip',
    });
  });

  it('fails an empty file with its own message', async () => {
    const report = await analyzeImage(
      signal,
      source('empty.jpg', new Uint8Array(0)),
      'unknown',
      io(),
    );
    expect(report.checks.find((c) => c.id === 'format')?.message).toEqual({ code: 'format-empty' });
    expect(report.verdict).toBe('fail');
  });

  it('skips mirror and edited, saying why, when the metadata is damaged or unreadable', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const damaged = await analyzeImage(
      signal,
      source('x.jpg', jpeg),
      'unknown',
      io({
        readMetadata: async () => ({
          software: [],
          camera: [],
          photoshopFields: false,
          damaged: true,
        }),
      }),
    );
    expect(status(damaged)).toMatchObject({ mirror: 'skip', edited: 'skip' });
    expect(damaged.checks.find((c) => c.id === 'mirror')?.message).toEqual({
      code: 'mirror-damaged',
    });
    // exifr throwing outright is not the person's problem either: the check still ends.
    const thrown = await analyzeImage(
      signal,
      source('x.jpg', jpeg),
      'unknown',
      io({
        readMetadata: async () => {
          throw new RangeError('Offset is outside the bounds of the DataView');
        },
      }),
    );
    expect(status(thrown)).toMatchObject({ format: 'pass', mirror: 'pass', edited: 'pass' });
  });

  it('turns a decoder failure into a failed decode check', async () => {
    const file = pngHeader(1600, 1200, 60_000);
    const report = await analyzeImage(
      signal,
      source('x.png', file),
      'unknown',
      io({
        decode: async () => {
          throw new ImageCheckError('decode-failed', 'nope');
        },
      }),
    );
    // A PNG with no IEND is found truncated before decoding is even tried.
    expect(status(report).decode).toBe('fail');
    expect(report.convertible).toBe(false);
  });

  it('offers conversion when only format, name or size fail', async () => {
    const gif = new Uint8Array(80_000);
    gif.set([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x06, 0xb0, 0x04]);
    gif[gif.length - 1] = 0x3b;
    const report = await analyzeImage(signal, source('licence.gif', gif), 'business-license', io());
    expect(status(report)).toMatchObject({
      format: 'fail',
      extension: 'skip',
      decode: 'pass',
      color: 'pass',
      seal: 'pass',
    });
    expect(report.convertible).toBe(true);
  });

  it('checks the whole certificate is in the picture, and says where it is cut off', async () => {
    const corners = [
      { x: 110, y: 130 },
      { x: 835, y: 100 },
      { x: 865, y: 595 },
      { x: 90, y: 615 },
    ];
    const cut = crop(onTable(certificate(1200, 800), 960, 720, corners), 230, 0, 730, 720);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const report = await analyzeImage(
      signal,
      source('cut.jpg', jpeg),
      'unknown',
      io({ decode: async () => ({ width: 1460, height: 1440, pixels: cut }) }),
    );
    expect(report.checks.find((c) => c.id === 'complete')).toEqual({
      id: 'complete',
      status: 'fail',
      message: { code: 'complete-cut', sides: ['left'] },
    });
    expect(report.verdict).toBe('fail');
    expect(report.picture).toMatchObject({ width: 730, height: 720 });
    expect(report.picture?.outline?.length).toBeGreaterThanOrEqual(4);
    expect(report.picture?.cut?.[0]?.side).toBe('left');

    // A page that fills the picture: cannot tell, said so; nothing to draw but the picture size.
    const scan = await analyzeImage(signal, source('scan.jpg', jpeg), 'unknown', io());
    expect(scan.checks.find((c) => c.id === 'complete')?.message).toEqual({
      code: 'complete-fills-frame',
    });
    expect(scan.picture).toEqual({ width: 640, height: 480 });
  });

  it('skips the whole-certificate check, saying why, when the picture is not looked at', async () => {
    const report = await analyzeImage(
      signal,
      source('bomb.png', pngHeader(20000, 20000, 40_000)),
      'unknown',
      io(),
    );
    expect(report.checks.find((c) => c.id === 'complete')).toEqual({
      id: 'complete',
      status: 'skip',
      message: { code: 'pixels-not-decoded' },
    });
    expect(report.picture).toBeUndefined();
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      analyzeImage(controller.signal, source('a.png', pngHeader(10, 10, 100)), 'unknown', io()),
    ).rejects.toMatchObject({ code: 'aborted' });
  });
});
