import { describe, expect, it } from 'vitest';
import { isAccepted, sniffFormat } from './sniff-format';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
const sniff = (b: Uint8Array) => sniffFormat(b, b.length);

function ftyp(major: string, ...compatible: string[]) {
  const size = 16 + compatible.length * 4;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'meta');
}

describe('sniffFormat', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['tiff', bytes('II', [0x2a, 0, 8, 0, 0, 0])],
    ['tiff', bytes('MM', [0, 0x2a, 0, 0, 0, 8])],
    ['bmp', bytes('BM', [0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0])],
    ['heic', ftyp('heic', 'mif1', 'heic')],
    ['heic', ftyp('mif1', 'mif1', 'heic')],
    ['avif', ftyp('avif', 'mif1', 'avif')],
    ['avif', ftyp('mif1', 'mif1', 'avif', 'miaf')],
    ['pdf', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    [
      'svg',
      bytes(
        [0xef, 0xbb, 0xbf],
        '<?xml version="1.0"?>\n<!-- made by hand -->\n<svg width="10"></svg>',
      ),
    ],
    ['text', bytes('Hello, this is a note, not a picture.\n')],
    ['text', bytes('BM is how this text starts, but it is not a bitmap.')],
    ['unknown', bytes([0, 0, 0, 0, 0, 0, 0, 0])],
    ['unknown', bytes([0x12, 0x9a, 0x00, 0xfe, 0x33, 0x01, 0x07])],
  ] as const)('recognises %s', (format, head) => {
    expect(sniff(head)).toBe(format);
  });

  it('calls a GIF that is also JavaScript a GIF', () => {
    // "GIF89a/*…*/=1;…//" : the width bytes open a JS comment, a GIF comment block closes it.
    const script = "*/=1;document.title='polyglot ran';//";
    const polyglot = bytes(
      'GIF89a/*',
      [0x0a, 0x00, 0x80, 0x00, 0x00, 0, 0, 0, 0xff, 0xff, 0xff],
      [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00],
      [0x21, 0xfe, script.length],
      script,
      [0x00, 0x3b],
    );
    // It really is both: it compiles as a script (never called here)…
    expect(() => new Function(String.fromCharCode(...polyglot))).not.toThrow();
    // …and is sniffed by its magic bytes, as a format we do not accept.
    expect(sniff(polyglot)).toBe('gif');
    expect(isAccepted(sniff(polyglot))).toBe(false);
  });

  it('finds a PDF and an SVG with a script whatever they are padded with', () => {
    const pdf = bytes(
      `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${'% padding\n'.repeat(500)}%%EOF\n`,
    );
    expect(sniff(pdf)).toBe('pdf');
    // Binary junk before the header (allowed within the first 1 KB).
    expect(sniff(bytes([0, 1, 2, 0xff, 0xfe], '%PDF-1.7\n'))).toBe('pdf');
    const svg = bytes(
      `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="fetch('https://evil.example')"><script>alert(1)</script>${'<!-- padding -->'.repeat(400)}</svg>`,
    );
    expect(sniff(svg)).toBe('svg');
  });

  it('calls a zero-byte file empty', () => {
    expect(sniffFormat(new Uint8Array(0), 0)).toBe('empty');
  });

  it('never trusts a name: a PNG is a PNG whatever it is called', () => {
    // sniffFormat takes no name at all; this documents the rule.
    expect(sniffFormat.length).toBe(2);
  });

  it('accepts only the five upload formats', () => {
    expect(['jpeg', 'png', 'bmp', 'heic', 'webp'].every((f) => isAccepted(f as never))).toBe(true);
    expect(
      ['gif', 'tiff', 'pdf', 'svg', 'avif', 'text', 'empty', 'unknown'].some((f) =>
        isAccepted(f as never),
      ),
    ).toBe(false);
  });
});
