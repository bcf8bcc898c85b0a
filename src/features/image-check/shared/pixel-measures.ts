// Pixel statistics over an RGBA buffer: plain loops, no browser APIs, so they run in the worker
// and in Node tests alike. Colour, light and the seal are measured on the analysis copy
// (≤ ANALYSIS_LONG_SIDE); sharpness on the detail copy (≤ about twice that), where small print
// still has its strokes.
import {
  ANALYSIS_LONG_SIDE,
  COLOUR_BLOCK,
  COLOUR_DARK_DEVIATION_SHARE,
  COLOUR_GREY_FILE_SHARE,
  COLOUR_GREY_MAX_DEVIATION,
  COLOUR_MAX_PAPER_TINT,
  COLOUR_MIN_BLOCK_DEVIATION,
  COLOUR_MIN_DARK_DEVIATION,
  COLOUR_MIN_DEVIATION,
  EXPOSURE_LIT_MAX_LUMA,
  EXPOSURE_MIN_PRINT_BLOCKS,
  EXPOSURE_PRINT_CONTRAST,
  GLARE_BLOCK,
  GLARE_BLOCK_SHARE,
  GLARE_LUMA,
  REGION_INSET,
  SEAL_MIN_RED,
  SEAL_RED_OVER_BLUE,
  SEAL_RED_OVER_GREEN,
  SHARPNESS_EDGE_MIN_CONTRAST,
  SHARPNESS_EDGE_MIN_SLOPE,
  SHARPNESS_MAX_WALK,
  SHARPNESS_MIN_DIRECTION_EDGES,
  SHARPNESS_PRINT_CONTRAST_SHARE,
  SHARPNESS_TEXT_TILE_SHARE,
  SHARPNESS_TILE,
} from './limits';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom (ImageData layout). */
  data: Uint8ClampedArray | Uint8Array;
}

/**
 * Where the document is, in the analysis copy's pixels: the outline's corners in order (a polygon;
 * `find-outline.ts` gives one when it finds the certificate). Pixel measures then judge what lies
 * inside, and sharpness looks for text only there.
 */
export type Region = readonly { x: number; y: number }[];

export interface MeasureOptions {
  /**
   * The same picture at a higher resolution, for sharpness (defaults to the analysis copy). Small
   * print that melts into grey at ANALYSIS_LONG_SIDE keeps its strokes here.
   */
  detail?: Pixels;
  /** The document's outline in the analysis copy, when known. */
  region?: Region | null;
  /** Whether to look for seal red (only some documents carry a seal); default true. */
  seal?: boolean;
}

export interface PixelMeasures {
  /** Share of distinctly coloured pixels (or averaged blocks) in the whole picture. */
  colourShare: number;
  /** The same inside the region (the document); equal to colourShare without a region. */
  documentColourShare: number;
  /**
   * Every pixel lies on one line of greys (pure or tinted): a grey file, or a black-and-white copy
   * scanned or saved in one tint. A camera's colour sensor always leaves some colour noise.
   */
  monochrome: boolean;
  /**
   * Width (10–90 %) of the text's edges, in the direction where they are widest (a shaken phone
   * smears one way only), or null when too few edges were found. In pixels of a copy whose longer
   * side is ANALYSIS_LONG_SIDE (or of the picture itself, when smaller): a phone photo is judged
   * at the size it is read, whatever its resolution.
   */
  blurWidth: number | null;
  /** The same, across vertical strokes (x) and across horizontal strokes (y). */
  blurWidthX: number | null;
  blurWidthY: number | null;
  /** How many edges the blur was measured on. */
  edgeCount: number;
  /** Share of the document (or picture) washed out by glare: featureless white with soft edges. */
  glareShare: number;
  /** Share of the document (or picture) blown out to featureless white, glare or not. */
  blownShare: number;
  /**
   * How dark the print is: over the squares with print in them, the median of each square's 5th
   * percentile of luma. 255 when almost nothing is printed (or all of it is washed away).
   */
  printLuma: number;
  /** How bright the paper is: the 90th percentile of the document's block means (0–255). */
  paperLuma: number;
  /** Mean luminance of the document (or picture), 0–255. */
  meanLuma: number;
  /** Share of seal-red pixels; null when not looked for (a document without a seal). */
  redShare: number | null;
}

/** Rec. 601 luma, as integer weights summing to 256. */
export function toLuma(pixels: Pixels): Uint8Array {
  const { data, width, height } = pixels;
  const luma = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < luma.length; p++, i += 4) {
    luma[p] = (77 * data[i]! + 150 * data[i + 1]! + 29 * data[i + 2]!) >> 8;
  }
  return luma;
}

