import { describe, expect, it } from 'vitest';
import { checkEdited, checkMirror, emptyMetadata, normalizeMetadata } from './exif-rules';
import { exifSegment, jpegWith, xmpSegment } from './jpeg-metadata.test-helpers';
import { emptyXmpSegment, phoneExifSegment } from './phone-exif.test-helpers';
import { readMetadata } from './read-metadata';

describe('checkMirror', () => {
  it.each([
    [1, 'pass'],
    [2, 'fail'],
    [3, 'pass'],
    [4, 'fail'],
    [5, 'fail'],
    [6, 'pass'],
    [7, 'fail'],
    [8, 'pass'],
  ] as const)('orientation %i → %s', (orientation, status) => {
    expect(checkMirror({ ...emptyMetadata, orientation }).status).toBe(status);
  });

  it('warns about the front camera', () => {
    const check = checkMirror({
      ...emptyMetadata,
      camera: ['iPhone 12 front camera 2.87mm f/2.2'],
    });
    expect(check.status).toBe('warn');
    expect(check.message).toEqual({ code: 'mirror-front-camera' });
  });

  it('passes a file without metadata', () => {
    expect(checkMirror(emptyMetadata).status).toBe('pass');
  });
});

describe('checkEdited', () => {
  it.each([
    'Adobe Photoshop 25.0 (Windows)',
    'GIMP 2.10.36',
    'Adobe Photoshop Lightroom Classic 13.0',
    'Meitu',
  ])('warns for %s', (software) => {
    const check = checkEdited({ ...emptyMetadata, software: [software] });
    expect(check.status).toBe('warn');
    expect(check.message).toEqual({ code: 'edited-editor', software });
  });

  it.each(['G998BXXU5CVDD', '17.1.2', 'HDR+ 1.0.540104767zd', 'Android'])(
    'passes phone firmware %s',
    (software) => {
      expect(checkEdited({ ...emptyMetadata, software: [software] }).status).toBe('pass');
    },
  );
});

describe('normalizeMetadata', () => {
  it('reads exifr output, grouped or merged, and ignores junk', () => {
    expect(
      normalizeMetadata({
        ifd0: { Orientation: 5, Software: 'GIMP 2.10' },
        exif: { LensModel: 'front camera' },
      }),
    ).toEqual({
      orientation: 5,
      software: ['GIMP 2.10'],
      camera: ['front camera'],
      photoshopFields: false,
    });
    expect(normalizeMetadata({ Orientation: 'Mirror horizontal' }).orientation).toBe(2);
    expect(normalizeMetadata({ xmp: { CreatorTool: 'Adobe Photoshop CC' } }).software).toEqual([
      'Adobe Photoshop CC',
    ]);
    expect(normalizeMetadata({ photoshop: { ColorMode: 3 } }).photoshopFields).toBe(true);
    expect(normalizeMetadata(null)).toEqual(emptyMetadata);
    expect(normalizeMetadata('nonsense')).toEqual(emptyMetadata);
  });
});

describe('readMetadata (exifr on real bytes)', () => {
  it('finds a mirroring orientation and an editor in EXIF', async () => {
    const metadata = await readMetadata(
      jpegWith(exifSegment({ orientation: 2, software: 'Adobe Photoshop 25.0' })),
    );
    expect(metadata?.orientation).toBe(2);
    expect(checkMirror(metadata!).status).toBe('fail');
    expect(checkEdited(metadata!).status).toBe('warn');
  });

  it('finds the front camera in the Exif IFD', async () => {
    const metadata = await readMetadata(
      jpegWith(exifSegment({ orientation: 1, lensModel: 'iPhone 12 front camera 2.87mm f/2.2' })),
    );
    expect(checkMirror(metadata!).status).toBe('warn');
  });

  it('finds an editor in XMP', async () => {
    const metadata = await readMetadata(jpegWith(xmpSegment('GIMP 2.10.36')));
    expect(checkEdited(metadata!).status).toBe('warn');
  });

  it('returns null for a JPEG without metadata', async () => {
    expect(await readMetadata(jpegWith())).toBeNull();
  });
});

