// The `complete` check's detector: finds the certificate's outline (its four edges) in the
// analysis copy and tells at which sides of the picture the certificate runs off. Plain loops over
// RGBA, no browser APIs, so it runs in the worker and in Node tests.
//
// How it works, in four steps, all on a copy averaged down to ≤ OUTLINE_LONG_SIDE px, where text
// melts into grey but a page's edges stay:
// 1. Edges: a colour Sobel (Di Zenzo's tensor over luma and two opponent-colour channels), so a
//    white page on a light but coloured table still has an edge; thinned to one pixel.
// 2. Lines: a Hough transform in which each edge pixel votes only near its own direction, so the
//    few long straight edges stand out from the text's many short ones. Each strong line is then
//    walked pixel by pixel: where along it the edge really is, and what colour lies on each side
//    (near and a little further away).
// 3. The outline: the choice of a top, bottom, left and right line, or "none" (the certificate
//    runs past the picture's border there), that best explains the picture: each side is well
//    covered by edge between its corners, the inside of every side is the same paper, the outside
//    is not just a thin stripe (a line of text), and where a side is "none" the picture's border
//    shows that paper rather than the table.
// 4. The verdict: the outline is clipped to the picture; stretches of the picture's border inside
//    it are where the certificate is cut off.
// It is 5.7 KB gzip and takes 20–35 ms on a 1280 px copy. Why not OpenCV.js (3.5 MB gzip, and
// wrong more often on the real-photo set): docs/decisions/003-outline-detector.md.
import { result, type CheckResult } from './checks';
import {
  OUTLINE_GOOD_CONTRAST,
  OUTLINE_LONG_SIDE,
  OUTLINE_MIN_AREA,
  OUTLINE_MIN_CONTRAST,
  OUTLINE_MIN_COVERAGE,
  OUTLINE_BORDER_TABLE,
  OUTLINE_MIN_CUT,
  OUTLINE_MIN_EDGE,
  OUTLINE_MIN_SCORE,
  OUTLINE_MISSING_SIDE,
  OUTLINE_PRINT_BAND,
  OUTLINE_PRINT_CONTRAST,
  OUTLINE_PRINT_SHARE,
} from './limits';
import type { Pixels } from './pixel-measures';

/** A side of the picture (as the person sees it). */
export type FrameSide = 'top' | 'right' | 'bottom' | 'left';
export const frameSides: readonly FrameSide[] = ['top', 'right', 'bottom', 'left'];

export interface Point {
  x: number;
  y: number;
}

/** A stretch of the picture's border where the certificate runs off. */
export interface CutEdge {
  side: FrameSide;
  from: Point;
  to: Point;
  /**
   * Print reaches the border there: text or lines are cut, so part of the certificate is surely
   * missing. When only blank paper touches it, the frame may just graze the certificate's margin
   * (a scan cropped exactly to the page): its border is not in the picture, but maybe nothing else.
   */
  printed: boolean;
}

/** What the detector found, in the analysis copy's pixels (0,0 is its top-left corner). */
export type Outline =
  | {
      found: true;
      /** The certificate's corners, clockwise from top-left; outside the picture when cut off. */
      corners: Point[];
      /** The outline clipped to the picture: what to draw. */
      visible: Point[];
      /** Where the certificate runs off the picture, and along which stretch of the border. */
      cut: CutEdge[];
      /** The sides of the picture it runs off (from `cut`, each once, in `frameSides` order). */
      cutSides: FrameSide[];
      /** How well the outline explains the picture, 0–1 (OUTLINE_MIN_SCORE at least). */
      score: number;
    }
  | {
      found: false;
      /**
       * 'fills-frame': no edge, and paper right up to the picture's borders (a scan cropped to the
       * page, or a photo taken too close); 'not-found': no outline we can trust.
       */
      reason: 'fills-frame' | 'not-found';
    };

interface Small {
  w: number;
  h: number;
  /** Analysis pixels per small pixel. */
  k: number;
  /** Luma and two opponent-colour channels (halved: camera noise is stronger in colour). */
  ch: [Float32Array, Float32Array, Float32Array];
}

/** Box-averages the picture down to ≤ OUTLINE_LONG_SIDE px and splits it into three channels. */
function shrink({ width, height, data }: Pixels): Small {
  const k = Math.max(1, Math.ceil(Math.max(width, height) / OUTLINE_LONG_SIDE));
  const w = Math.ceil(width / k);
  const h = Math.ceil(height / k);
  // Whole numbers: sums of bytes are exact, and integer arrays are the fastest to add into.
  const r = new Uint32Array(w * h);
  const g = new Uint32Array(w * h);
  const b = new Uint32Array(w * h);
  for (let y = 0; y < height; y++) {
    const row = ((y / k) | 0) * w;
    let i = y * width * 4;
    for (let cx = 0; cx < w; cx++) {
      const end = Math.min(width, (cx + 1) * k);
      let R = 0;
      let G = 0;
      let B = 0;
      for (let x = cx * k; x < end; x++, i += 4) {
        R += data[i]!;
        G += data[i + 1]!;
        B += data[i + 2]!;
      }
      const q = row + cx;
      r[q] = r[q]! + R;
      g[q] = g[q]! + G;
      b[q] = b[q]! + B;
    }
  }
  const n = new Float32Array(w * h);
  for (let cy = 0; cy < h; cy++) {
    const rows = Math.min(height, (cy + 1) * k) - cy * k;
    for (let cx = 0; cx < w; cx++) n[cy * w + cx] = rows * (Math.min(width, (cx + 1) * k) - cx * k);
  }
  const l = new Float32Array(w * h);
  const a = new Float32Array(w * h);
  const o = new Float32Array(w * h);
  for (let q = 0; q < l.length; q++) {
    const R = r[q]! / n[q]!;
    const G = g[q]! / n[q]!;
    const B = b[q]! / n[q]!;
    l[q] = 0.299 * R + 0.587 * G + 0.114 * B;
    a[q] = (R - G) / 2;
    o[q] = ((R + G) / 2 - B) / 2;
  }
  return { w, h, k, ch: [blur121(l, w, h), blur121(a, w, h), blur121(o, w, h)] };
}

