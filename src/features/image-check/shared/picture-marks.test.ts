import { describe, expect, it } from 'vitest';
import { result, type CheckId, type CheckResult } from './checks';
import { findOutline, type Point } from './find-outline';
import { checkExposure, checkSeal } from './pixel-checks';
import { measurePixels, type Pixels } from './pixel-measures';
import { markKinds, pictureMarks, type Box } from './picture-marks';
import { certificate, crop, fillRect, onTable } from './synthetic-images.test-helpers';

const quad = (...xy: number[]): Point[] => [0, 2, 4, 6].map((i) => ({ x: xy[i]!, y: xy[i + 1]! }));
const where = quad(110, 130, 835, 100, 865, 595, 90, 615);
const photo = onTable(certificate(1200, 800), 960, 720, where);

/** The marks for a picture, with the exposure and seal checks as the pipeline would run them. */
function marksOf(p: Pixels) {
  const measures = measurePixels(p);
  const checks = new Map<CheckId, CheckResult>([
    ['exposure', checkExposure(measures)],
    ['seal', checkSeal(measures, 'business-license')],
  ]);
  return { marks: pictureMarks(p, findOutline(p), checks), checks };
}

const contains = (outer: Box, x: number, y: number) =>
  x >= outer.x && y >= outer.y && x <= outer.x + outer.width && y <= outer.y + outer.height;

describe('pictureMarks', () => {
  it('gives the outline and the seal of a clean photo, in the analysis copy’s pixels', () => {
    const { marks } = marksOf(photo);
    expect(marks.width).toBe(960);
    expect(marks.height).toBe(720);
    expect(marks.outline).toHaveLength(4);
    expect(marks.cut).toBeUndefined();
    // The seal is drawn at (1000, 600) of the 1200 × 800 page: lower right of the certificate.
    expect(marks.seal).toBeDefined();
    expect(contains(marks.seal!, 720, 480)).toBe(true);
    expect(marks.seal!.width).toBeLessThan(200);
    expect(marks.glare).toBeUndefined();
    expect(marks.dark).toBeUndefined();
    expect(markKinds(marks)).toEqual(['outline', 'seal']);
  });

  it('boxes the glare, a blown-out patch fading into the paper, when exposure reports it', () => {
    const glare = onTable(certificate(1200, 800), 960, 720, where);
    // A reflection: pure white in the middle, shading off into the paper.
    for (let y = 200; y < 400; y++) {
      for (let x = 250; x < 500; x++) {
        const fade = Math.hypot((x - 375) / 110, (y - 300) / 80);
        if (fade >= 1) continue;
        const i = (y * glare.width + x) * 4;
        for (let c = 0; c < 3; c++) {
          glare.data[i + c] =
            fade < 0.6 ? 255 : glare.data[i + c]! + (255 - glare.data[i + c]!) * (1 - fade) * 2.5;
        }
      }
    }
    const outline = findOutline(glare);
    const said = (code: 'exposure-glare' | 'exposure-washed-out' | 'exposure-ok') =>
      new Map<CheckId, CheckResult>([['exposure', result('exposure', 'warn', { code })]]);
    const marks = pictureMarks(glare, outline, said('exposure-glare'));
    expect(marks.glare).toHaveLength(1);
    expect(contains(marks.glare![0]!, 375, 300)).toBe(true);
    expect(marks.glare![0]!.width).toBeLessThan(220);
    expect(pictureMarks(glare, outline, said('exposure-washed-out')).glare).toEqual(marks.glare);
    expect(pictureMarks(glare, outline, said('exposure-ok')).glare).toBeUndefined();
    // A white box with hard edges (printed, or a scan's white) is not glare.
    const box = onTable(certificate(1200, 800), 960, 720, where);
    fillRect(box, 300, 250, 140, 90, [255, 255, 255]);
    expect(pictureMarks(box, findOutline(box), said('exposure-glare')).glare).toBeUndefined();
  });

  it('boxes the too-dark part on the certificate, not the dark table', () => {
    const dark: Pixels = { ...photo, data: photo.data.map((v, i) => (i % 4 === 3 ? v : v * 0.3)) };
    const { marks, checks } = marksOf(dark);
    expect(checks.get('exposure')?.message).toEqual({ code: 'exposure-dark' });
    expect(marks.dark).toBeDefined();
    expect(marks.dark?.length).toBeGreaterThan(0);
    if (marks.outline) {
      for (const b of marks.dark!) {
        expect(b.x).toBeGreaterThanOrEqual(60);
        expect(b.y).toBeGreaterThanOrEqual(60);
      }
    }
  });

  it('gives where the certificate is cut off', () => {
    const { marks } = marksOf(crop(photo, 230, 0, 730, 720));
    expect(marks.cut?.map((c) => c.side)).toEqual(['left']);
    expect(markKinds(marks)).toContain('cut');
  });

  it('marks nothing the checks do not speak of', () => {
    const checks = new Map<CheckId, CheckResult>();
    const marks = pictureMarks(photo, { found: false, reason: 'not-found' }, checks);
    expect(marks).toEqual({ width: 960, height: 720 });
    expect(markKinds(marks)).toEqual([]);
    expect(markKinds(undefined)).toEqual([]);
  });
});
