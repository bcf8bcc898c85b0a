// Pixel statistics over an RGBA buffer: plain loops, no browser APIs, so they run in the worker
// and in Node tests alike. The buffer is the reduced analysis copy (≤ ANALYSIS_LONG_SIDE).
import {
  COLOUR_DARK_CHROMA_SHARE,
  COLOUR_MAX_PAPER_TINT,
  COLOUR_MIN_CHROMA,
  COLOUR_MIN_DARK_CHROMA,
  COLOUR_MIN_TINT_DISTANCE,
  GLARE_BLOCK,
  GLARE_BLOCK_SHARE,
  GLARE_LUMA,
  SEAL_MIN_RED,
  SEAL_RED_OVER_BLUE,
  SEAL_RED_OVER_GREEN,
  SHARPNESS_MIN_EDGE_CONTRAST,
} from './limits';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom (ImageData layout). */
  data: Uint8ClampedArray | Uint8Array;
}

export interface PixelMeasures {
  /** Share of pixels whose colour stands out from the picture's overall tint. */
  colourShare: number;
  /** Median edge steepness (0–0.5), or null when there are too few edges to judge. */
  sharpness: number | null;
  /** How many edges the sharpness was measured on. */
  edgeCount: number;
  /** Share of the picture covered by blown-out (pure white) patches. */
  glareShare: number;
  /** Share of near-white pixels: high for scans of white paper. */
  whiteShare: number;
  meanLuma: number;
  /** 99th percentile of luminance. */
  p99Luma: number;
  /** Share of seal-red pixels. */
  redShare: number;
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

/**
 * Colour: a pixel counts when its channels spread by COLOUR_MIN_CHROMA and its chromaticity is
 * away from the picture's median tint, so a yellowed or blue-tinted black-and-white copy stays
 * black and white while a red seal on white paper counts.
 */
export function measureColour(pixels: Pixels): number {
  const { data } = pixels;
  const count = pixels.width * pixels.height;
  if (count === 0) return 0;
  // Median chromaticity from a 32×32 histogram of (r, g) = (R, G) / (R + G + B).
  const bins = new Uint32Array(32 * 32);
  let lit = 0;
  for (let i = 0; i < data.length; i += 4) {
    const sum = data[i]! + data[i + 1]! + data[i + 2]!;
    if (sum < 90) continue; // dark pixels have unreliable hue
    const r = data[i]! / sum;
    const g = data[i + 1]! / sum;
    bins[Math.min(31, (r * 32) | 0) * 32 + Math.min(31, (g * 32) | 0)]!++;
    lit++;
  }
  let modeBin = 0;
  for (let b = 1; b < bins.length; b++) if (bins[b]! > bins[modeBin]!) modeBin = b;
  // The main tint only counts as "paper" when it is near neutral (white, cream, bluish grey);
  // a picture that is mostly one strong colour is a colour picture.
  let tintR = lit ? ((modeBin >> 5) + 0.5) / 32 : 1 / 3;
  let tintG = lit ? ((modeBin & 31) + 0.5) / 32 : 1 / 3;
  if (Math.hypot(tintR - 1 / 3, tintG - 1 / 3) > COLOUR_MAX_PAPER_TINT) {
    tintR = 1 / 3;
    tintG = 1 / 3;
  }
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const max = Math.max(r, g, b);
    const chroma = max - Math.min(r, g, b);
    // In dark parts (an underexposed photo) colour is weaker in absolute terms: judge it relative
    // to brightness there, with a floor above sensor noise.
    if (
      chroma <
      Math.min(COLOUR_MIN_CHROMA, Math.max(COLOUR_MIN_DARK_CHROMA, max * COLOUR_DARK_CHROMA_SHARE))
    )
      continue;
    const sum = r + g + b;
    const dr = r / sum - tintR;
    const dg = g / sum - tintG;
    if (dr * dr + dg * dg >= COLOUR_MIN_TINT_DISTANCE * COLOUR_MIN_TINT_DISTANCE) coloured++;
  }
  return coloured / count;
}

