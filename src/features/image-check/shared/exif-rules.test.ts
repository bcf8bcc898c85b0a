import { describe, expect, it } from 'vitest';
import { checkEdited, checkMirror, emptyMetadata, normalizeMetadata } from './exif-rules';
import { exifSegment, jpegWith, xmpSegment } from './jpeg-metadata.test-helpers';
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
    const check = checkMirror({ ...emptyMetadata, camera: ['iPhone 12 front camera 2.87mm f/2.2'] });
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/selfie/);
  });

  it('passes a file without metadata', () => {
    expect(checkMirror(emptyMetadata).status).toBe('pass');
  });
});

describe('checkEdited', () => {
  it.each(['Adobe Photoshop 25.0 (Windows)', 'GIMP 2.10.36', 'Adobe Photoshop Lightroom Classic 13.0', 'Meitu'])('warns for %s', (software) => {
    const check = checkEdited({ ...emptyMetadata, software: [software] });
    expect(check.status).toBe('warn');
    expect(check.message).toContain(software);
  });

  it.each(['G998BXXU5CVDD', '17.1.2', 'HDR+ 1.0.540104767zd', 'Android'])('passes phone firmware %s', (software) => {
    expect(checkEdited({ ...emptyMetadata, software: [software] }).status).toBe('pass');
  });
});

describe('normalizeMetadata', () => {
  it('reads exifr output, grouped or merged, and ignores junk', () => {
    expect(normalizeMetadata({ ifd0: { Orientation: 5, Software: 'GIMP 2.10' }, exif: { LensModel: 'front camera' } })).toEqual({
      orientation: 5,
      software: ['GIMP 2.10'],
      camera: ['front camera'],
      photoshopFields: false,
    });
    expect(normalizeMetadata({ Orientation: 'Mirror horizontal' }).orientation).toBe(2);
    expect(normalizeMetadata({ xmp: { CreatorTool: 'Adobe Photoshop CC' } }).software).toEqual(['Adobe Photoshop CC']);
    expect(normalizeMetadata({ photoshop: { ColorMode: 3 } }).photoshopFields).toBe(true);
    expect(normalizeMetadata(null)).toEqual(emptyMetadata);
    expect(normalizeMetadata('nonsense')).toEqual(emptyMetadata);
  });
});

describe('readMetadata (exifr on real bytes)', () => {
  it('finds a mirroring orientation and an editor in EXIF', async () => {
    const metadata = await readMetadata(jpegWith(exifSegment({ orientation: 2, software: 'Adobe Photoshop 25.0' })));
    expect(metadata?.orientation).toBe(2);
    expect(checkMirror(metadata!).status).toBe('fail');
    expect(checkEdited(metadata!).status).toBe('warn');
  });

  it('finds the front camera in the Exif IFD', async () => {
    const metadata = await readMetadata(jpegWith(exifSegment({ orientation: 1, lensModel: 'iPhone 12 front camera 2.87mm f/2.2' })));
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
