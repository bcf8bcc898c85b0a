import { describe, expect, it } from 'vitest';
import { checkExtension, checkFormat, checkSize, extensionOf, formatBytes } from './file-rules';

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

  it('says why the band between the readings only warns', () => {
    expect(checkSize(55_500).message).toMatch(/1,024 bytes/);
    expect(checkSize(5_100_000).message).toMatch(/5,000,000 bytes or less/);
  });
});

describe('formatBytes', () => {
  it('reads like a person would', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(56_320)).toBe('56 KB');
    expect(formatBytes(5_242_880)).toBe('5.2 MB');
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
    expect(check.message).toMatch(/really a PNG image/);
  });
  it('fails a PDF named like a picture, and skips a PDF named as one', () => {
    expect(checkExtension('scan.jpg', 'pdf').status).toBe('fail');
    expect(checkExtension('scan.pdf', 'pdf').status).toBe('skip');
  });
  it('fails an SVG drawing or a GIF named like a picture, and says what it really is', () => {
    const svg = checkExtension('certificate.png', 'svg');
    expect(svg.status).toBe('fail');
    expect(svg.message).toMatch(/ends in “\.png” but the file is really an SVG drawing/);
    expect(checkExtension('scan.JPG', 'pdf').message).toMatch(/really a PDF document/);
    expect(checkExtension('polyglot.gif', 'gif').status).toBe('skip');
  });
  it('fails a name without an ending', () => {
    expect(checkExtension('photo', 'jpeg').status).toBe('fail');
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('a.tar.gz')).toBe('gz');
  });
});

describe('checkFormat', () => {
  it('says what the file really is', () => {
    expect(checkFormat('gif').message).toMatch(/GIF/);
    expect(checkFormat('empty').message).toMatch(/empty/);
    expect(checkFormat('unknown').status).toBe('fail');
    expect(checkFormat('webp').status).toBe('pass');
  });
});