describe('readMetadata on malformed EXIF (offsets past the end)', () => {
  const u16 = (n: number) => [n & 255, (n >> 8) & 255];
  const u32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
  const entry = (id: number, type: number, count: number, value: number) => [
    ...u16(id),
    ...u16(type),
    ...u32(count),
    ...u32(value),
  ];
  const app1 = (tiff: number[]) => {
    const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
    return [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255, ...payload];
  };
  const ii = [0x49, 0x49, 0x2a, 0];

  it.each([
    ['IFD0 at 4 GB', app1([...ii, ...u32(0xfffffff0)])],
    ['IFD0 just past the segment', app1([...ii, ...u32(100)])],
    ['big-endian IFD0 past the end', app1([0x4d, 0x4d, 0, 0x2a, 0xff, 0xff, 0xff, 0x00])],
    [
      '65535 entries claimed, one present',
      app1([...ii, ...u32(8), ...u16(0xffff), ...entry(0x0112, 3, 1, 2)]),
    ],
    [
      'value, Exif IFD and next-IFD offsets past the end',
      app1([
        ...ii,
        ...u32(8),
        ...u16(4),
        ...entry(0x010f, 2, 0x7fffffff, 5000),
        ...entry(0x0112, 3, 1, 2),
        ...entry(0x0131, 2, 1000, 0xffffff00),
        ...entry(0x8769, 4, 1, 0x7ffffff0),
        ...u32(0xfffffff0),
      ]),
    ],
    [
      'Exif IFD past the end',
      app1([...ii, ...u32(8), ...u16(1), ...entry(0x8769, 4, 1, 60000), ...u32(0)]),
    ],
    [
      'segment length past the end',
      [0xff, 0xe1, 0xff, 0xff, ...new TextEncoder().encode('Exif'), 0, 0, ...ii, ...u32(8)],
    ],
  ])(
    'does not throw or hang on %s, and the checks still answer with a message',
    async (_name, segment) => {
      const started = Date.now();
      const metadata = await readMetadata(Buffer.from(jpegWith(segment)));
      expect(Date.now() - started).toBeLessThan(1000);
      for (const check of [
        checkMirror(metadata ?? emptyMetadata),
        checkEdited(metadata ?? emptyMetadata),
      ]) {
        expect(['pass', 'skip']).toContain(check.status);
        expect(check.message.code).toMatch(/^(mirror|edited)-(ok|damaged)$/);
      }
    },
  );

  it('says when unreadable metadata kept it from checking mirroring and editing', async () => {
    const metadata = await readMetadata(
      jpegWith(
        app1([
          ...ii,
          ...u32(8),
          ...u16(2),
          ...entry(0x010f, 2, 0x7fffffff, 5000),
          ...entry(0x0112, 3, 1, 2),
          ...u32(0),
        ]),
      ),
    );
    expect(metadata?.damaged).toBe(true);
    expect(checkMirror(metadata!)).toEqual({
      id: 'mirror',
      status: 'skip',
      message: { code: 'mirror-damaged' },
    });
    expect(checkEdited(metadata!)).toEqual({
      id: 'edited',
      status: 'skip',
      message: { code: 'edited-damaged' },
    });
  });

  it('still fails a mirrored orientation it could read despite damage elsewhere', () => {
    const metadata = normalizeMetadata({
      ifd0: { Orientation: 2 },
      errors: [new Error('Invalid TIFF value offset')],
    });
    expect(metadata.damaged).toBe(true);
    expect(checkMirror(metadata).status).toBe('fail');
    expect(checkEdited({ ...metadata, software: ['Adobe Photoshop 25.0'] }).status).toBe('warn');
  });

  it('is not damaged when exifr reports no errors', () => {
    expect(normalizeMetadata({ ifd0: { Orientation: 1 }, errors: [] }).damaged).toBeUndefined();
  });
});

