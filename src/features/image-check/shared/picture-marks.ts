// What the picture checks saw, as geometry the page draws on the person's photo: the certificate's
// outline, where it is cut off, blown-out glare, the too-dark part and the red seal. Coordinates are
// in the analysis copy's pixels (`width` × `height`), which has the photo's proportions. A mark is
// only given when its check speaks of it, so the picture never shows what the words do not say.
import type { CheckResult } from './checks';
import type { CutEdge, Outline, Point } from './find-outline';
import {
  DARK_MEAN_LUMA,
  EXPOSURE_PAPER_MIN_LUMA,
  EXPOSURE_ROLL_OFF_SHARE,
  GLARE_BLOCK,
  GLARE_BLOCK_SHARE,
  GLARE_LUMA,
  SEAL_MIN_RED,
  SEAL_RED_OVER_BLUE,
  SEAL_RED_OVER_GREEN,
} from './limits';
import type { Pixels } from './pixel-measures';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureMarks {
  /** The space the marks are in: the analysis copy's size. */
  width: number;
  height: number;
  /** The certificate's outline (clipped to the picture), when it was found. */
  outline?: Point[];
  /** Stretches of the picture's border where the certificate runs off (`complete` fails). */
  cut?: CutEdge[];
  /** Blown-out patches (`exposure` warns of glare); largest first. */
  glare?: Box[];
  /** The too-dark part (`exposure` says the photo is dark); largest first. */
  dark?: Box[];
  /** Where the red seal is (`seal` found it). */
  seal?: Box;
}

/** At most this many boxes of one kind: the largest; more would hide the photo. */
const MAX_BOXES = 3;
/** A block counts as seal red when this share of its pixels is. */
const SEAL_BLOCK_SHARE = 0.04;

/** Whether a point is inside a convex polygon (either winding). */
function inside(polygon: Point[], x: number, y: number): boolean {
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

const luma = (data: Pixels['data'], i: number) =>
  (77 * data[i]! + 150 * data[i + 1]! + 29 * data[i + 2]!) >> 8;

/**
 * The picture cut into GLARE_BLOCK squares (whole ones only), as the exposure measure cuts it:
 * each block's mean luma, whether it is blown out or lit paper, and whether it is on the document.
 */
interface Blocks {
  columns: number;
  rows: number;
  mean: Float32Array;
  blown: Uint8Array;
  soft: Uint8Array;
  inDocument: Uint8Array;
}

function cutIntoBlocks({ width, height, data }: Pixels, region: Point[] | null): Blocks {
  const B = GLARE_BLOCK;
  const columns = Math.floor(width / B);
  const rows = Math.floor(height / B);
  const n = columns * rows;
  const blocks: Blocks = {
    columns,
    rows,
    mean: new Float32Array(n),
    blown: new Uint8Array(n),
    soft: new Uint8Array(n),
    inDocument: new Uint8Array(n),
  };
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      const b = by * columns + bx;
      let sum = 0;
      let clipped = 0;
      let lo = 255;
      for (let y = by * B; y < (by + 1) * B; y++) {
        for (let x = bx * B, i = (y * width + x) * 4; x < (bx + 1) * B; x++, i += 4) {
          const v = luma(data, i);
          sum += v;
          if (v >= GLARE_LUMA) clipped++;
          if (v < lo) lo = v;
        }
      }
      blocks.mean[b] = sum / (B * B);
      blocks.blown[b] = clipped >= B * B * GLARE_BLOCK_SHARE ? 1 : 0;
      blocks.soft[b] = !blocks.blown[b] && lo >= EXPOSURE_PAPER_MIN_LUMA ? 1 : 0;
      blocks.inDocument[b] = !region || inside(region, (bx + 0.5) * B, (by + 0.5) * B) ? 1 : 0;
    }
  }
  return blocks;
}

interface Group {
  box: Box;
  blocks: number;
  /** Blocks of the group on the document. */
  onDocument: number;
  /** Share of the blocks around the group that are lit paper (a soft roll-off). */
  softRing: number;
}

/** The connected groups (4-neighbours) of the blocks `flag` picks, largest first. */
function groups(blocks: Blocks, flag: (b: number) => boolean): Group[] {
  const { columns, rows, soft, inDocument } = blocks;
  const B = GLARE_BLOCK;
  const seen = new Uint8Array(columns * rows);
  const found: Group[] = [];
  const stack: number[] = [];
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || !flag(start)) continue;
    let [x0, y0, x1, y1, count, onDocument] = [columns, rows, 0, 0, 0, 0];
    const ring = new Set<number>();
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const b = stack.pop()!;
      const bx = b % columns;
      const by = (b - bx) / columns;
      count++;
      if (inDocument[b]) onDocument++;
      x0 = Math.min(x0, bx);
      y0 = Math.min(y0, by);
      x1 = Math.max(x1, bx);
      y1 = Math.max(y1, by);
      for (const [dx, dy] of NEIGHBOURS) {
        const nx = bx + dx;
        const ny = by + dy;
        if (nx < 0 || ny < 0 || nx >= columns || ny >= rows) continue;
        const n = ny * columns + nx;
        if (!flag(n)) ring.add(n);
        else if (!seen[n]) {
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
    let softCount = 0;
    for (const n of ring) if (soft[n]) softCount++;
    found.push({
      box: { x: x0 * B, y: y0 * B, width: (x1 - x0 + 1) * B, height: (y1 - y0 + 1) * B },
      blocks: count,
      onDocument,
      softRing: ring.size ? softCount / ring.size : 0,
    });
  }
  return found.sort((a, b) => b.blocks - a.blocks);
}

