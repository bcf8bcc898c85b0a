// The checks that need only the file's name, size and first bytes.
import { result, type CheckResult } from './checks';
import { SIZE_MAX_BINARY, SIZE_MAX_DECIMAL, SIZE_MIN_BINARY, SIZE_MIN_DECIMAL } from './limits';
import { formatNames, isAccepted, type SniffedFormat } from './sniff-format';

/** "1.2 MB", "56 KB", "812 bytes": sizes as a person reads them (1 KB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${Math.floor(bytes / 1000)} KB`;
  return `${(Math.floor(bytes / 100_000) / 10).toFixed(1)} MB`;
}

const exact = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;

export function checkFormat(format: SniffedFormat): CheckResult {
  if (isAccepted(format))
    return result('format', 'pass', `This file is ${formatNames[format]}, an accepted format.`);
  if (format === 'empty') {
    return result(
      'format',
      'fail',
      'This file is empty: it has no picture in it. Choose the photo or scan itself.',
    );
  }
  return result(
    'format',
    'fail',
    `This file is ${formatNames[format]}, which is not accepted. Save the picture as JPG, PNG, BMP, HEIC or WebP.`,
  );
}

/** Size rule, read both ways: 55 KB–5 MB with 1 KB = 1000 bytes and with 1 KB = 1024 bytes. */
export function checkSize(bytes: number): CheckResult {
  const size = `${formatBytes(bytes)} (${exact(bytes)})`;
  if (bytes < SIZE_MIN_DECIMAL) {
    return result(
      'size',
      'fail',
      `The file is ${size}, smaller than the 55 KB minimum. Use a sharper, larger photo or scan.`,
    );
  }
  if (bytes < SIZE_MIN_BINARY) {
    return result(
      'size',
      'warn',
      `The file is ${size}: just above 55 KB if 1 KB is 1,000 bytes, but below it if 1 KB is 1,024 bytes. To be safe, make it at least 56,320 bytes.`,
    );
  }
  if (bytes <= SIZE_MAX_DECIMAL)
    return result('size', 'pass', `The file is ${size}, within 55 KB to 5 MB.`);
  if (bytes <= SIZE_MAX_BINARY) {
    return result(
      'size',
      'warn',
      `The file is ${size}: under 5 MB if 1 MB is 1,048,576 bytes, but over it if 1 MB is 1,000,000 bytes. To be safe, make it 5,000,000 bytes or less.`,
    );
  }
  return result(
    'size',
    'fail',
    `The file is ${size}, larger than the 5 MB maximum. Make a smaller copy of the same picture.`,
  );
}

/** The name endings that go with each accepted format; case does not matter. */
const extensionsFor: Record<string, readonly string[]> = {
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  bmp: ['bmp'],
  heic: ['heic', 'heif'],
  webp: ['webp'],
};
const imageExtensions = new Set(Object.values(extensionsFor).flat());

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function checkExtension(fileName: string, format: SniffedFormat): CheckResult {
  const extension = extensionOf(fileName);
  const shown = extension ? `“.${extension}”` : 'no ending';
  if (!isAccepted(format)) {
    if (imageExtensions.has(extension)) {
      return result(
        'extension',
        'fail',
        `The name ends in ${shown} but the file is really ${formatNames[format]}. Renaming a file does not change its format: convert it instead.`,
      );
    }
    return result(
      'extension',
      'skip',
      'The name cannot match, because the format itself is not accepted.',
    );
  }
  const expected = extensionsFor[format] ?? [];
  if (expected.includes(extension)) {
    return result('extension', 'pass', `The name ends in ${shown}, which matches the real format.`);
  }
  return result(
    'extension',
    'fail',
    `The name has ${shown}, but the file is really ${formatNames[format]}, so the upload will refuse it. Do not just rename it: save a copy in an accepted format.`,
  );
}