/**
 * How far in (analysis pixels) the picture's very border is looked at, one line of pixels at a
 * time: a scanner's dark bed may show only as a strip two or three pixels wide, with a lighter
 * line of JPEG ringing or scanner edge outside it.
 */
const OUTER_DEPTH = 4;

/**
 * The colours of the picture's very border, one list per small pixel along each side: the colour
 * of each of its outermost OUTER_DEPTH lines of pixels at full resolution, outermost first. Whether
 * paper or table touches the border, which the small copy is too coarse to tell when the
 * certificate comes within a few pixels of it.
 */
function outerBorder({ width, height, data }: Pixels, k: number): Record<FrameSide, Colour[][]> {
  const cell = (x0: number, x1: number, y0: number, y1: number): Colour => {
    let R = 0;
    let G = 0;
    let B = 0;
    let n = 0;
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (let x = Math.max(0, x0), i = (y * width + x) * 4; x < Math.min(width, x1); x++, i += 4) {
        R += data[i]!;
        G += data[i + 1]!;
        B += data[i + 2]!;
        n++;
      }
    }
    n ||= 1;
    [R, G, B] = [R / n, G / n, B / n];
    return [0.299 * R + 0.587 * G + 0.114 * B, (R - G) / 2, ((R + G) / 2 - B) / 2];
  };
  const depths = Array.from({ length: OUTER_DEPTH }, (_, d) => d);
  const along = (count: number, at: (i: number, d: number) => Colour) =>
    Array.from({ length: count }, (_, i) => depths.map((d) => at(i, d)));
  const w = Math.ceil(width / k);
  const h = Math.ceil(height / k);
  return {
    top: along(w, (i, d) => cell(i * k, (i + 1) * k, d, d + 1)),
    bottom: along(w, (i, d) => cell(i * k, (i + 1) * k, height - 1 - d, height - d)),
    left: along(h, (i, d) => cell(d, d + 1, i * k, (i + 1) * k)),
    right: along(h, (i, d) => cell(width - 1 - d, width - d, i * k, (i + 1) * k)),
  };
}

/** 3 × 3 binomial blur, edges clamped. */
function blur121(src: Float32Array, w: number, h: number): Float32Array {
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const left = src[row + Math.max(0, x - 1)]!;
      const right = src[row + Math.min(w - 1, x + 1)]!;
      tmp[row + x] = (left + 2 * src[row + x]! + right) / 4;
    }
  }
  for (let y = 0; y < h; y++) {
    const up = Math.max(0, y - 1) * w;
    const down = Math.min(h - 1, y + 1) * w;
    const row = y * w;
    for (let x = 0; x < w; x++)
      out[row + x] = (tmp[up + x]! + 2 * tmp[row + x]! + tmp[down + x]!) / 4;
  }
  return out;
}

interface Edges {
  /** Colour step across the edge (≈ the step's height for a sharp edge), 0 off edges. */
  mag: Float32Array;
  /** Direction of the edge's normal, 0–π. */
  normal: Float32Array;
  /** Thinned edge pixels (local maxima across the edge, above OUTLINE_MIN_EDGE). */
  thin: Uint8Array;
}

function findEdges({ w, h, ch }: Small): Edges {
  const mag = new Float32Array(w * h);
  const normal = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      let jxx = 0;
      let jyy = 0;
      let jxy = 0;
      for (const c of ch) {
        const gx =
          c[p - w + 1]! +
          2 * c[p + 1]! +
          c[p + w + 1]! -
          c[p - w - 1]! -
          2 * c[p - 1]! -
          c[p + w - 1]!;
        const gy =
          c[p + w - 1]! +
          2 * c[p + w]! +
          c[p + w + 1]! -
          c[p - w - 1]! -
          2 * c[p - w]! -
          c[p - w + 1]!;
        jxx += gx * gx;
        jyy += gy * gy;
        jxy += gx * gy;
      }
      const half = (jxx - jyy) / 2;
      const m = Math.sqrt((jxx + jyy) / 2 + Math.sqrt(half * half + jxy * jxy)) / 4;
      mag[p] = m;
      if (m < OUTLINE_MIN_EDGE) continue; // flat: its direction is never asked
      let theta = 0.5 * Math.atan2(2 * jxy, jxx - jyy);
      if (theta < 0) theta += Math.PI;
      normal[p] = theta >= Math.PI ? 0 : theta;
    }
  }
  const thin = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      const m = mag[p]!;
      if (m < OUTLINE_MIN_EDGE) continue;
      const t = normal[p]!;
      const step =
        t < Math.PI / 8 || t >= (7 * Math.PI) / 8
          ? 1
          : t < (3 * Math.PI) / 8
            ? w + 1
            : t < (5 * Math.PI) / 8
              ? w
              : w - 1;
      if (m > mag[p - step]! && m >= mag[p + step]!) thin[p] = 1;
    }
  }
  return { mag, normal, thin };
}

