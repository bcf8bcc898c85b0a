// `npm run bench` (vitest bench): the picture checks' pure work on one 1280 px analysis copy and
// its 2560 px detail copy, the sizes the worker hands them. Figures, not pass/fail: the budget
// that counts is the browser's (scripts/bench-image-check.mjs: the whole check of a 24 MP JPEG
// at most 1.5× a bare decode).
import { bench, describe } from 'vitest';
import { findOutline, type Point } from './find-outline';
import { measurePixels } from './pixel-measures';
import { certificate, onTable } from './synthetic-images.test-helpers';

const quad = (...xy: number[]): Point[] => [0, 2, 4, 6].map((i) => ({ x: xy[i]!, y: xy[i + 1]! }));
const where = quad(150, 170, 1110, 130, 1150, 790, 120, 820);
const photo = onTable(certificate(1200, 800), 1280, 960, where);
const detail = onTable(
  certificate(2400, 1600),
  2560,
  1920,
  where.map(({ x, y }) => ({ x: 2 * x, y: 2 * y })),
);
const outline = findOutline(photo);
const region = outline.found ? outline.visible : null;

describe('picture checks on a 1280 px copy', () => {
  bench('findOutline', () => {
    findOutline(photo);
  });
  bench('measurePixels (sharpness on the 2560 px detail copy, inside the outline)', () => {
    measurePixels(photo, { detail, region, seal: false });
  });
  bench('measurePixels, looking for a seal too', () => {
    measurePixels(photo, { detail, region, seal: true });
  });
});
