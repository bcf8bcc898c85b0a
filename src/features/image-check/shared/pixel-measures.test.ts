import { describe, expect, it } from 'vitest';
import {
  checkColour,
  checkDimensions,
  checkExposure,
  checkSeal,
  checkSharpness,
} from './pixel-checks';
import { measurePixels } from './pixel-measures';
import { blank, blur, documentPage, fillRect, toGrey } from './synthetic-images.test-helpers';

const page = documentPage(640, 480);
const measures = measurePixels(page);

describe('colour', () => {
  it('counts a white page with a red seal as colour', () => {
    expect(checkColour(measures).status).toBe('pass');
  });
  it('fails a grey copy, and a yellowed or blue-tinted black-and-white copy', () => {
    expect(checkColour(measurePixels(toGrey(page))).status).toBe('fail');
    expect(checkColour(measurePixels(toGrey(page, [1, 0.93, 0.75]))).status).toBe('fail');
    expect(checkColour(measurePixels(toGrey(page, [0.85, 0.92, 1]))).status).toBe('fail');
  });
  it('warns when only a speck of colour remains', () => {
    const speck = toGrey(page);
    fillRect(speck, 10, 10, 16, 16, [200, 30, 30]);
    expect(checkColour(measurePixels(speck)).status).toBe('warn');
  });
});

describe('sharpness', () => {
  it('passes a crisp page and a lightly softened one', () => {
    expect(checkSharpness(measures).status).toBe('pass');
    expect(checkSharpness(measurePixels(blur(page, 1.5))).status).toBe('pass');
  });
  it('warns when soft and fails when blurred', () => {
    expect(checkSharpness(measurePixels(blur(page, 2))).status).toBe('warn');
    expect(checkSharpness(measurePixels(blur(page, 3))).status).toBe('fail');
  });
  it('does not punish a large clean scan for its plain background', () => {
    // The same text on a page four times the area, mostly empty paper.
    const big = blank(1280, 960, [250, 250, 248]);
    for (let y = 0; y < 480; y++)
      big.data.set(page.data.subarray(y * 640 * 4, (y + 1) * 640 * 4), y * 1280 * 4);
    expect(measurePixels(big).blurWidth).toBeCloseTo(measures.blurWidth!, 0);
    expect(checkSharpness(measurePixels(big)).status).toBe('pass');
  });
  it('does not depend on contrast: faint grey text is as sharp as black text', () => {
    const faint = documentPage(640, 480);
    for (let i = 0; i < faint.data.length; i++)
      if (i % 4 !== 3) faint.data[i] = 150 + (faint.data[i]! * 100) / 255;
    expect(measurePixels(faint).blurWidth).toBeCloseTo(measures.blurWidth!, 0);
  });
  it('skips a blank page', () => {
    expect(checkSharpness(measurePixels(blank(300, 200, [255, 255, 255]))).status).toBe('skip');
  });
});

describe('exposure', () => {
  it('passes a clean scan even though it is mostly white', () => {
    expect(checkExposure(measures).status).toBe('pass');
  });
  it('warns about a very dark photo', () => {
    const dark = documentPage(320, 240);
    for (let i = 0; i < dark.data.length; i++) if (i % 4 !== 3) dark.data[i] = dark.data[i]! * 0.2;
    expect(checkExposure(measurePixels(dark)).status).toBe('warn');
  });
  it('warns about glare on a photographed card', () => {
    const photo = documentPage(640, 480, { background: [185, 180, 170] });
    fillRect(photo, 200, 150, 120, 90, [255, 255, 255]);
    const check = checkExposure(measurePixels(photo));
    expect(check.status).toBe('warn');
    expect(check.message).toEqual({ code: 'exposure-glare' });
  });
});

describe('seal', () => {
  it('runs only for business licenses and organization certificates', () => {
    expect(checkSeal(measures, 'identity-card').status).toBe('skip');
    expect(checkSeal(measures, 'business-license').status).toBe('pass');
    expect(
      checkSeal(measurePixels(documentPage(640, 480, { seal: false })), 'organization-certificate')
        .status,
    ).toBe('warn');
  });
});

describe('dimensions', () => {
  it.each([
    [1, 1, 'fail'],
    [150, 90, 'fail'],
    [640, 480, 'warn'],
    [1200, 400, 'warn'],
    [1280, 960, 'pass'],
    [4032, 3024, 'pass'],
  ] as const)('%i × %i → %s', (width, height, status) => {
    expect(checkDimensions({ width, height }).status).toBe(status);
  });
});