const THETA_BINS = 180;
/** Each edge pixel votes for directions this many bins (degrees) either side of its own. */
const VOTE_SPREAD = 3;
/** An edge pixel's vote counts in full from this step on (weaker ones count in proportion). */
const VOTE_FULL = 24;
/** Strong lines walked at most. */
const MAX_LINES = 32;
/** An edge pixel counts for a line when its normal is within this of the line's (radians). */
const ANGLE_TOLERANCE = (15 * Math.PI) / 180;
/** Colours are sampled this far from a line (near) and further (far), in small pixels. */
const NEAR = 3;
const FAR = 7;
/** Numbers kept per step along a line: near and far colour on each side, three channels each. */
const STRIDE = 12;
const SAMPLE_AT = [NEAR, FAR, -NEAR, -FAR] as const;
/** Across the line, where to look for its edge pixel (a line a pixel off still counts). */
const OFFSETS = [0, -1, 1] as const;

const COS = Float64Array.from({ length: THETA_BINS }, (_, i) =>
  Math.cos((i * Math.PI) / THETA_BINS),
);
const SIN = Float64Array.from({ length: THETA_BINS }, (_, i) =>
  Math.sin((i * Math.PI) / THETA_BINS),
);

function houghPeaks(small: Small, edges: Edges): { theta: number; rho: number }[] {
  const { w, h } = small;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const R = Math.ceil(Math.hypot(w, h) / 2) + 2;
  const NR = 2 * R + 1;
  const acc = new Float32Array(THETA_BINS * NR);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      if (!edges.thin[p]) continue;
      const weight = Math.min(edges.mag[p]!, VOTE_FULL) / VOTE_FULL;
      const i0 = Math.round((edges.normal[p]! * THETA_BINS) / Math.PI);
      for (let d = -VOTE_SPREAD; d <= VOTE_SPREAD; d++) {
        const j = (((i0 + d) % THETA_BINS) + THETA_BINS) % THETA_BINS;
        const rho = (x - cx) * COS[j]! + (y - cy) * SIN[j]!;
        const cell = j * NR + Math.round(rho) + R;
        acc[cell] = acc[cell]! + weight;
      }
    }
  }
  const minVotes = 0.06 * Math.min(w, h);
  const peaks: { theta: number; rho: number; votes: number }[] = [];
  for (let j = 0; j < THETA_BINS; j++) {
    for (let r = 1; r < NR - 1; r++) {
      const v = acc[j * NR + r]!;
      if (v < minVotes) continue;
      let best = true;
      for (let dj = -2; dj <= 2 && best; dj++) {
        const jj = (j + dj + THETA_BINS) % THETA_BINS;
        // Across 0/180° the same line has the opposite ρ: compare with the mirrored cell.
        const wraps = j + dj < 0 || j + dj >= THETA_BINS;
        for (let dr = -2; dr <= 2; dr++) {
          if (dj === 0 && dr === 0) continue;
          const rr = wraps ? NR - 1 - (r + dr) : r + dr;
          if (rr < 0 || rr >= NR) continue;
          const u = acc[jj * NR + rr]!;
          if (u > v || (u === v && (dj < 0 || (dj === 0 && dr < 0)))) {
            best = false;
            break;
          }
        }
      }
      if (best) peaks.push({ theta: (j * Math.PI) / THETA_BINS, rho: r - R, votes: v });
    }
  }
  peaks.sort((a, b) => b.votes - a.votes);
  return peaks.slice(0, MAX_LINES);
}

/** A straight line x·cos θ + y·sin θ = ρ (about the small picture's centre), walked along. */
interface Line {
  theta: number;
  rho: number;
  cos: number;
  sin: number;
  /** Steps along the line inside the picture, from t = tLo, one small pixel apart. */
  tLo: number;
  steps: number;
  /** Prefix counts of the steps where the edge is found. */
  sup: Int32Array;
  /** Prefix sums of the colours beside found steps: STRIDE numbers a step (see NEAR, FAR). */
  colour: Float32Array;
  /**
   * Prefix sums of each found step's contrast across the line (near colours), as a share of
   * OUTLINE_GOOD_CONTRAST capped at 1: a side's quality, robust to what is printed along it.
   */
  strong: Float32Array;
  support: number;
  /** Total of `strong`, and whether one side of the line is the paper: how promising it is. */
  rank: number;
  horizontal: boolean;
  /** y where the line crosses the middle column (horizontal), x at the middle row (vertical). */
  at: number;
}

const angleGap = (a: number, b: number) => {
  const d = Math.abs(a - b) % Math.PI;
  return Math.min(d, Math.PI - d);
};