describe('readMetadata on healthy phone EXIF (MakerNote, thumbnail, vendor tags)', () => {
  const read = async (options: Parameters<typeof phoneExifSegment>[0]) =>
    (await readMetadata(jpegWith(phoneExifSegment(options))))!;

  it('reads a 2017 Android phone block whole, and calls nothing damaged', async () => {
    const metadata = await read({ lensModel: 'rear camera 4.2mm f/1.7' });
    expect(metadata).toEqual({
      orientation: 6,
      software: ['G950FXXU1AQI7'],
      camera: ['SM-G950F', 'rear camera 4.2mm f/1.7'],
      photoshopFields: false,
    });
    expect(checkMirror(metadata).status).toBe('pass');
    expect(checkEdited(metadata).status).toBe('pass');
  });

  it.each([
    ['vendor tags of unknown types or with values past the segment', { vendorQuirks: true }],
    ['a MakerNote whose value lies past the segment', { makerNotePastEnd: true }],
    ['a thumbnail that runs past the segment', { thumbnailOverrun: 20_000 }],
    [
      'all of these at once',
      { vendorQuirks: true, makerNotePastEnd: true, thumbnailOverrun: 20_000 },
    ],
  ])('is not damaged by %s, and still reads what the checks need', async (_, quirks) => {
    const metadata = await read({ ...quirks, orientation: 2, lensModel: 'front camera' });
    expect(metadata.damaged).toBeUndefined();
    expect(metadata.orientation).toBe(2);
    expect(metadata.software).toEqual(['G950FXXU1AQI7']);
    expect(metadata.camera).toContain('front camera');
    expect(checkMirror(metadata).status).toBe('fail');
  });

  it('still calls a value past the end of the segment damaged when the checks read it', async () => {
    const metadata = await read({ modelPastEnd: true });
    expect(metadata.damaged).toBe(true);
    expect(checkMirror(metadata).message).toEqual({ code: 'mirror-damaged' });
    expect(checkEdited(metadata).message).toEqual({ code: 'edited-damaged' });
  });

  it('calls an Exif IFD past the end damaged, keeping what IFD0 says', async () => {
    const metadata = await read({ exifIfdPastEnd: true, orientation: 4 });
    expect(metadata.damaged).toBe(true);
    expect(metadata.orientation).toBe(4);
    expect(checkMirror(metadata).status).toBe('fail');
    expect(checkEdited(metadata).status).toBe('skip');
  });

  it('is not damaged by the empty XMP packet a Nexus 5X writes (exifr throws on it)', async () => {
    const metadata = (await readMetadata(
      jpegWith(
        phoneExifSegment({ make: 'LGE', model: 'Nexus 5X', orientation: 1, software: 'HDR+ 1.0' }),
        emptyXmpSegment(),
      ),
    ))!;
    expect(metadata).toEqual({
      orientation: 1,
      software: ['HDR+ 1.0'],
      camera: ['Nexus 5X'],
      photoshopFields: false,
    });
    expect(checkMirror(metadata).status).toBe('pass');
    expect(checkEdited(metadata).status).toBe('pass');
  });

  it('ignores errors exifr lists about blocks the checks never read', () => {
    for (const error of [
      'Invalid TIFF value offset. block: IFD1, tag: 202, type: 4, offset 90000 is outside of chunk size 60000',
      new Error('Invalid TIFF value type. block: MAKERNOTE, tag: 35, type: 0, offset 0'),
      'Invalid TIFF value offset. block: GPS, tag: 2, type: 5, offset 99999 is outside of chunk size 1000',
      'invalid stored block lengths',
      new TypeError('Cannot convert undefined or null to object'),
    ]) {
      expect(
        normalizeMetadata({ ifd0: { Orientation: 1 }, errors: [error] }).damaged,
      ).toBeUndefined();
    }
    expect(
      normalizeMetadata({
        ifd0: { Orientation: 1 },
        errors: ['Invalid TIFF value offset. block: IFD0, tag: 131, type: 2, offset 99999'],
      }).damaged,
    ).toBe(true);
  });
});