/** Ray casting: is (x, y) inside the polygon? */
export function insideRegion(region: Region, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = region.length - 1; i < region.length; j = i++) {
    const a = region[i]!;
    const b = region[j]!;
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** A region needs three corners; anything else means "the whole picture". */
const usable = (region: Region | null | undefined): region is Region =>
  !!region && region.length >= 3;

/**
 * The region pulled in toward its centre by REGION_INSET of its size: an outline found on a small
 * copy is a few pixels off, and the desk just outside must not count as the document's colour or
 * light.
 */
function inset(region: Region): Region {
  const cx = region.reduce((sum, p) => sum + p.x, 0) / region.length;
  const cy = region.reduce((sum, p) => sum + p.y, 0) / region.length;
  return region.map((p) => ({
    x: p.x + (cx - p.x) * REGION_INSET,
    y: p.y + (cy - p.y) * REGION_INSET,
  }));
}

export interface ColourMeasures {
  colourShare: number;
  documentColourShare: number;
  monochrome: boolean;
}

/**
 * Colour. The paper's tint is taken from the brightest blocks (white balance: a yellowed copy or a
 * warm lamp tints the paper and the ink alike), then a pixel is coloured when it strays from the
 * grey of that tint at its brightness by COLOUR_MIN_DEVIATION. Blocks averaged over
 * COLOUR_BLOCK² pixels count too, with a lower bar: noise averages out, so a wooden desk or a
 * hand, weakly coloured over a large area, shows as colour where single pixels would not.
 */
export function measureColourEvidence(pixels: Pixels, region?: Region | null): ColourMeasures {
  const { data, width, height } = pixels;
  // Every other row: shares and block means come out the same, at half the cost.
  const ROW_STEP = 2;
  const count = width * Math.ceil(height / ROW_STEP);
  if (count === 0) return { colourShare: 0, documentColourShare: 0, monochrome: true };
  const B = COLOUR_BLOCK;
  const bw = Math.ceil(width / B);
  const bh = Math.ceil(height / B);
  const sums = new Float64Array(bw * bh * 4); // r, g, b, n
  for (let y = 0; y < height; y += ROW_STEP) {
    const rowBlock = ((y / B) | 0) * bw;
    for (let bx = 0; bx < bw; bx++) {
      const b4 = (rowBlock + bx) * 4;
      let r = 0;
      let g = 0;
      let b = 0;
      const end = Math.min(width, (bx + 1) * B);
      for (let x = bx * B, i = (y * width + x) * 4; x < end; x++, i += 4) {
        r += data[i]!;
        g += data[i + 1]!;
        b += data[i + 2]!;
      }
      sums[b4] = sums[b4]! + r;
      sums[b4 + 1] = sums[b4 + 1]! + g;
      sums[b4 + 2] = sums[b4 + 2]! + b;
      sums[b4 + 3] = sums[b4 + 3]! + (end - bx * B);
    }
  }
  // Paper tint: the mean chromaticity of the brightest fifth of the blocks.
  const blockCount = bw * bh;
  const brightness = new Float64Array(blockCount);
  for (let b = 0; b < blockCount; b++) {
    const n = sums[b * 4 + 3]! || 1;
    brightness[b] = (sums[b * 4]! + sums[b * 4 + 1]! + sums[b * 4 + 2]!) / n;
  }
  const sorted = Float64Array.from(brightness).sort();
  const cut = sorted[Math.floor(sorted.length * 0.8)]!;
  let tr = 0;
  let tg = 0;
  let tb = 0;
  for (let b = 0; b < blockCount; b++) {
    if (brightness[b]! < cut || brightness[b]! < 60) continue;
    tr += sums[b * 4]!;
    tg += sums[b * 4 + 1]!;
    tb += sums[b * 4 + 2]!;
  }
  let total = tr + tg + tb;
  if (total === 0 || Math.hypot(tr / total - 1 / 3, tg / total - 1 / 3) > COLOUR_MAX_PAPER_TINT) {
    // No paper, or a strong colour everywhere: judge against neutral grey.
    tr = tg = tb = 1;
    total = 3;
  }
  const kr = tr / total;
  const kg = tg / total;
  const kb = tb / total;
  const deviation = (r: number, g: number, b: number) => {
    const s = r + g + b;
    return Math.max(Math.abs(r - s * kr), Math.abs(g - s * kg), Math.abs(b - s * kb));
  };

  const inRegion = usable(region) ? inset(region) : null;
  let coloured = 0;
  let colouredInside = 0;
  let inside = 0;
  let grey = 0;
  for (let y = 0; y < height; y += ROW_STEP) {
    const sampleRow = inRegion !== null && (y & 3) === 0;
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      const sum = r + g + b;
      const dr = r - sum * kr;
      const dg = g - sum * kg;
      const db = b - sum * kb;
      let d = dr < 0 ? -dr : dr;
      if (dg > d) d = dg;
      else if (-dg > d) d = -dg;
      if (db > d) d = db;
      else if (-db > d) d = -db;
      if (d <= COLOUR_GREY_MAX_DEVIATION) {
        grey++;
        continue; // nowhere near coloured
      }
      const max = r > g ? (r > b ? r : b) : g > b ? g : b;
      // In dark parts colour is weaker in absolute terms: judge it relative to brightness there,
      // with a floor above sensor noise.
      const bar = Math.min(
        COLOUR_MIN_DEVIATION,
        Math.max(COLOUR_MIN_DARK_DEVIATION, max * COLOUR_DARK_DEVIATION_SHARE),
      );
      if (d >= bar) coloured++;
    }
    if (sampleRow) {
      // The region test is costly: sample it on a 4-pixel grid.
      for (let x = 0; x < width; x += 4) {
        if (!insideRegion(inRegion, x + 2, y + 2)) continue;
        inside++;
        const i = (y * width + x) * 4;
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        const d = deviation(r, g, b);
        const bar = Math.min(
          COLOUR_MIN_DEVIATION,
          Math.max(COLOUR_MIN_DARK_DEVIATION, Math.max(r, g, b) * COLOUR_DARK_DEVIATION_SHARE),
        );
        if (d > COLOUR_GREY_MAX_DEVIATION && d >= bar) colouredInside++;
      }
    }
  }
  let colouredBlocks = 0;
  let colouredBlocksInside = 0;
  let blocksInside = 0;
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      const b4 = (by * bw + bx) * 4;
      const n = sums[b4 + 3]!;
      const d = deviation(sums[b4]! / n, sums[b4 + 1]! / n, sums[b4 + 2]! / n);
      const isColoured = n >= (B * B) / ROW_STEP / 2 && d >= COLOUR_MIN_BLOCK_DEVIATION;
      if (isColoured) colouredBlocks++;
      if (inRegion && insideRegion(inRegion, bx * B + B / 2, by * B + B / 2)) {
        blocksInside++;
        if (isColoured) colouredBlocksInside++;
      }
    }
  }
  const colourShare = Math.max(coloured / count, colouredBlocks / blockCount);
  const documentColourShare = inRegion
    ? Math.max(
        colouredInside / Math.max(1, inside),
        colouredBlocksInside / Math.max(1, blocksInside),
      )
    : colourShare;
  return { colourShare, documentColourShare, monochrome: grey / count >= COLOUR_GREY_FILE_SHARE };
}