/** The line walked, and the line fitted through the edge pixels it found (least squares). */
function walk(
  small: Small,
  edges: Edges,
  theta: number,
  rho: number,
): { line: Line; fit: { theta: number; rho: number } } | null {
  const { w, h, ch } = small;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const bx = cx + rho * cos;
  const by = cy + rho * sin;
  // Points are (bx − t·sin, by + t·cos); keep t where they lie where edges were measured.
  let tLo = -Infinity;
  let tHi = Infinity;
  const slab = (origin: number, step: number, lo: number, hi: number) => {
    if (Math.abs(step) < 1e-9) {
      if (origin < lo || origin > hi) tLo = Infinity;
      return;
    }
    const a = (lo - origin) / step;
    const b = (hi - origin) / step;
    tLo = Math.max(tLo, Math.min(a, b));
    tHi = Math.min(tHi, Math.max(a, b));
  };
  slab(bx, -sin, 1, w - 2);
  slab(by, cos, 1, h - 2);
  if (!(tHi - tLo >= 4)) return null;
  const steps = Math.floor(tHi - tLo) + 1;
  const sup = new Int32Array(steps + 1);
  const strong = new Float32Array(steps + 1);
  const colour = new Float32Array((steps + 1) * STRIDE);
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let k = 0; k < steps; k++) {
    const t = tLo + k;
    const px = bx - t * sin;
    const py = by + t * cos;
    let found = -1;
    for (let o = 0; o < OFFSETS.length; o++) {
      const off = OFFSETS[o]!;
      const qx = Math.round(px + off * cos);
      const qy = Math.round(py + off * sin);
      if (qx < 1 || qy < 1 || qx > w - 2 || qy > h - 2) continue;
      const q = qy * w + qx;
      if (edges.thin[q] && angleGap(edges.normal[q]!, theta) <= ANGLE_TOLERANCE) {
        found = q;
        break;
      }
    }
    sup[k + 1] = sup[k]! + (found >= 0 ? 1 : 0);
    strong[k + 1] = strong[k]!;
    const base = (k + 1) * STRIDE;
    for (let j = 0; j < STRIDE; j++) colour[base + j] = colour[base - STRIDE + j]!;
    if (found < 0) continue;
    const fx = found % w;
    const fy = (found - fx) / w;
    sx += fx;
    sy += fy;
    sxx += fx * fx;
    syy += fy * fy;
    sxy += fx * fy;
    // + side (along the normal) near, + far, − near, − far; three channels each.
    for (let s = 0, j = 0; s < SAMPLE_AT.length; s++) {
      const d = SAMPLE_AT[s]!;
      const x = Math.min(w - 1, Math.max(0, Math.round(px + d * cos)));
      const y = Math.min(h - 1, Math.max(0, Math.round(py + d * sin)));
      const q = y * w + x;
      for (let c = 0; c < 3; c++, j++) colour[base + j] = colour[base + j]! + ch[c]![q]!;
    }
    let across = 0;
    for (let c = 0; c < 3; c++) {
      const plus = colour[base + c]! - colour[base - STRIDE + c]!;
      const minus = colour[base + 6 + c]! - colour[base - STRIDE + 6 + c]!;
      across += (plus - minus) * (plus - minus);
    }
    strong[k + 1] = strong[k]! + Math.min(1, Math.sqrt(across) / OUTLINE_GOOD_CONTRAST);
  }
  const support = sup[steps]!;
  if (support < 4) return null;
  const horizontal = Math.abs(theta - Math.PI / 2) <= Math.PI / 4;
  const at = horizontal ? cy + rho / sin : cx + rho / cos;
  const line: Line = {
    theta,
    rho,
    cos,
    sin,
    tLo,
    steps,
    sup,
    colour,
    strong,
    support,
    rank: strong[steps]!,
    horizontal,
    at,
  };
  const mx = sx / support;
  const my = sy / support;
  const vxx = sxx / support - mx * mx;
  const vyy = syy / support - my * my;
  const vxy = sxy / support - mx * my;
  let fitted = 0.5 * Math.atan2(2 * vxy, vxx - vyy) + Math.PI / 2; // normal of the main axis
  fitted = ((fitted % Math.PI) + Math.PI) % Math.PI;
  const fitRho = (mx - cx) * Math.cos(fitted) + (my - cy) * Math.sin(fitted);
  return { line, fit: { theta: fitted, rho: fitRho } };
}

/** Found along this many small pixels at least, a line can be one of the certificate's sides. */
const minSupport = ({ w, h }: Small) => 0.1 * Math.min(w, h);

/** Walks the line, then the line fitted through what it found; keeps the better of the two. */
function bestLine(small: Small, edges: Edges, theta: number, rho: number): Line | null {
  const first = walk(small, edges, theta, rho);
  if (!first) return null;
  if (first.line.support < minSupport(small)) return null;
  if (angleGap(first.fit.theta, theta) > (3 * Math.PI) / 180) return first.line;
  const second = walk(small, edges, first.fit.theta, first.fit.rho);
  return second && second.line.support > first.line.support ? second.line : first.line;
}

type Colour = [number, number, number];
const distance = (a: Colour, b: Colour) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/**
 * Whether two colours are the same surface under different light: luma compared as a ratio (a
 * page in shadow is still the page), colour as it is.
 */
const alike = (a: Colour, b: Colour, tolerance = 30, lumaWeight = 100) =>
  Math.hypot((lumaWeight * (a[0] - b[0])) / Math.max(a[0], b[0], 32), a[1] - b[1], a[2] - b[2]) <=
  tolerance;
/**
 * The table seen beside two sides: a desk under a lamp can be three times brighter on one side
 * of the certificate than on the other, so brightness counts half as much as for the paper.
 */
const sameTable = (a: Colour, b: Colour) => alike(a, b, 30, 50);

