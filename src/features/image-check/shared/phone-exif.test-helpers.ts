// Builds the EXIF block a phone camera writes, for tests: IFD0 with Make/Model/Orientation/
// Software, an Exif IFD with exposure values, a MakerNote, UserComment, vendor tags and Padding,
// GPS and Interop IFDs, and IFD1 with a JPEG thumbnail. Quirks seen in real phone files can be
// switched on (a MakerNote whose own offsets point anywhere, a thumbnail running past the segment,
// vendor tags of unknown types or with offsets past the end), as can real damage.

type Value =
  | { type: 1 | 7; bytes: number[] }
  | { type: 2; text: string }
  | { type: 3; values: number[] }
  | { type: 4; values: number[] }
  | { type: 5; values: [number, number][] }
  /** A raw entry: any type, count and value/offset field, for quirks and damage. */
  | { type: 'raw'; rawType: number; count: number; offset: number };
type Entry = { tag: number; value: Value };

const u16 = (n: number) => [n & 255, (n >> 8) & 255];
const u32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];

function valueBytes(value: Exclude<Value, { type: 'raw' }>): {
  type: number;
  count: number;
  data: number[];
} {
  switch (value.type) {
    case 1:
    case 7:
      return { type: value.type, count: value.bytes.length, data: value.bytes };
    case 2: {
      const data = [...new TextEncoder().encode(value.text), 0];
      return { type: 2, count: data.length, data };
    }
    case 3:
      return { type: 3, count: value.values.length, data: value.values.flatMap(u16) };
    case 4:
      return { type: 4, count: value.values.length, data: value.values.flatMap(u32) };
    case 5:
      return {
        type: 5,
        count: value.values.length,
        data: value.values.flatMap(([n, d]) => [...u32(n), ...u32(d)]),
      };
  }
}

/**
 * Lays out an IFD at `offset` (from the TIFF header): entries, next-IFD pointer, then the values
 * that do not fit in 4 bytes. Pointers to other IFDs are resolved by the caller through `patch`.
 */
function layoutIfd(entries: Entry[], offset: number, next: number) {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const tableSize = 2 + sorted.length * 12 + 4;
  const table: number[] = [...u16(sorted.length)];
  const extra: number[] = [];
  const positions = new Map<number, number>();
  for (const { tag, value } of sorted) {
    positions.set(tag, offset + table.length + 8);
    if (value.type === 'raw') {
      table.push(...u16(tag), ...u16(value.rawType), ...u32(value.count), ...u32(value.offset));
      continue;
    }
    const { type, count, data } = valueBytes(value);
    table.push(...u16(tag), ...u16(type), ...u32(count));
    if (data.length <= 4) table.push(...data, ...new Array(4 - data.length).fill(0));
    else {
      table.push(...u32(offset + tableSize + extra.length));
      extra.push(...data);
      if (extra.length % 2) extra.push(0); // values start on a word boundary
    }
  }
  table.push(...u32(next));
  return { bytes: [...table, ...extra], positions };
}

export interface PhoneExifOptions {
  make?: string;
  model?: string;
  orientation?: number;
  software?: string;
  lensModel?: string;
  /** Thumbnail JPEG bytes in IFD1 (default: a small fake JPEG). */
  thumbnailBytes?: number;
  /** IFD1's thumbnail length claims this many bytes more than the segment holds (benign). */
  thumbnailOverrun?: number;
  /** The MakerNote's own value offset points past the segment (benign: we never read it). */
  makerNotePastEnd?: boolean;
  /** Vendor tags: one of an unknown type, one whose value lies past the segment (benign). */
  vendorQuirks?: boolean;
  /** Real damage: the Model value points past the end of the segment. */
  modelPastEnd?: boolean;
  /** Real damage: the Exif IFD pointer points past the end of the segment. */
  exifIfdPastEnd?: boolean;
  /** Real damage: IFD0 claims more entries than the segment holds. */
  ifd0Truncated?: boolean;
}