/** Share of distinctly coloured pixels (see measureColourEvidence). */
export function measureColour(pixels: Pixels): number {
  return measureColourEvidence(pixels).colourShare;
}

interface EdgeScan {
  widthsX: number[];
  widthsY: number[];
  /** Each edge's contrast, in the same order as its width. */
  contrastsX: number[];
  contrastsY: number[];
}

/**
 * Walks from an edge centre along the gradient to where the edge ends (its darkest and lightest
 * points), over a profile summed across three lines (noise averages out). Noise wiggles up to
 * `tolerance` and flat stretches end the walk; returns the position of the extreme value.
 */
function walkTo(
  v: (k: number) => number,
  start: number,
  direction: 1 | -1,
  toward: 1 | -1,
  limit: number,
  tolerance: number,
): number {
  let best = toward * v(start);
  let bestAt = start;
  let flat = 0;
  for (let step = 1, k = start + direction; step <= SHARPNESS_MAX_WALK; step++, k += direction) {
    if (k < 0 || k >= limit) break;
    const value = toward * v(k);
    if (value > best + tolerance / 2) {
      best = value;
      bestAt = k;
      flat = 0;
    } else {
      if (value > best) {
        best = value;
        bestAt = k;
      }
      if (value < best - tolerance || ++flat > 2) break;
    }
  }
  return bestAt;
}