/** Found steps and mean colours along a line between parameters ta and tb. */
function stretch(line: Line, ta: number, tb: number) {
  const lo = Math.min(ta, tb);
  const hi = Math.max(ta, tb);
  const ka = Math.min(line.steps, Math.max(0, Math.ceil(lo - line.tLo)));
  const kb = Math.min(line.steps, Math.max(0, Math.floor(hi - line.tLo) + 1));
  const length = Math.max(0, kb - ka);
  const found = length ? line.sup[kb]! - line.sup[ka]! : 0;
  const strength = length ? line.strong[kb]! - line.strong[ka]! : 0;
  const mean = (j: number): Colour => {
    const n = Math.max(1, found);
    const a = ka * STRIDE + j;
    const b = kb * STRIDE + j;
    return [
      (line.colour[b]! - line.colour[a]!) / n,
      (line.colour[b + 1]! - line.colour[a + 1]!) / n,
      (line.colour[b + 2]! - line.colour[a + 2]!) / n,
    ];
  };
  const beyond =
    line.sup[Math.max(0, ka - 2)]! +
    line.sup[line.steps]! -
    line.sup[Math.min(line.steps, kb + 2)]!;
  return {
    length,
    found,
    strength,
    beyond,
    plusNear: mean(0),
    plusFar: mean(3),
    minusNear: mean(6),
    minusFar: mean(9),
  };
}

interface Side {
  theta: number;
  rho: number;
  line: Line | null;
}

function intersect(a: Side, b: Side, cx: number, cy: number): Point | null {
  const ca = Math.cos(a.theta);
  const sa = Math.sin(a.theta);
  const cb = Math.cos(b.theta);
  const sb = Math.sin(b.theta);
  const det = ca * sb - sa * cb;
  if (Math.abs(det) < 0.5) return null; // corners of a photographed page are 60°–120°
  return { x: cx + (a.rho * sb - b.rho * sa) / det, y: cy + (ca * b.rho - cb * a.rho) / det };
}

/** Sutherland–Hodgman: the polygon clipped to the box [x0, x1] × [y0, y1]. */
function clip(polygon: Point[], x0: number, y0: number, x1: number, y1: number): Point[] {
  let out = polygon;
  const edges: [(p: Point) => number, (a: Point, b: Point) => Point][] = [
    [(p) => p.x - x0, (a, b) => ({ x: x0, y: a.y + ((b.y - a.y) * (x0 - a.x)) / (b.x - a.x) })],
    [(p) => x1 - p.x, (a, b) => ({ x: x1, y: a.y + ((b.y - a.y) * (x1 - a.x)) / (b.x - a.x) })],
    [(p) => p.y - y0, (a, b) => ({ x: a.x + ((b.x - a.x) * (y0 - a.y)) / (b.y - a.y), y: y0 })],
    [(p) => y1 - p.y, (a, b) => ({ x: a.x + ((b.x - a.x) * (y1 - a.y)) / (b.y - a.y), y: y1 })],
  ];
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[i]!;
      const b = input[(i + 1) % input.length]!;
      const ina = inside(a) >= 0;
      const inb = inside(b) >= 0;
      if (ina) out.push(a);
      if (ina !== inb) out.push(cross(a, b));
    }
    if (out.length === 0) break;
  }
  return out;
}

