import { describe, expect, it } from 'vitest';
import { byteSize } from './byte-size';
import { checkExtension, checkFormat, checkSize, extensionOf } from './file-rules';

describe('checkSize: 55 KB to 5 MB, read with 1000 and with 1024', () => {
  it.each([
    [0, 'fail'],
    [54_999, 'fail'],
    [55_000, 'warn'],
    [56_319, 'warn'],
    [56_320, 'pass'],
    [1_234_567, 'pass'],
    [5_000_000, 'pass'],
    [5_000_001, 'warn'],
    [5_242_880, 'warn'],
    [5_242_881, 'fail'],
    [200_000_000, 'fail'],
  ] as const)('%i bytes → %s', (bytes, status) => {
    expect(checkSize(bytes).status).toBe(status);
  });

  it('names each band by a code and carries the exact size', () => {
    expect(checkSize(40_000).message).toEqual({ code: 'size-too-small', bytes: 40_000 });
    expect(checkSize(55_500).message).toEqual({ code: 'size-low-band', bytes: 55_500 });
    expect(checkSize(1_234_567).message).toEqual({ code: 'size-ok', bytes: 1_234_567 });
    expect(checkSize(5_100_000).message).toEqual({ code: 'size-high-band', bytes: 5_100_000 });
    expect(checkSize(6_000_000).message).toEqual({ code: 'size-too-big', bytes: 6_000_000 });
  });
});

describe('byteSize', () => {
  it('reads like a person would, rounding down (1 KB = 1000 bytes)', () => {
    expect(byteSize(812)).toEqual({ value: 812, unit: 'byte', fractionDigits: 0 });
    expect(byteSize(56_320)).toEqual({ value: 56, unit: 'KB', fractionDigits: 0 });
    expect(byteSize(5_242_880)).toEqual({ value: 5.2, unit: 'MB', fractionDigits: 1 });
    expect(byteSize(5_099_999)).toEqual({ value: 5, unit: 'MB', fractionDigits: 1 });
  });
});

describe('checkExtension', () => {
  it('matches jpg and jpeg to JPEG, whatever the case', () => {
    expect(checkExtension('ID.JPG', 'jpeg').status).toBe('pass');
    expect(checkExtension('id.Jpeg', 'jpeg').status).toBe('pass');
    expect(checkExtension('id.heic', 'heic').status).toBe('pass');
  });
  it('fails a renamed file and names the real format', () => {
    const check = checkExtension('licence.jpg', 'png');
    expect(check.status).toBe('fail');
    expect(check.message).toEqual({ code: 'extension-wrong', extension: 'jpg', format: 'png' });
  });
  it('fails a PDF named like a picture, and skips a PDF named as one', () => {
    expect(checkExtension('scan.jpg', 'pdf').status).toBe('fail');
    expect(checkExtension('scan.pdf', 'pdf').status).toBe('skip');
  });
  it('fails an SVG drawing or a GIF named like a picture, and says what it really is', () => {
    const svg = checkExtension('certificate.png', 'svg');
    expect(svg.status).toBe('fail');
    expect(svg.message).toEqual({ code: 'extension-disguised', extension: 'png', format: 'svg' });
    expect(checkExtension('scan.JPG', 'pdf').message).toEqual({
      code: 'extension-disguised',
      extension: 'jpg',
      format: 'pdf',
    });
    expect(checkExtension('polyglot.gif', 'gif').status).toBe('skip');
  });
  it('fails a name without an ending', () => {
    expect(checkExtension('photo', 'jpeg')).toMatchObject({
      status: 'fail',
      message: { code: 'extension-wrong', extension: '', format: 'jpeg' },
    });
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('a.tar.gz')).toBe('gz');
  });
});

describe('checkFormat', () => {
  it('says what the file really is', () => {
    expect(checkFormat('gif').message).toEqual({ code: 'format-refused', format: 'gif' });
    expect(checkFormat('empty').message).toEqual({ code: 'format-empty' });
    expect(checkFormat('jpeg').message).toEqual({ code: 'format-accepted', format: 'jpeg' });
    expect(checkFormat('unknown').status).toBe('fail');
    expect(checkFormat('webp').status).toBe('pass');
  });
});
