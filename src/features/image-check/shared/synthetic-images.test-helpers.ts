// Synthetic pictures for the Node tests: a document with text-like strokes, a red seal, blur.
import type { Pixels } from './pixel-measures';

export function blank(width: number, height: number, [r, g, b]: [number, number, number]): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
    data[i + 3] = 255;
  }
  return { width, height, data };
}

export function fillRect(
  p: Pixels,
  x0: number,
  y0: number,
  w: number,
  h: number,
  rgb: [number, number, number],
) {
  for (let y = Math.max(0, y0); y < Math.min(p.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(p.width, x0 + w); x++) {
      const i = (y * p.width + x) * 4;
      p.data[i] = rgb[0];
      p.data[i + 1] = rgb[1];
      p.data[i + 2] = rgb[2];
    }
  }
}

export function ring(
  p: Pixels,
  cx: number,
  cy: number,
  radius: number,
  thickness: number,
  rgb: [number, number, number],
) {
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= radius && d >= radius - thickness) fillRect(p, x, y, 1, 1, rgb);
    }
  }
}

/** A white page with lines of "text" (short black strokes), like a scanned certificate. */
export function documentPage(
  width = 1200,
  height = 800,
  { seal = true, background = [250, 250, 248] as [number, number, number] } = {},
): Pixels {
  const p = blank(width, height, background);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let line = 0; line < 12; line++) {
    const y = 80 + line * 50;
    if (y + 20 > height) break;
    for (let x = 80; x < width - 120;) {
      const strokeW = 2 + Math.floor(random() * 3);
      const strokeH = 10 + Math.floor(random() * 12);
      fillRect(p, x, y + (20 - strokeH), strokeW, strokeH, [20, 20, 20]);
      fillRect(p, x, y + 8, 6 + Math.floor(random() * 8), 2, [20, 20, 20]);
      x += 8 + Math.floor(random() * 10);
    }
  }
  if (seal) ring(p, width - 200, height - 200, 90, 8, [210, 40, 40]);
  return p;
}

/** Gaussian blur of standard deviation sigma, three box blurs per axis. */
export function blur(p: Pixels, sigma: number): Pixels {
  const boxes = boxSizes(sigma, 3);
  let data: Uint8ClampedArray = Uint8ClampedArray.from(p.data);
  for (const size of boxes) {
    data = boxBlur(data, p.width, p.height, (size - 1) / 2, true);
    data = boxBlur(data, p.width, p.height, (size - 1) / 2, false);
  }
  return { width: p.width, height: p.height, data };
}

function boxSizes(sigma: number, n: number): number[] {
  const ideal = Math.sqrt((12 * sigma * sigma) / n + 1);
  let wl = Math.floor(ideal);
  if (wl % 2 === 0) wl--;
  const wu = wl + 2;
  const m = Math.round((12 * sigma * sigma - n * wl * wl - 4 * n * wl - 3 * n) / (-4 * wl - 4));
  return Array.from({ length: n }, (_, i) => (i < m ? wl : wu));
}

function boxBlur(
  src: Uint8ClampedArray,
  width: number,
  height: number,
  r: number,
  horizontal: boolean,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(src.length);
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  for (let l = 0; l < lines; l++) {
    for (let c = 0; c < 3; c++) {
      const at = (k: number) => {
        const kk = Math.min(length - 1, Math.max(0, k));
        return (horizontal ? l * width + kk : kk * width + l) * 4 + c;
      };
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += src[at(k)]!;
      for (let k = 0; k < length; k++) {
        out[at(k)] = sum / (2 * r + 1);
        sum += src[at(k + r + 1)]! - src[at(k - r)]!;
      }
    }
  }
  for (let i = 3; i < out.length; i += 4) out[i] = 255;
  return out;
}

export function toGrey(p: Pixels, tint: [number, number, number] = [1, 1, 1]): Pixels {
  const data = Uint8ClampedArray.from(p.data);
  for (let i = 0; i < data.length; i += 4) {
    const y = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    data[i] = y * tint[0];
    data[i + 1] = y * tint[1];
    data[i + 2] = y * tint[2];
  }
  return { width: p.width, height: p.height, data };
}

type Rgb = [number, number, number];
type Corner = { x: number; y: number };

