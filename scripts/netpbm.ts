// ImageMagick's netpbm output as RGBA: how the evaluations (scripts/*.eval.ts) decode pictures
// in Node, standing in for the browser's decoder.

/**
 * Reads ImageMagick's binary netpbm output: "P6 w h 255" then RGB bytes, or "P5 …" then one grey
 * byte a pixel (it writes grey pictures as PGM even when asked for PPM). Returns RGBA.
 */
export function parseNetpbm(bytes: Buffer): {
  width: number;
  height: number;
  data: Uint8ClampedArray;
} {
  // Header: magic, width, height, maxval, separated by white space; "#" starts a comment line.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4 && at < bytes.length) {
    const c = bytes[at]!;
    if (c === 0x23) while (at < bytes.length && bytes[at] !== 0x0a) at++;
    else if (c <= 0x20) at++;
    else {
      const start = at;
      while (at < bytes.length && bytes[at]! > 0x20) at++;
      fields.push(bytes.toString('latin1', start, at));
    }
  }
  const [magic, w, h, maxval] = fields;
  if ((magic !== 'P6' && magic !== 'P5') || maxval !== '255') {
    throw new Error(`ImageMagick did not return an 8-bit PPM or PGM (${fields.join(' ')})`);
  }
  const channels = magic === 'P6' ? 3 : 1;
  const width = Number(w);
  const height = Number(h);
  const samples = bytes.subarray(at + 1); // one white-space byte ends the header
  if (samples.length < width * height * channels) throw new Error('ImageMagick output cut short');
  const data = new Uint8ClampedArray(width * height * 4);
  const grey = channels === 1;
  for (let i = 0, j = 0; i < data.length; i += 4, j += channels) {
    data[i] = samples[j]!;
    data[i + 1] = samples[grey ? j : j + 1]!;
    data[i + 2] = samples[grey ? j : j + 2]!;
    data[i + 3] = 255;
  }
  return { width, height, data };
}