const NEIGHBOURS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

/** Where the seal is: the largest group of blocks with seal red in them. */
function findSeal(pixels: Pixels): Box | undefined {
  const { width, height, data } = pixels;
  const B = GLARE_BLOCK;
  const columns = Math.floor(width / B);
  const rows = Math.floor(height / B);
  const red = new Uint8Array(columns * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let count = 0;
      for (let y = by * B; y < (by + 1) * B; y++) {
        for (let x = bx * B, i = (y * width + x) * 4; x < (bx + 1) * B; x++, i += 4) {
          const r = data[i]!;
          if (
            r >= SEAL_MIN_RED &&
            r - data[i + 1]! >= SEAL_RED_OVER_GREEN &&
            r - data[i + 2]! >= SEAL_RED_OVER_BLUE
          )
            count++;
        }
      }
      if (count >= B * B * SEAL_BLOCK_SHARE) red[by * columns + bx] = 1;
    }
  }
  // A seal's ring is thin: blocks touching across a corner, or a block apart, are the same seal.
  const near = new Uint8Array(red.length);
  for (let b = 0; b < red.length; b++) {
    if (!red[b]) continue;
    const bx = b % columns;
    const by = (b - bx) / columns;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = bx + dx;
        const ny = by + dy;
        if (nx >= 0 && ny >= 0 && nx < columns && ny < rows) near[ny * columns + nx] = 1;
      }
    }
  }
  const blocks: Blocks = {
    columns,
    rows,
    mean: new Float32Array(0),
    blown: red,
    soft: new Uint8Array(red.length),
    inDocument: new Uint8Array(red.length),
  };
  const [largest] = groups(blocks, (b) => near[b] === 1);
  if (!largest) return undefined;
  // Without the margin of one block the grouping added around the red.
  const { x, y, width: w, height: h } = largest.box;
  const x0 = Math.min(x + B, width - B);
  const y0 = Math.min(y + B, height - B);
  return {
    x: x0,
    y: y0,
    width: Math.max(B, x + w - B - x0),
    height: Math.max(B, y + h - B - y0),
  };
}

/**
 * The marks to draw for a checked picture: the outline and its cut edges, and the glare, the
 * too-dark part and the seal when the checks in `checks` report them.
 */
export function pictureMarks(
  pixels: Pixels,
  outline: Outline,
  checks: ReadonlyMap<string, CheckResult>,
): PictureMarks {
  const marks: PictureMarks = { width: pixels.width, height: pixels.height };
  if (outline.found) {
    marks.outline = outline.visible;
    if (outline.cut.length) marks.cut = outline.cut;
  }
  const code = (id: string) => checks.get(id)?.message.code;
  const exposure = code('exposure');
  if (exposure === 'exposure-dark') {
    // On the certificate only: a dark table is not a problem.
    const blocks = cutIntoBlocks(pixels, outline.found ? outline.visible : null);
    const dark = groups(
      blocks,
      (b) => blocks.inDocument[b] === 1 && blocks.mean[b]! < DARK_MEAN_LUMA,
    ).filter((g) => g.blocks >= 4);
    if (dark.length) marks.dark = dark.slice(0, MAX_BOXES).map((g) => g.box);
  } else if (exposure === 'exposure-glare' || exposure === 'exposure-washed-out') {
    // As the exposure measure counts glare: blown-out patches of two blocks or more, on the
    // certificate, shading off into lit paper around them. A washed-out picture may have no lit
    // paper left to shade into: there, every large blown-out patch on the certificate.
    const washedOut = exposure === 'exposure-washed-out';
    const blocks = cutIntoBlocks(pixels, outline.found ? outline.visible : null);
    const glare = groups(blocks, (b) => blocks.blown[b] === 1).filter(
      (g) =>
        g.onDocument > 0 &&
        (washedOut ? g.blocks >= 8 : g.blocks >= 2 && g.softRing >= EXPOSURE_ROLL_OFF_SHARE),
    );
    if (glare.length) marks.glare = glare.slice(0, MAX_BOXES).map((g) => g.box);
  }
  if (code('seal') === 'seal-found') {
    const seal = findSeal(pixels);
    if (seal) marks.seal = seal;
  }
  return marks;
}

export type MarkKind = 'outline' | 'cut' | 'glare' | 'dark' | 'seal';

/** The kinds of mark a picture has, in the order the page lists them; empty: nothing to show. */
export function markKinds(marks: PictureMarks | undefined): MarkKind[] {
  if (!marks) return [];
  const kinds: MarkKind[] = [];
  if (marks.outline) kinds.push('outline');
  if (marks.cut?.length) kinds.push('cut');
  if (marks.glare?.length) kinds.push('glare');
  if (marks.dark?.length) kinds.push('dark');
  if (marks.seal) kinds.push('seal');
  return kinds;
}
