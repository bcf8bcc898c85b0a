import { describe, expect, it } from 'vitest';
import { checkComplete, findOutline, type Outline, type Point } from './find-outline';
import type { Pixels } from './pixel-measures';
import {
  blank,
  blur,
  certificate,
  crop,
  documentPage,
  fillRect,
  onTable,
} from './synthetic-images.test-helpers';

const quad = (...xy: number[]): Point[] => [0, 2, 4, 6].map((i) => ({ x: xy[i]!, y: xy[i + 1]! }));

const doc = certificate(1200, 800);
/** Where the certificate lies in the photos below: a little turned, in slight perspective. */
const where = quad(110, 130, 835, 100, 865, 595, 90, 615);
const photo = onTable(doc, 960, 720, where);

function expectFound(outline: Outline) {
  if (!outline.found) throw new Error(`no outline (${outline.reason})`);
  return outline;
}

/** Each found corner is within `tolerance` pixels of the true one. */
function expectCorners(outline: Outline, truth: Point[], tolerance = 12) {
  const { corners } = expectFound(outline);
  corners.forEach((corner, i) => {
    expect(Math.hypot(corner.x - truth[i]!.x, corner.y - truth[i]!.y)).toBeLessThan(tolerance);
  });
}

const darken = (p: Pixels, factor: number): Pixels => ({
  ...p,
  data: p.data.map((v, i) => (i % 4 === 3 ? v : v * factor)),
});

describe('findOutline on photos with all four edges in the picture', () => {
  it('finds the certificate’s corners on a wooden table, past its header band and border', () => {
    const outline = findOutline(photo);
    expectCorners(outline, where);
    expect(checkComplete(outline)).toEqual({
      id: 'complete',
      status: 'pass',
      message: { code: 'complete-ok' },
    });
  });

  it.each([
    ['a grey desk', { table: [200, 200, 198] as [number, number, number] }],
    ['light falling off strongly', { falloff: 0.45 }],
  ])('on %s', (_, options) => {
    const outline = findOutline(onTable(doc, 960, 720, where, options));
    expectCorners(outline, where);
  });

  it('in strong perspective, turned 20°, or upright on a landscape photo', () => {
    const tilted = quad(250, 105, 720, 110, 920, 660, 30, 645);
    expectCorners(findOutline(onTable(doc, 960, 720, tilted)), tilted);
    const turned = quad(190, 60, 825, 290, 705, 630, 70, 400);
    expectCorners(findOutline(onTable(doc, 960, 720, turned)), turned);
    const upright = quad(285, 45, 675, 60, 660, 675, 270, 668);
    expectCorners(findOutline(onTable(certificate(800, 1200), 960, 720, upright)), upright);
  });

  it('with a finger over an edge, glare, clutter beside it, or blur', () => {
    const finger = onTable(doc, 960, 720, where);
    fillRect(finger, 380, 520, 90, 200, [200, 150, 120]);
    expect(checkComplete(findOutline(finger)).status).toBe('pass');
    const clutter = onTable(doc, 960, 720, quad(230, 130, 900, 110, 915, 600, 220, 615));
    fillRect(clutter, 15, 220, 150, 300, [30, 30, 35]);
    expect(checkComplete(findOutline(clutter)).status).toBe('pass');
    const glare = onTable(doc, 960, 720, where);
    fillRect(glare, 400, 80, 160, 70, [255, 255, 255]);
    expect(checkComplete(findOutline(glare)).status).toBe('pass');
    expect(checkComplete(findOutline(blur(photo, 3))).status).toBe('pass');
  });

  it('on wood grain that runs along the edges', () => {
    const grain = onTable(doc, 960, 720, where, { table: [120, 85, 55] });
    for (let y = 0; y < grain.height; y++) {
      const v = 14 * Math.sin(y / 5) + 8 * Math.sin(y / 1.7 + 1);
      for (let x = 0; x < grain.width; x++) {
        const i = (y * grain.width + x) * 4;
        if (grain.data[i]! < 150)
          for (let c = 0; c < 3; c++) grain.data[i + c] = grain.data[i + c]! + v;
      }
    }
    expectCorners(findOutline(grain), where);
  });

  it('finds a small identity card in the middle of the photo', () => {
    const card = quad(315, 250, 660, 240, 668, 465, 308, 472);
    const outline = findOutline(onTable(certificate(856, 540, { band: false }), 960, 720, card));
    expectCorners(outline, card);
  });
});

