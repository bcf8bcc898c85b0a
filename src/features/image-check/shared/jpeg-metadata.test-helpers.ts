// Builds JPEG metadata segments for tests: an EXIF APP1 with a few tags and an XMP APP1.

type Tag = { id: number; type: 2 | 3; value: string | number };

function ifd(tags: Tag[], offset: number, next = 0): { bytes: number[]; size: number } {
  // Little-endian IFD: count, 12-byte entries, next-IFD offset, then string values.
  const entries: number[] = [];
  const extra: number[] = [];
  const base = offset + 2 + tags.length * 12 + 4;
  const u16 = (n: number) => [n & 255, (n >> 8) & 255];
  const u32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
  for (const tag of [...tags].sort((a, b) => a.id - b.id)) {
    if (tag.type === 3) {
      entries.push(...u16(tag.id), ...u16(3), ...u32(1), ...u16(tag.value as number), 0, 0);
    } else {
      const text = [...new TextEncoder().encode(String(tag.value)), 0];
      entries.push(...u16(tag.id), ...u16(2), ...u32(text.length));
      if (text.length <= 4) entries.push(...text, ...new Array(4 - text.length).fill(0));
      else {
        entries.push(...u32(base + extra.length));
        extra.push(...text);
      }
    }
  }
  const bytes = [...u16(tags.length), ...entries, ...u32(next), ...extra];
  return { bytes, size: bytes.length };
}

export function exifSegment({
  orientation,
  software,
  lensModel,
}: {
  orientation?: number;
  software?: string;
  lensModel?: string;
}): number[] {
  const ifd0Tags: Tag[] = [];
  if (orientation) ifd0Tags.push({ id: 0x0112, type: 3, value: orientation });
  if (software) ifd0Tags.push({ id: 0x0131, type: 2, value: software });
  const hasExif = Boolean(lensModel);
  // Pointer to the Exif IFD is patched after IFD0's size is known.
  if (hasExif) ifd0Tags.push({ id: 0x8769, type: 3, value: 0 });
  let first = ifd(ifd0Tags, 8);
  let tiff: number[];
  if (hasExif) {
    const exifOffset = 8 + first.size;
    const pointer = ifd0Tags.find((t) => t.id === 0x8769)!;
    pointer.value = exifOffset; // LONG would be proper; SHORT works for offsets under 64 KB in exifr
    first = ifd(ifd0Tags, 8);
    const exifIfd = ifd([{ id: 0xa434, type: 2, value: lensModel! }], exifOffset);
    tiff = [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, ...first.bytes, ...exifIfd.bytes];
  } else {
    tiff = [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, ...first.bytes];
  }
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const length = payload.length + 2;
  return [0xff, 0xe1, length >> 8, length & 255, ...payload];
}

export function xmpSegment(creatorTool: string): number[] {
  const xml = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="${creatorTool}"/></rdf:RDF></x:xmpmeta>`;
  const payload = [
    ...new TextEncoder().encode('http://ns.adobe.com/xap/1.0/'),
    0,
    ...new TextEncoder().encode(xml),
  ];
  const length = payload.length + 2;
  return [0xff, 0xe1, length >> 8, length & 255, ...payload];
}

/** A metadata-only JPEG: enough for exifr, not a picture. */
export function jpegWith(...segments: number[][]): Uint8Array {
  return new Uint8Array([0xff, 0xd8, ...segments.flat(), 0xff, 0xd9]);
}