/** Where, between a and b, the profile first reaches `level` (linear interpolation). */
function crossing(v: (k: number) => number, a: number, b: number, level: number, up: boolean) {
  const step = b > a ? 1 : -1;
  let previous = v(a);
  for (let k = a + step; k !== b + step; k += step) {
    const value = v(k);
    if (up ? value >= level : value <= level) {
      const span = value - previous;
      return k - step + (span === 0 ? 0 : ((level - previous) / span) * step);
    }
    previous = value;
  }
  return b;
}

/**
 * The edge through position `at` of profile `v` (positions 0…length-1), rising when `sign` is 1:
 * walked out to where it levels off on both sides, its 10–90 % width and its contrast (per pixel
 * of the three summed); null when fainter than print. `end` is where it levels off ahead.
 */
function edgeThrough(
  v: (k: number) => number,
  at: number,
  sign: 1 | -1,
  length: number,
  tolerance: number,
): { width: number; contrast: number; end: number } | null {
  const a = walkTo(v, at, -1, sign === 1 ? -1 : 1, length, tolerance);
  const b = walkTo(v, at, 1, sign === 1 ? 1 : -1, length, tolerance);
  const low = v(a);
  const high = v(b);
  const contrast = (sign * (high - low)) / 3;
  if (contrast < SHARPNESS_EDGE_MIN_CONTRAST) return null;
  const up = sign === 1;
  const from = crossing(v, a, b, low + 0.1 * (high - low), up);
  const to = crossing(v, a, b, low + 0.9 * (high - low), up);
  return { width: Math.max(0.5, to - from), contrast, end: b };
}

/**
 * Sharpness as the width of the text's edges. Where the picture is busiest (its text: tiles whose
 * gradient energy is near the top), each edge centre (a local maximum of the slope) is followed
 * both ways to where the edge ends, and the edge's width is the distance over which it climbs from
 * 10 % to 90 % of its contrast: ~1–2 px when sharp, however faint the ink, and as wide as the blur.
 * Edges across vertical strokes and across horizontal ones are kept apart: a shaken phone smears
 * one direction only.
 */