function area(polygon: Point[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

/** Mean colours of the picture's border strips (1–3 px in), as prefix sums along each side. */
function borderStrips({ w, h, ch }: Small): Record<FrameSide, Float32Array> {
  const strip = (count: number, at: (i: number, depth: number) => number) => {
    const sums = new Float32Array((count + 1) * 3);
    for (let i = 0; i < count; i++) {
      for (let c = 0; c < 3; c++) {
        let v = 0;
        for (let depth = 1; depth <= 3; depth++) v += ch[c]![at(i, depth)]!;
        sums[(i + 1) * 3 + c] = sums[i * 3 + c]! + v / 3;
      }
    }
    return sums;
  };
  return {
    top: strip(w, (x, d) => Math.min(h - 1, d) * w + x),
    bottom: strip(w, (x, d) => Math.max(0, h - 1 - d) * w + x),
    left: strip(h, (y, d) => y * w + Math.min(w - 1, d)),
    right: strip(h, (y, d) => y * w + Math.max(0, w - 1 - d)),
  };
}

const stripMean = (sums: Float32Array, from: number, to: number): Colour | null => {
  const count = sums.length / 3 - 1;
  const a = Math.max(0, Math.min(count, Math.round(Math.min(from, to))));
  const b = Math.max(0, Math.min(count, Math.round(Math.max(from, to))));
  if (b - a < 2) return null;
  return [0, 1, 2].map((c) => (sums[b * 3 + c]! - sums[a * 3 + c]!) / (b - a)) as Colour;
};

const ramp = (v: number, lo: number, hi: number) => Math.min(1, Math.max(0, (v - lo) / (hi - lo)));

interface Measured {
  covered: number;
  /** Found and contrasting, step by step (see Line.strong), 0–1. */
  quality: number;
  inside: Colour;
  outside: Colour;
  outsideFar: Colour;
  contrast: number;
  weight: number;
}

interface Candidate {
  score: number;
  /** The colours inside and outside the outline's sides. */
  paper: Colour;
  table: Colour;
  corners: Point[];
  visible: Point[];
  sides: Side[];
}

/** Scores one choice of top, right, bottom and left (a line, or the picture's border). */
function scoreQuad(
  small: Small,
  sides: Side[],
  strips: Record<FrameSide, Float32Array>,
  middle: Colour,
): Candidate | null {
  const { w, h } = small;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const found = sides.filter((s) => s.line).length;
  if (found < 2) return null;
  const corners: Point[] = [];
  for (let i = 0; i < 4; i++) {
    const corner = intersect(sides[i]!, sides[(i + 3) % 4]!, cx, cy); // top∩left, right∩top, …
    if (!corner) return null;
    if (corner.x < -0.6 * w || corner.x > 1.6 * w || corner.y < -0.6 * h || corner.y > 1.6 * h)
      return null;
    corners.push(corner);
  }
  for (let i = 0; i < 4; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % 4]!;
    const c = corners[(i + 2) % 4]!;
    if ((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x) <= 0) return null; // not convex
  }
  const centre = corners.reduce((s, p) => ({ x: s.x + p.x / 4, y: s.y + p.y / 4 }), { x: 0, y: 0 });

  // Found sides: how much of each is edge, and the colours inside and out.
  const measured: Measured[] = [];
  for (let i = 0; i < 4; i++) {
    const { line } = sides[i]!;
    if (!line) continue;
    const a = corners[i]!; // the side runs from corner i to corner i + 1
    const b = corners[(i + 1) % 4]!;
    const bx = cx + line.rho * line.cos;
    const by = cy + line.rho * line.sin;
    const tOf = (p: Point) => -(p.x - bx) * line.sin + (p.y - by) * line.cos;
    const s = stretch(line, tOf(a), tOf(b));
    if (s.length < 0.1 * Math.min(w, h)) return null;
    const beyond = (0.25 * Math.min(s.length, s.beyond)) / s.length; // a longer line: the table's edge?
    const covered = s.found / s.length - beyond;
    const plusInside = (centre.x - cx) * line.cos + (centre.y - cy) * line.sin > line.rho;
    const inside = plusInside ? s.plusNear : s.minusNear;
    const outside = plusInside ? s.minusNear : s.plusNear;
    const contrast = distance(inside, outside);
    if (covered < OUTLINE_MIN_COVERAGE || contrast < OUTLINE_MIN_CONTRAST) return null;
    const outsideFar = plusInside ? s.minusFar : s.plusFar;
    const quality = s.strength / s.length - beyond;
    measured.push({ covered, quality, inside, outside, outsideFar, contrast, weight: s.found });
  }
  const visible = clip(corners, -0.5, -0.5, w - 0.5, h - 0.5);
  const visibleArea = area(visible);
  if (visibleArea < OUTLINE_MIN_AREA * w * h) return null;

  // The table outside is the same all round: a side whose outside matches no other side's is
  // probably something printed on the paper (a header band) or a line of text. Its inside should
  // be the paper seen in the middle of the picture.
  const insideOk = measured.map((m) => alike(m.inside, middle));
  const outsideOk = measured.map((m) =>
    measured.some((o) => o !== m && sameTable(m.outside, o.outside)),
  );
  // The table must be seen, the same, beside at least two sides: two sides that disagree could be
  // anything printed (a header band above, a border line below).
  if (outsideOk.filter(Boolean).length < 2) return null;
  const mean = (pick: (m: Measured) => Colour, ok: boolean[]): Colour => {
    const use = ok.some(Boolean) ? measured.filter((_, i) => ok[i]) : measured;
    const total = use.reduce((n, m) => n + m.weight, 0) || 1;
    return [0, 1, 2].map(
      (c) => use.reduce((sum, m) => sum + pick(m)[c]! * m.weight, 0) / total,
    ) as Colour;
  };
  const paper = insideOk.some(Boolean) ? mean((m) => m.inside, insideOk) : middle;
  const table = mean((m) => m.outside, outsideOk);
  // Paper outside as well as in: a box printed on the page (a photo, a seal's frame), not the page.
  if (alike(table, middle, 12)) return null;

  let score = 0;
  measured.forEach((m, i) => {
    let q = m.quality;
    if (!insideOk[i]) q *= 0.8;
    if (!outsideOk[i]) q *= 0.5;
    if (distance(m.outside, m.outsideFar) > 0.5 * m.contrast) q *= 0.3; // a stripe, not the table
    score += q;
  });
  // Sides left to the picture's border: the certificate runs past it, so paper shows there.
  const apart = distance(paper, table);
  for (let i = 0; i < 4; i++) {
    if (sides[i]!.line) continue;
    if (apart < OUTLINE_MIN_CONTRAST) return null;
    const a = corners[i]!;
    const b = corners[(i + 1) % 4]!;
    const side = frameSides[i]!;
    const along = side === 'top' || side === 'bottom' ? [a.x, b.x] : [a.y, b.y];
    const seen = stripMean(strips[side], along[0]!, along[1]!);
    if (!seen) continue; // only a corner touches the border: nothing to see
    const toTable = distance(seen, table);
    const paperLike = toTable / (toTable + distance(seen, paper) + 1e-6);
    score += OUTLINE_MISSING_SIDE * ramp(paperLike, 0.55, 0.8);
  }
  score = score / 4 + (0.1 * visibleArea) / (w * h);
  return { score, paper, table, corners, visible, sides };
}

function frameLine(side: FrameSide, w: number, h: number): Side {
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  if (side === 'top') return { theta: Math.PI / 2, rho: -0.5 - cy, line: null };
  if (side === 'bottom') return { theta: Math.PI / 2, rho: h - 0.5 - cy, line: null };
  if (side === 'left') return { theta: 0, rho: -0.5 - cx, line: null };
  return { theta: 0, rho: w - 0.5 - cx, line: null };
}

/** Candidate lines per orientation; duplicates (the same edge found twice) dropped. */
function candidateLines(
  small: Small,
  edges: Edges,
  middle: Colour,
): { horizontal: Line[]; vertical: Line[] } {
  const lines: Line[] = [];
  for (const peak of houghPeaks(small, edges)) {
    const line = bestLine(small, edges, peak.theta, peak.rho);
    if (line && line.support >= minSupport(small)) lines.push(line);
  }
  lines.sort((a, b) => b.support - a.support);
  const kept: Line[] = [];
  for (const line of lines) {
    const twin = kept.some(
      (k) =>
        k.horizontal === line.horizontal &&
        angleGap(k.theta, line.theta) < (4 * Math.PI) / 180 &&
        Math.abs(k.at - line.at) < 3,
    );
    if (!twin) kept.push(line);
  }
  // Most promising first: long and contrasting; better with the paper on one side (not the grain
  // of a wooden table), worse when the colour changes back a few pixels on (a line of text).
  for (const line of kept) {
    const whole = stretch(line, line.tLo, line.tLo + line.steps);
    const contrast = distance(whole.plusNear, whole.minusNear);
    if (!alike(whole.plusNear, middle) && !alike(whole.minusNear, middle)) line.rank *= 0.75;
    if (
      distance(whole.plusNear, whole.plusFar) > 0.5 * contrast ||
      distance(whole.minusNear, whole.minusFar) > 0.5 * contrast
    )
      line.rank *= 0.5;
  }
  kept.sort((a, b) => b.rank - a.rank);
  const per = 10;
  return {
    horizontal: kept.filter((l) => l.horizontal).slice(0, per),
    vertical: kept.filter((l) => !l.horizontal).slice(0, per),
  };
}

/**
 * The colour most of the middle of the picture has (the mean of its most common coarse colour):
 * the paper, when the certificate is in the middle, as it nearly always is.
 */
function middleColour({ w, h, ch }: Small): Colour {
  const bins = new Map<number, { n: number; sum: Colour }>();
  for (let y = Math.floor(h / 3); y < Math.ceil((2 * h) / 3); y++) {
    for (let x = Math.floor(w / 3); x < Math.ceil((2 * w) / 3); x++) {
      const q = y * w + x;
      const key =
        (Math.floor(ch[0][q]! / 16) * 64 + Math.floor(ch[1][q]! / 8 + 32)) * 64 +
        Math.floor(ch[2][q]! / 8 + 32);
      const bin = bins.get(key) ?? { n: 0, sum: [0, 0, 0] };
      bin.n++;
      bin.sum[0] += ch[0][q]!;
      bin.sum[1] += ch[1][q]!;
      bin.sum[2] += ch[2][q]!;
      bins.set(key, bin);
    }
  }
  let main = { n: 1, sum: [0, 0, 0] as Colour };
  for (const bin of bins.values()) if (bin.n > main.n) main = bin;
  return main.sum.map((v) => v / main.n) as Colour;
}

/** Whether paper runs right up to at least three of the picture's borders. */
function fillsFrame(strips: Record<FrameSide, Float32Array>, paper: Colour): boolean {
  let paperSides = 0;
  for (const side of frameSides) {
    const sums = strips[side];
    const count = sums.length / 3 - 1;
    // Mostly paper, in tenths of the side (text and patterns near the border are allowed).
    let near = 0;
    for (let i = 0; i < 10; i++) {
      const seen = stripMean(sums, (i * count) / 10, ((i + 1) * count) / 10);
      if (seen && alike(seen, paper)) near++;
    }
    if (near >= 6) paperSides++;
  }
  return paperSides >= 3;
}

export function findOutline(pixels: Pixels): Outline {
  if (pixels.width < 16 || pixels.height < 16) return { found: false, reason: 'not-found' };
  const small = shrink(pixels);
  const { w, h, k } = small;
  const edges = findEdges(small);
  const strips = borderStrips(small);
  const middle = middleColour(small);
  const { horizontal, vertical } = candidateLines(small, edges, middle);
  const none = {
    top: frameLine('top', w, h),
    right: frameLine('right', w, h),
    bottom: frameLine('bottom', w, h),
    left: frameLine('left', w, h),
  };
  const asSide = (line: Line): Side => ({ theta: line.theta, rho: line.rho, line });
  const pairs = (lines: Line[], first: Side, second: Side): [Side, Side][] => {
    const out: [Side, Side][] = [[first, second]];
    for (const a of lines) {
      out.push([asSide(a), second], [first, asSide(a)]);
      for (const b of lines)
        if (a.at < b.at - 0.15 * (a.horizontal ? h : w)) out.push([asSide(a), asSide(b)]);
    }
    return out;
  };
  let best: Candidate | null = null;
  for (const [top, bottom] of pairs(horizontal, none.top, none.bottom)) {
    for (const [left, right] of pairs(vertical, none.left, none.right)) {
      const candidate = scoreQuad(small, [top, right, bottom, left], strips, middle);
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  if (!best || best.score < OUTLINE_MIN_SCORE) {
    return { found: false, reason: fillsFrame(strips, middle) ? 'fills-frame' : 'not-found' };
  }

  // Where the clipped outline follows the picture's border, the certificate runs off.
  const on = (p: Point, side: FrameSide) => {
    const e = 1e-3;
    if (side === 'top') return Math.abs(p.y + 0.5) < e;
    if (side === 'bottom') return Math.abs(p.y - (h - 0.5)) < e;
    if (side === 'left') return Math.abs(p.x + 0.5) < e;
    return Math.abs(p.x - (w - 0.5)) < e;
  };
  const toAnalysis = (p: Point): Point => ({
    x: Math.min(pixels.width, Math.max(0, (p.x + 0.5) * k)),
    y: Math.min(pixels.height, Math.max(0, (p.y + 0.5) * k)),
  });
  // …unless the table shows at the picture's very edge there: then the certificate stops a hair
  // inside it (or a corner was misjudged), and nothing is cut off.
  const chosen = best;
  const outer = outerBorder(pixels, k);
  const tableShare = (side: FrameSide, from: number, to: number) => {
    const cells = outer[side];
    const a = Math.max(0, Math.floor(Math.min(from, to) + 0.5));
    const b = Math.min(cells.length, Math.ceil(Math.max(from, to) + 0.5));
    let table = 0;
    for (let i = a; i < b; i++) {
      if (cells[i]!.some((c) => alike(c, chosen.table) && !alike(c, chosen.paper))) table++;
    }
    return b > a ? table / (b - a) : 0;
  };
  const cut: CutEdge[] = [];
  const { visible } = best;
  for (let i = 0; i < visible.length; i++) {
    const a = visible[i]!;
    const b = visible[(i + 1) % visible.length]!;
    const side = frameSides.find((s) => on(a, s) && on(b, s));
    if (!side) continue;
    const across = side === 'top' || side === 'bottom';
    const length = across ? Math.abs(b.x - a.x) : Math.abs(b.y - a.y);
    if (length < OUTLINE_MIN_CUT * (across ? w : h)) continue;
    if (tableShare(side, across ? a.x : a.y, across ? b.x : b.y) >= OUTLINE_BORDER_TABLE) continue;
    const from = toAnalysis(a);
    const to = toAnalysis(b);
    cut.push({ side, from, to, printed: printReachesBorder(pixels, side, from, to) });
  }
  return {
    found: true,
    corners: best.corners.map((p) => ({ x: (p.x + 0.5) * k, y: (p.y + 0.5) * k })),
    visible: visible.map(toAnalysis),
    cut,
    cutSides: frameSides.filter((side) => cut.some((c) => c.side === side)),
    score: best.score,
  };
}

/**
 * Whether print (text, lines, a photo) reaches the picture's border along a cut stretch: in a
 * band just inside the border, OUTLINE_PRINT_BAND of the picture deep (skipping the outermost
 * pixels, where a scanner's edge or JPEG ringing shows), a share of pixels clearly darker than the
 * paper around them. Blank paper there means the frame may only graze the certificate's margin.
 */
function printReachesBorder(pixels: Pixels, side: FrameSide, from: Point, to: Point): boolean {
  const { width, height, data } = pixels;
  const across = side === 'top' || side === 'bottom';
  const depth = Math.max(4, Math.round(OUTLINE_PRINT_BAND * (across ? height : width)));
  const skip = OUTER_DEPTH;
  const a = Math.floor(Math.max(0, Math.min(across ? from.x : from.y, across ? to.x : to.y)));
  const b = Math.ceil(
    Math.min(across ? width : height, Math.max(across ? from.x : from.y, across ? to.x : to.y)),
  );
  const luma = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  };
  const at = (along: number, d: number) => {
    if (side === 'top') return luma(along, d);
    if (side === 'bottom') return luma(along, height - 1 - d);
    if (side === 'left') return luma(d, along);
    return luma(width - 1 - d, along);
  };
  const histogram = new Uint32Array(256);
  let n = 0;
  for (let t = a; t < b; t++) {
    for (let d = skip; d < skip + depth; d++) {
      histogram[Math.min(255, Math.round(at(t, d)))]!++;
      n++;
    }
  }
  if (!n) return false;
  // The paper: the band's 80th percentile (print covers far less than a fifth of a page).
  let paper = 255;
  for (let v = 0, below = 0; v < 256; v++) {
    below += histogram[v]!;
    if (below >= 0.8 * n) {
      paper = v;
      break;
    }
  }
  // Dark pixels with paper between them and the border: a dark run that starts at the border
  // is the table or a scanner's bed showing in a sliver where the page is a little skewed.
  const ink = paper - OUTLINE_PRINT_CONTRAST;
  let dark = 0;
  for (let t = a; t < b; t++) {
    let paperSeen = false;
    for (let d = skip; d < skip + depth; d++) {
      const isInk = at(t, d) < ink;
      if (!isInk) paperSeen = true;
      else if (paperSeen) dark++;
    }
  }
  return dark / n >= OUTLINE_PRINT_SHARE;
}

/** The `complete` check: the whole certificate is in the picture. */
export function checkComplete(outline: Outline): CheckResult {
  if (!outline.found) {
    const code = outline.reason === 'fills-frame' ? 'complete-fills-frame' : 'complete-not-found';
    return result('complete', 'skip', { code });
  }
  const printedSides = frameSides.filter((side) =>
    outline.cut.some((c) => c.side === side && c.printed),
  );
  if (printedSides.length) {
    return result('complete', 'fail', { code: 'complete-cut', sides: printedSides });
  }
  if (outline.cutSides.length) {
    return result('complete', 'warn', { code: 'complete-edge-unseen', sides: outline.cutSides });
  }
  return result('complete', 'pass', { code: 'complete-ok' });
}