/** An APP1 "Exif" segment (marker included) laid out like a phone camera's. */
export function phoneExifSegment(options: PhoneExifOptions = {}): number[] {
  const {
    make = 'samsung',
    model = 'SM-G950F',
    orientation = 6,
    software = 'G950FXXU1AQI7',
    thumbnailBytes = 6000,
  } = options;
  const ascii = (text: string): Value => ({ type: 2, text });
  const rational = (n: number, d: number): Value => ({ type: 5, values: [[n, d]] });

  // Placeholders for pointers: the layout is done twice, the second time with real offsets.
  const build = (ptr: { exif: number; gps: number; interop: number; ifd1: number }) => {
    const ifd0: Entry[] = [
      { tag: 0x010f, value: ascii(make) },
      {
        tag: 0x0110,
        value: options.modelPastEnd
          ? { type: 'raw', rawType: 2, count: model.length + 1, offset: 0x00ff_fff0 }
          : ascii(model),
      },
      { tag: 0x0112, value: { type: 3, values: [orientation] } },
      { tag: 0x011a, value: rational(72, 1) },
      { tag: 0x011b, value: rational(72, 1) },
      { tag: 0x0128, value: { type: 3, values: [2] } },
      { tag: 0x0131, value: ascii(software) },
      { tag: 0x0132, value: ascii('2017:09:30 14:03:11') },
      { tag: 0x0213, value: { type: 3, values: [1] } },
      {
        tag: 0x8769,
        value: { type: 4, values: [options.exifIfdPastEnd ? 0x7fff_0000 : ptr.exif] },
      },
      { tag: 0x8825, value: { type: 4, values: [ptr.gps] } },
    ];
    if (options.vendorQuirks) {
      // A vendor tag of a type TIFF does not define, and one whose value lies past the segment.
      ifd0.push({ tag: 0xc4a5, value: { type: 'raw', rawType: 0, count: 1, offset: 0 } });
      ifd0.push({
        tag: 0xea1c,
        value: { type: 'raw', rawType: 7, count: 2060, offset: 0x0010_0000 },
      });
    }
    const makerNote: Value = options.makerNotePastEnd
      ? { type: 'raw', rawType: 7, count: 3000, offset: 0x00ff_0000 }
      : {
          // A Samsung-style MakerNote: an IFD whose offsets are relative to the MakerNote itself,
          // so read as TIFF offsets they point anywhere.
          type: 7,
          bytes: [
            ...u16(3),
            ...[0x0001, 7, 4, 0x30313030].flatMap((n, i) => (i < 2 ? u16(n) : u32(n))),
            ...[0x0002, 4, 1, 0x0001_0000].flatMap((n, i) => (i < 2 ? u16(n) : u32(n))),
            ...[0x0035, 7, 900, 0x0fff_ff00].flatMap((n, i) => (i < 2 ? u16(n) : u32(n))),
            ...u32(0),
            ...new Array(60).fill(0xa5),
          ],
        };
    const exif: Entry[] = [
      { tag: 0x829a, value: rational(1, 120) },
      { tag: 0x829d, value: rational(17, 10) },
      { tag: 0x8822, value: { type: 3, values: [2] } },
      { tag: 0x8827, value: { type: 3, values: [100] } },
      { tag: 0x9000, value: { type: 7, bytes: [...new TextEncoder().encode('0220')] } },
      { tag: 0x9003, value: ascii('2017:09:30 14:03:11') },
      { tag: 0x9004, value: ascii('2017:09:30 14:03:11') },
      { tag: 0x9209, value: { type: 3, values: [0] } },
      { tag: 0x920a, value: rational(420, 100) },
      { tag: 0x927c, value: makerNote },
      {
        tag: 0x9286,
        value: {
          type: 7,
          bytes: [...new TextEncoder().encode('ASCII\0\0\0'), ...new Array(40).fill(0x20)],
        },
      },
      { tag: 0xa000, value: { type: 7, bytes: [...new TextEncoder().encode('0100')] } },
      { tag: 0xa001, value: { type: 3, values: [1] } },
      { tag: 0xa002, value: { type: 4, values: [4032] } },
      { tag: 0xa003, value: { type: 4, values: [3024] } },
      { tag: 0xa005, value: { type: 4, values: [ptr.interop] } },
      { tag: 0xa420, value: ascii('E13LLKA01SM E13LLKA01SM') },
    ];
    if (options.lensModel) exif.push({ tag: 0xa434, value: ascii(options.lensModel) });
    if (options.vendorQuirks) {
      exif.push({
        tag: 0xa500,
        value: { type: 'raw', rawType: 0x4d, count: 4, offset: 0xffff_ffff },
      });
      exif.push({ tag: 0xea1c, value: { type: 7, bytes: new Array(2060).fill(0) } });
    }
    const gps: Entry[] = [
      { tag: 0x0000, value: { type: 1, bytes: [2, 2, 0, 0] } },
      { tag: 0x0001, value: ascii('N') },
      {
        tag: 0x0002,
        value: {
          type: 5,
          values: [
            [31, 1],
            [14, 1],
            [1234, 100],
          ],
        },
      },
    ];
    const interop: Entry[] = [
      { tag: 0x0001, value: ascii('R98') },
      { tag: 0x0002, value: { type: 7, bytes: [...new TextEncoder().encode('0100')] } },
    ];
    const thumb = [
      0xff,
      0xd8,
      ...new Array(Math.max(0, thumbnailBytes - 4)).fill(0x11),
      0xff,
      0xd9,
    ];
    const ifd1 = (thumbAt: number): Entry[] => [
      { tag: 0x0103, value: { type: 3, values: [6] } },
      { tag: 0x011a, value: rational(72, 1) },
      { tag: 0x011b, value: rational(72, 1) },
      { tag: 0x0128, value: { type: 3, values: [2] } },
      { tag: 0x0201, value: { type: 4, values: [thumbAt] } },
      { tag: 0x0202, value: { type: 4, values: [thumb.length + (options.thumbnailOverrun ?? 0)] } },
    ];

    let at = 8;
    const ifd0Laid = layoutIfd(ifd0, at, ptr.ifd1);
    at += ifd0Laid.bytes.length;
    const exifAt = at;
    const exifLaid = layoutIfd(exif, at, 0);
    at += exifLaid.bytes.length;
    const gpsAt = at;
    const gpsLaid = layoutIfd(gps, at, 0);
    at += gpsLaid.bytes.length;
    const interopAt = at;
    const interopLaid = layoutIfd(interop, at, 0);
    at += interopLaid.bytes.length;
    const ifd1At = at;
    const ifd1Size = layoutIfd(ifd1(0), at, 0).bytes.length;
    const thumbAt = at + ifd1Size;
    const ifd1Laid = layoutIfd(ifd1(thumbAt), at, 0);
    let ifd0Bytes = ifd0Laid.bytes;
    if (options.ifd0Truncated) ifd0Bytes = [...u16(400), ...ifd0Bytes.slice(2)];
    const tiff = [
      0x49,
      0x49,
      0x2a,
      0,
      ...u32(8),
      ...ifd0Bytes,
      ...exifLaid.bytes,
      ...gpsLaid.bytes,
      ...interopLaid.bytes,
      ...ifd1Laid.bytes,
      ...thumb,
    ];
    return { tiff, pointers: { exif: exifAt, gps: gpsAt, interop: interopAt, ifd1: ifd1At } };
  };
  const first = build({ exif: 0, gps: 0, interop: 0, ifd1: 0 });
  const { tiff } = build(first.pointers);
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const length = payload.length + 2;
  return [0xff, 0xe1, length >> 8, length & 255, ...payload];
}

/** The empty XMP packet a Nexus 5X (Google Camera, 2017) writes after its EXIF. */
export function emptyXmpSegment(): number[] {
  const xml =
    '<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?> <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 5.5.0"> <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"> <rdf:Description rdf:about=""/> </rdf:RDF> </x:xmpmeta>   <?xpacket end="w"?>';
  const payload = [
    ...new TextEncoder().encode('http://ns.adobe.com/xap/1.0/'),
    0,
    ...new TextEncoder().encode(xml),
  ];
  const length = payload.length + 2;
  return [0xff, 0xe1, length >> 8, length & 255, ...payload];
}