export function measureEdges(
  luma: Uint8Array,
  width: number,
  height: number,
  region?: Region | null,
  regionScale = 1,
): EdgeScan & { tiles: number } {
  const T = SHARPNESS_TILE;
  const tw = Math.floor(width / T);
  const th = Math.floor(height / T);
  const scan: EdgeScan & { tiles: number } = {
    widthsX: [],
    widthsY: [],
    contrastsX: [],
    contrastsY: [],
    tiles: 0,
  };
  if (tw === 0 || th === 0) return scan;
  const energy = new Float64Array(tw * th);
  const candidates: number[] = [];
  for (let ty = 0; ty < th; ty++) {
    for (let tx = 0; tx < tw; tx++) {
      if (
        usable(region) &&
        !insideRegion(region, ((tx + 0.5) * T) / regionScale, ((ty + 0.5) * T) / regionScale)
      )
        continue;
      let sum = 0;
      for (let y = ty * T + 1; y < (ty + 1) * T - 1; y += 2) {
        const row = y * width;
        for (let x = tx * T + 1; x < (tx + 1) * T - 1; x += 2) {
          const p = row + x;
          sum +=
            Math.abs(luma[p + 1]! - luma[p - 1]!) + Math.abs(luma[p + width]! - luma[p - width]!);
        }
      }
      energy[ty * tw + tx] = sum / (((T - 2) / 2) * ((T - 2) / 2));
      candidates.push(ty * tw + tx);
    }
  }
  if (candidates.length === 0) return scan;
  const ranked = candidates.map((t) => energy[t]!).sort((a, b) => a - b);
  const top = ranked[Math.floor((ranked.length - 1) * 0.95)]!;
  const bar = Math.max(2, top * SHARPNESS_TEXT_TILE_SHARE);
  const tolerance = 6; // three lines of noise, in summed luma
  for (const t of candidates) {
    if (energy[t]! < bar) continue;
    scan.tiles++;
    const x0 = Math.max(2, (t % tw) * T);
    const y0 = Math.max(2, Math.floor(t / tw) * T);
    const x1 = Math.min(width - 2, x0 + T);
    const y1 = Math.min(height - 2, y0 + T);
    // Across vertical strokes: walk along rows, on a profile summed over three rows.
    for (let y = y0 + 1; y < y1; y += 2) {
      const row = y * width;
      const v = (k: number) => luma[row - width + k]! + luma[row + k]! + luma[row + width + k]!;
      for (let x = x0; x < x1; x++) {
        const p = row + x;
        const gx = luma[p + 1]! - luma[p - 1]!;
        const ax = Math.abs(gx);
        if (ax < SHARPNESS_EDGE_MIN_SLOPE) continue;
        if (ax < 2 * Math.abs(luma[p + width]! - luma[p - width]!)) continue;
        if (ax < Math.abs(luma[p + 2]! - luma[p]!) || ax < Math.abs(luma[p]! - luma[p - 2]!))
          continue;
        const edge = edgeThrough(v, x, gx > 0 ? 1 : -1, width, tolerance);
        if (!edge) continue;
        scan.widthsX.push(edge.width);
        scan.contrastsX.push(edge.contrast);
        x = Math.max(x, edge.end - 1); // the rest of this edge is the same edge
      }
    }
    // Across horizontal strokes: walk along columns, on a profile summed over three columns.
    for (let x = x0 + 1; x < x1; x += 2) {
      const v = (k: number) =>
        luma[k * width + x - 1]! + luma[k * width + x]! + luma[k * width + x + 1]!;
      for (let y = y0; y < y1; y++) {
        const p = y * width + x;
        const gy = luma[p + width]! - luma[p - width]!;
        const ay = Math.abs(gy);
        if (ay < SHARPNESS_EDGE_MIN_SLOPE) continue;
        if (ay < 2 * Math.abs(luma[p + 1]! - luma[p - 1]!)) continue;
        if (
          y + 2 >= height ||
          ay < Math.abs(luma[p + 2 * width]! - luma[p]!) ||
          ay < Math.abs(luma[p]! - luma[p - 2 * width]!)
        )
          continue;
        const edge = edgeThrough(v, y, gy > 0 ? 1 : -1, height, tolerance);
        if (!edge) continue;
        scan.widthsY.push(edge.width);
        scan.contrastsY.push(edge.contrast);
        y = Math.max(y, edge.end - 1);
      }
    }
  }
  return scan;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Sharpness of a picture's text: see measureEdges. */
export function measureSharpness(
  luma: Uint8Array,
  width: number,
  height: number,
  region?: Region | null,
  regionScale = 1,
): Pick<PixelMeasures, 'blurWidth' | 'blurWidthX' | 'blurWidthY' | 'edgeCount'> {
  const scan = measureEdges(luma, width, height, region, regionScale);
  // Print, not paper grain: only edges at least SHARPNESS_PRINT_CONTRAST_SHARE as strong as the
  // strongest tenth count.
  const strong = [...scan.contrastsX, ...scan.contrastsY].sort((a, b) => a - b);
  const bar = strong.length
    ? strong[Math.floor((strong.length - 1) * 0.9)]! * SHARPNESS_PRINT_CONTRAST_SHARE
    : 0;
  const keep = (widths: number[], contrasts: number[]) =>
    widths.filter((_, i) => contrasts[i]! >= bar);
  const widthsX = keep(scan.widthsX, scan.contrastsX);
  const widthsY = keep(scan.widthsY, scan.contrastsY);
  const enough = (w: number[]) => w.length >= SHARPNESS_MIN_DIRECTION_EDGES;
  const blurWidthX = enough(widthsX) ? median(widthsX) : null;
  const blurWidthY = enough(widthsY) ? median(widthsY) : null;
  const known = [blurWidthX, blurWidthY].filter((w): w is number => w !== null);
  return {
    blurWidth: known.length ? Math.max(...known) : null,
    blurWidthX,
    blurWidthY,
    edgeCount: widthsX.length + widthsY.length,
  };
}

/**
 * Light. The picture (or the document in it) is cut into squares. The paper's brightness is the
 * 90th percentile of the square means: the brightest large thing in a picture of a certificate is
 * its paper, so a dim photo shows there. Glare is featureless blown-out white (squares with almost
 * every pixel at GLARE_LUMA or above: nothing printed left) on paper that is otherwise lit below
 * clipping, as a reflection or an overexposed part is. A scanner's white is different: its paper
 * is at clipping everywhere, between the lines of print too, so a clean scan is not glare however
 * much white it has.
 */
export function measureExposure(
  luma: Uint8Array,
  width: number,
  height: number,
  region?: Region | null,
) {
  const B = GLARE_BLOCK;
  const bw = Math.floor(width / B);
  const bh = Math.floor(height / B);
  const document = usable(region) ? inset(region) : null;
  const means: number[] = [];
  const paperHistogram = new Uint32Array(256);
  /** Per square with print in it, the luma of its print (its 5th percentile). */
  const printLevels: number[] = [];
  const blockHistogram = new Uint16Array(64);
  let blownBlocks = 0;
  let documentBlocks = 0;
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      if (document && !insideRegion(document, (bx + 0.5) * B, (by + 0.5) * B)) continue;
      documentBlocks++;
      let sum = 0;
      let clipped = 0;
      blockHistogram.fill(0);
      for (let y = by * B; y < (by + 1) * B; y++) {
        const row = y * width;
        for (let x = bx * B; x < (bx + 1) * B; x++) {
          const v = luma[row + x]!;
          sum += v;
          blockHistogram[v >> 2]!++;
          if (v >= GLARE_LUMA) clipped++;
        }
      }
      const mean = sum / (B * B);
      means.push(mean);
      const print = percentile(blockHistogram, 0.05) * 4 + 2;
      if (print < mean - EXPOSURE_PRINT_CONTRAST) printLevels.push(print);
      if (clipped >= B * B * GLARE_BLOCK_SHARE) {
        blownBlocks++;
      } else {
        for (let y = by * B; y < (by + 1) * B; y++) {
          const row = y * width;
          for (let x = bx * B; x < (bx + 1) * B; x++) paperHistogram[luma[row + x]!]!++;
        }
      }
    }
  }
  means.sort((a, b) => a - b);
  const meanLuma = means.length ? means.reduce((sum, m) => sum + m, 0) / means.length : 0;
  const paperLuma = means.length ? means[Math.floor((means.length - 1) * 0.9)]! : 0;
  // The paper where it is not blown out: the 75th percentile of the other squares' pixels (most
  // of a text square is paper too).
  let left = 0;
  for (const c of paperHistogram) left += c;
  let litPaper = 255;
  for (let v = 0, below = 0; v < 256 && left > 0; v++) {
    below += paperHistogram[v]!;
    if (below >= left * 0.75) {
      litPaper = v;
      break;
    }
  }
  const glare = litPaper <= EXPOSURE_LIT_MAX_LUMA ? blownBlocks : 0;
  return {
    meanLuma,
    paperLuma,
    glareShare: documentBlocks ? glare / documentBlocks : 0,
    blownShare: documentBlocks ? blownBlocks / documentBlocks : 0,
    printLuma: printLevels.length >= EXPOSURE_MIN_PRINT_BLOCKS ? (median(printLevels) ?? 255) : 255,
  };
}