/** Maps the unit square onto a quadrilateral (Heckbert's projective mapping), as a 3 × 3 matrix. */
function squareToQuad([p0, p1, p2, p3]: Corner[]): number[] {
  const dx1 = p1!.x - p2!.x;
  const dx2 = p3!.x - p2!.x;
  const dx3 = p0!.x - p1!.x + p2!.x - p3!.x;
  const dy1 = p1!.y - p2!.y;
  const dy2 = p3!.y - p2!.y;
  const dy3 = p0!.y - p1!.y + p2!.y - p3!.y;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / den;
  const h = (dx1 * dy3 - dx3 * dy1) / den;
  return [
    p1!.x - p0!.x + g * p1!.x,
    p3!.x - p0!.x + h * p3!.x,
    p0!.x,
    p1!.y - p0!.y + g * p1!.y,
    p3!.y - p0!.y + h * p3!.y,
    p0!.y,
    g,
    h,
    1,
  ];
}

function invert3([a, b, c, d, e, f, g, h, i]: number[]): number[] {
  const A = e! * i! - f! * h!;
  const B = f! * g! - d! * i!;
  const C = d! * h! - e! * g!;
  const det = a! * A + b! * B + c! * C;
  return [
    A / det,
    (c! * h! - b! * i!) / det,
    (b! * f! - c! * e!) / det,
    B / det,
    (a! * i! - c! * g!) / det,
    (c! * d! - a! * f!) / det,
    C / det,
    (b! * g! - a! * h!) / det,
    (a! * e! - b! * d!) / det,
  ];
}

/**
 * A photo of `page` lying on a table: the page warped onto `corners` (clockwise from its top-left;
 * they may lie outside the picture, which cuts the page off), with light falling off across the
 * picture and sensor noise. `smooth` anti-aliases the edges (2 × 2 samples a pixel, 4× slower).
 */
export function onTable(
  page: Pixels,
  width: number,
  height: number,
  corners: Corner[],
  { table = [96, 78, 62] as Rgb, falloff = 0.2, noise = 3, seed = 11, smooth = false } = {},
): Pixels {
  const out = blank(width, height, table);
  const inverse = invert3(squareToQuad(corners));
  const sample = (x: number, y: number): Rgb | null => {
    const [a, b, c, d, e, f, g, h, i] = inverse;
    const z = g! * x + h! * y + i!;
    const u = (a! * x + b! * y + c!) / z;
    const v = (d! * x + e! * y + f!) / z;
    if (u < 0 || v < 0 || u >= 1 || v >= 1) return null;
    const q = (Math.floor(v * page.height) * page.width + Math.floor(u * page.width)) * 4;
    return [page.data[q]!, page.data[q + 1]!, page.data[q + 2]!];
  };
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const centre = [[0.5, 0.5]] as const;
  const subpixels = [
    [0.25, 0.25],
    [0.75, 0.25],
    [0.25, 0.75],
    [0.75, 0.75],
  ] as const;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sum: Rgb = [0, 0, 0];
      const at = smooth ? subpixels : centre;
      for (const [dx, dy] of at) {
        const rgb = sample(x + dx, y + dy) ?? table;
        for (let c = 0; c < 3; c++) sum[c] = sum[c]! + rgb[c]! / at.length;
      }
      const light = 1 - falloff * (0.6 * (x / width) + 0.4 * (y / height));
      const grain = noise * (random() + random() + random() - 1.5) * 2;
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) out.data[i + c] = sum[c]! * light + grain;
    }
  }
  return out;
}

/** A part of a picture, as its own picture. */
export function crop(p: Pixels, x0: number, y0: number, width: number, height: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * p.width + x0) * 4;
    data.set(p.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/** A certificate: `documentPage` with a blue header band and a printed border inset from the edge. */
export function certificate(
  width = 1200,
  height = 800,
  { band = true, border = true } = {},
): Pixels {
  const p = documentPage(width, height);
  if (band) fillRect(p, 0, 0, width, Math.round(height * 0.08), [31, 58, 147]);
  if (border) {
    const inset = Math.round(Math.min(width, height) * 0.03);
    const line = Math.max(2, Math.round(Math.min(width, height) * 0.006));
    fillRect(p, inset, inset, width - 2 * inset, line, [150, 110, 40]);
    fillRect(p, inset, height - inset - line, width - 2 * inset, line, [150, 110, 40]);
    fillRect(p, inset, inset, line, height - 2 * inset, [150, 110, 40]);
    fillRect(p, width - inset - line, inset, line, height - 2 * inset, [150, 110, 40]);
  }
  return p;
}
