// The checks that need only the file's name, size and first bytes.
import { result, type CheckResult } from './checks';
import { SIZE_MAX_BINARY, SIZE_MAX_DECIMAL, SIZE_MIN_BINARY, SIZE_MIN_DECIMAL } from './limits';
import { isAccepted, type SniffedFormat } from './sniff-format';

export function checkFormat(format: SniffedFormat): CheckResult {
  if (isAccepted(format)) return result('format', 'pass', { code: 'format-accepted', format });
  if (format === 'empty') return result('format', 'fail', { code: 'format-empty' });
  return result('format', 'fail', { code: 'format-refused', format });
}

/** Size rule, read both ways: 55 KB–5 MB with 1 KB = 1000 bytes and with 1 KB = 1024 bytes. */
export function checkSize(bytes: number): CheckResult {
  if (bytes < SIZE_MIN_DECIMAL) return result('size', 'fail', { code: 'size-too-small', bytes });
  if (bytes < SIZE_MIN_BINARY) return result('size', 'warn', { code: 'size-low-band', bytes });
  if (bytes <= SIZE_MAX_DECIMAL) return result('size', 'pass', { code: 'size-ok', bytes });
  if (bytes <= SIZE_MAX_BINARY) return result('size', 'warn', { code: 'size-high-band', bytes });
  return result('size', 'fail', { code: 'size-too-big', bytes });
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
  if (!isAccepted(format)) {
    if (imageExtensions.has(extension)) {
      return result('extension', 'fail', { code: 'extension-disguised', extension, format });
    }
    return result('extension', 'skip', { code: 'extension-not-applicable' });
  }
  const expected = extensionsFor[format] ?? [];
  if (expected.includes(extension)) {
    return result('extension', 'pass', { code: 'extension-matches', extension });
  }
  return result('extension', 'fail', { code: 'extension-wrong', extension, format });
}