describe('findOutline on photos where the certificate runs off the picture', () => {
  it.each([
    ['left', 230, 0, 730, 720],
    ['top', 0, 230, 960, 490],
    ['right', 0, 0, 700, 720],
    ['bottom', 0, 0, 960, 450],
  ] as const)('finds the %s edge cut off', (side, x, y, width, height) => {
    const outline = findOutline(crop(photo, x, y, width, height));
    expect(expectFound(outline).cutSides).toEqual([side]);
    expect(checkComplete(outline)).toEqual({
      id: 'complete',
      status: 'fail',
      message: { code: 'complete-cut', sides: [side] },
    });
  });

  it('finds two sides cut, and a corner cut off', () => {
    expect(expectFound(findOutline(crop(photo, 0, 0, 750, 520))).cutSides).toEqual([
      'right',
      'bottom',
    ]);
    expect(expectFound(findOutline(crop(photo, 230, 0, 520, 720))).cutSides).toEqual([
      'right',
      'left',
    ]);
    const corner = onTable(doc, 960, 720, quad(-45, -30, 835, 75, 865, 595, 90, 615));
    expect(expectFound(findOutline(corner)).cutSides).toEqual(['top', 'left']);
  });

  it('warns, without calling it cut, when only blank paper runs off: the frame grazes a margin', () => {
    const plainSheet = onTable(blank(1200, 800, [240, 240, 236]), 960, 720, where);
    const outline = findOutline(crop(plainSheet, 0, 0, 700, 720));
    expect(expectFound(outline).cut.map((c) => [c.side, c.printed])).toEqual([['right', false]]);
    expect(checkComplete(outline)).toEqual({
      id: 'complete',
      status: 'warn',
      message: { code: 'complete-edge-unseen', sides: ['right'] },
    });
  });

  it('gives the stretch of the picture’s border that cuts it, and the visible outline', () => {
    const outline = expectFound(findOutline(crop(photo, 230, 0, 730, 720)));
    const [cut] = outline.cut;
    expect(cut?.side).toBe('left');
    expect(cut?.from.x).toBe(0);
    expect(cut?.to.x).toBe(0);
    // From the top edge to the bottom edge where they cross x = 230 in the photo.
    expect(Math.min(cut!.from.y, cut!.to.y)).toBeCloseTo(122, -1);
    expect(Math.max(cut!.from.y, cut!.to.y)).toBeCloseTo(609, -1);
    for (const p of outline.visible) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(730);
    }
  });
});

describe('findOutline says when it cannot tell', () => {
  it('calls a scan cropped to the page “fills the frame”, with or without a header band', () => {
    for (const scan of [doc, documentPage(1200, 800), blank(800, 600, [240, 240, 238])]) {
      const outline = findOutline(scan);
      expect(outline).toEqual({ found: false, reason: 'fills-frame' });
      expect(checkComplete(outline)).toEqual({
        id: 'complete',
        status: 'skip',
        message: { code: 'complete-fills-frame' },
      });
    }
  });

  it('does not guess on a white page on a white desk', () => {
    const outline = findOutline(onTable(doc, 960, 720, where, { table: [232, 232, 229] }));
    expect(checkComplete(outline).status).toBe('skip');
  });

  it('finds nothing in noise and never throws on tiny or flat pictures', () => {
    const noise = blank(320, 240, [0, 0, 0]);
    let seed = 3;
    for (let i = 0; i < noise.data.length; i++) {
      seed = (seed * 16807) % 2147483647;
      if (i % 4 !== 3) noise.data[i] = seed % 256;
    }
    expect(findOutline(noise).found).toBe(false);
    expect(findOutline(blank(1, 1, [0, 0, 0])).found).toBe(false);
    expect(findOutline(blank(40, 3000, [10, 10, 10])).found).toBe(false);
    expect(checkComplete({ found: false, reason: 'not-found' }).message).toEqual({
      code: 'complete-not-found',
    });
  });

  it('keeps the outline of a very dark photo, or says nothing', () => {
    const outline = findOutline(darken(photo, 0.22));
    expect(checkComplete(outline).status).not.toBe('fail');
  });
});