/** The bin below which `share` of a histogram's counts lie. */
function percentile(histogram: Uint32Array | Uint16Array, share: number): number {
  let total = 0;
  for (const c of histogram) total += c;
  for (let v = 0, below = 0; v < histogram.length; v++) {
    below += histogram[v]!;
    if (below > share * total) return v;
  }
  return histogram.length - 1;
}

/** Share of pixels in the red of an official seal (red ink clearly above green and blue). */
export function measureRed(pixels: Pixels): number {
  const { data } = pixels;
  let red = 0;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    if (
      r >= SEAL_MIN_RED &&
      r - data[i + 1]! >= SEAL_RED_OVER_GREEN &&
      r - data[i + 2]! >= SEAL_RED_OVER_BLUE
    )
      red++;
  }
  return red / Math.max(1, pixels.width * pixels.height);
}

export function measurePixels(pixels: Pixels, options: MeasureOptions = {}): PixelMeasures {
  const region = usable(options.region) ? options.region : null;
  const luma = toLuma(pixels);
  const detail = options.detail ?? pixels;
  const detailLuma = detail === pixels ? luma : toLuma(detail);
  const regionScale = detail.width / Math.max(1, pixels.width);
  const sharp = measureSharpness(detailLuma, detail.width, detail.height, region, regionScale);
  const detailLong = Math.max(detail.width, detail.height, 1);
  const { colourShare, documentColourShare, monochrome } = measureColourEvidence(pixels, region);
  const toReference = Math.min(1, ANALYSIS_LONG_SIDE / detailLong);
  const reference = (w: number | null) => (w === null ? null : w * toReference);
  return {
    colourShare,
    documentColourShare,
    monochrome,
    blurWidth: reference(sharp.blurWidth),
    blurWidthX: reference(sharp.blurWidthX),
    blurWidthY: reference(sharp.blurWidthY),
    edgeCount: sharp.edgeCount,
    ...measureExposure(luma, pixels.width, pixels.height, region),
    redShare: options.seal === false ? null : measureRed(pixels),
  };
}