/** Slopes below this (over 2 px) are flat paper or faint noise, not an edge worth measuring. */
const MIN_SLOPE = 8;

/**
 * Sharpness as edge steepness: at each edge centre (a local maximum of the luminance slope), the
 * slope divided by the contrast across the edge. It does not depend on how much of the picture is
 * plain background, nor on the edge's contrast, only on how many pixels an edge is smeared over.
 */
export function measureSharpness(
  luma: Uint8Array,
  width: number,
  height: number,
): { sharpness: number | null; edgeCount: number } {
  const reach = 4; // pixels each side of the edge used for its contrast; covers blur up to σ≈2.5
  const ratios: number[] = [];
  // Sample every other row and column: plenty of edges, a quarter of the work.
  for (let y = reach; y < height - reach; y += 2) {
    const row = y * width;
    for (let x = reach; x < width - reach; x += 2) {
      const p = row + x;
      const gx = luma[p + 1]! - luma[p - 1]!;
      const gy = luma[p + width]! - luma[p - width]!;
      const ax = Math.abs(gx);
      const ay = Math.abs(gy);
      const step = ax >= ay ? 1 : width;
      const slope = Math.max(ax, ay);
      if (slope < MIN_SLOPE) continue;
      // Edge centre only: the slope here must not be smaller than next door along the gradient.
      const before = Math.abs(luma[p]! - luma[p - 2 * step]!);
      const after = Math.abs(luma[p + 2 * step]! - luma[p]!);
      if (slope < before || slope < after) continue;
      let lo = 255;
      let hi = 0;
      for (let k = -reach; k <= reach; k++) {
        const v = luma[p + k * step]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      const contrast = hi - lo;
      if (contrast < SHARPNESS_MIN_EDGE_CONTRAST) continue;
      ratios.push(slope / 2 / contrast);
    }
  }
  if (ratios.length === 0) return { sharpness: null, edgeCount: 0 };
  ratios.sort((a, b) => a - b);
  return { sharpness: ratios[Math.floor(ratios.length / 2)]!, edgeCount: ratios.length };
}

/** Exposure: mean and 99th-percentile luminance, share of white, and blown-out patches. */
export function measureExposure(luma: Uint8Array, width: number, height: number) {
  const histogram = new Uint32Array(256);
  let total = 0;
  for (const v of luma) {
    histogram[v]!++;
    total += v;
  }
  const count = luma.length || 1;
  let seen = 0;
  let p99Luma = 255;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= count * 0.99) {
      p99Luma = v;
      break;
    }
  }
  let white = 0;
  for (let v = 235; v < 256; v++) white += histogram[v]!;
  let blocks = 0;
  let blown = 0;
  for (let by = 0; by + GLARE_BLOCK <= height; by += GLARE_BLOCK) {
    for (let bx = 0; bx + GLARE_BLOCK <= width; bx += GLARE_BLOCK) {
      let clipped = 0;
      for (let y = by; y < by + GLARE_BLOCK; y++) {
        const row = y * width;
        for (let x = bx; x < bx + GLARE_BLOCK; x++) if (luma[row + x]! >= GLARE_LUMA) clipped++;
      }
      blocks++;
      if (clipped >= GLARE_BLOCK * GLARE_BLOCK * GLARE_BLOCK_SHARE) blown++;
    }
  }
  return {
    meanLuma: total / count,
    p99Luma,
    whiteShare: white / count,
    glareShare: blocks ? blown / blocks : 0,
  };
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

export function measurePixels(pixels: Pixels): PixelMeasures {
  const luma = toLuma(pixels);
  const { sharpness, edgeCount } = measureSharpness(luma, pixels.width, pixels.height);
  return {
    colourShare: measureColour(pixels),
    sharpness,
    edgeCount,
    ...measureExposure(luma, pixels.width, pixels.height),
    redShare: measureRed(pixels),
  };
}
