// The pixel checks on what phone photos do to a certificate: hand shake, focus blur, sensor noise,
// size, a desk around the document, glare and over- and underexposure.
import { describe, expect, it } from 'vitest';
import {
  checkColour,
  checkDimensions,
  checkExposure,
  checkSharpness,
  checkTextSize,
} from './pixel-checks';
import { measurePixels, type Pixels, type Region } from './pixel-measures';
import {
  businessCard,
  defocus,
  motionBlur,
  paste,
  sensorNoise,
  shrink,
  woodenDesk,
} from './photo-effects.test-helpers';
import { blank, blur, documentPage, fillRect, toGrey } from './synthetic-images.test-helpers';

const page = documentPage(640, 480);
const sharpness = (p: Pixels, options?: Parameters<typeof measurePixels>[1]) =>
  checkSharpness(measurePixels(p, options)).status;

describe('sharpness on photos', { timeout: 60_000 }, () => {
  it('fails hand shake that smears one direction only, whichever it is', () => {
    for (const angle of [0, 90]) {
      expect(sharpness(motionBlur(page, 16, angle)), `${angle}°`).toBe('fail');
    }
    expect(sharpness(motionBlur(page, 16, 30))).not.toBe('pass');
    // The smear widens edges across its direction only; the other direction stays sharp, so a
    // median over all edges (as before) would have passed it.
    const sideways = measurePixels(motionBlur(page, 16, 0));
    expect(sideways.blurWidthX!).toBeGreaterThan(4 * sideways.blurWidthY!);
  });

  it('warns about slight shake, and passes a steady hand', () => {
    expect(sharpness(motionBlur(page, 9, 0))).toBe('warn');
    expect(sharpness(motionBlur(page, 3, 0))).toBe('pass');
  });

  it('judges a picture out of focus instead of skipping it', () => {
    expect(sharpness(defocus(page, 3))).toBe('warn');
    expect(sharpness(defocus(page, 6))).toBe('fail');
    expect(sharpness(blur(page, 6))).toBe('fail');
  });

  it('is not fooled by sensor noise', () => {
    expect(sharpness(sensorNoise(page, 6))).toBe('pass');
    expect(sharpness(sensorNoise(blur(page, 3), 6))).toBe('fail');
    expect(sharpness(sensorNoise(motionBlur(page, 16, 0), 6))).toBe('fail');
  });

  it('judges a big photo at reading size (1280 px), measured on its detail copy', () => {
    const big = documentPage(1920, 1440);
    for (const [sigma, status] of [
      [0, 'pass'],
      [2, 'pass'], // σ 2 px at 1920 px is σ 1.3 px at the reading size
      [7, 'fail'],
    ] as const) {
      const photo = sigma ? blur(big, sigma) : big;
      const m = measurePixels(shrink(photo, 2), { detail: photo });
      expect(checkSharpness(m).status, `σ ${sigma}`).toBe(status);
    }
  });

  it('measures where the document is: a sharp background does not hide a blurred certificate', () => {
    // Left half: a sharp printed poster; right half: the certificate, out of focus.
    const scene = paste(page, blur(documentPage(320, 480, { seal: false }), 4), 320, 0);
    const certificate: Region = [
      { x: 320, y: 0 },
      { x: 640, y: 0 },
      { x: 640, y: 480 },
      { x: 320, y: 480 },
    ];
    expect(sharpness(scene, { region: certificate })).toBe('fail');
  });
});

describe('colour on photos', { timeout: 60_000 }, () => {
  // A business card on a wooden desk, photographed: noise, a little colour noise.
  const desk = woodenDesk(640, 480);
  const cardOnDesk = sensorNoise(paste(desk, businessCard(), 140, 130), 3, 1.5);

  it('passes a white business card with a teal logo on a wooden desk', () => {
    const check = checkColour(measurePixels(cardOnDesk));
    expect(check).toEqual({ id: 'color', status: 'pass', message: { code: 'color-ok' } });
  });

  it('passes the card alone, filling the picture: its logo is colour', () => {
    const card = sensorNoise(businessCard(640, 380), 3, 1.5);
    expect(checkColour(measurePixels(card)).status).toBe('pass');
  });

  it('says honestly that it cannot tell when a colour photo shows a black-and-white document', () => {
    // A grey copy on a grey desk, photographed: colour noise, but no colour anywhere.
    const scene = sensorNoise(
      paste(
        blank(640, 480, [128, 128, 126]),
        toGrey(documentPage(480, 360, { seal: false })),
        80,
        60,
      ),
      3,
      2,
    );
    const check = checkColour(measurePixels(scene));
    expect(check).toEqual({ id: 'color', status: 'skip', message: { code: 'color-unsure' } });
  });

  it('with the outline known, colour on the desk alone does not vouch for the document', () => {
    const copyOnDesk = sensorNoise(
      paste(desk, toGrey(documentPage(360, 260, { seal: false })), 140, 110),
      3,
      1.5,
    );
    const outline: Region = [
      { x: 140, y: 110 },
      { x: 500, y: 110 },
      { x: 500, y: 370 },
      { x: 140, y: 370 },
    ];
    expect(checkColour(measurePixels(copyOnDesk)).status).toBe('pass');
    expect(checkColour(measurePixels(copyOnDesk, { region: outline })).message).toEqual({
      code: 'color-unsure',
    });
  });

  it('still fails a grey file: exactly no colour is not a photo in colour', () => {
    const greyFile = toGrey(sensorNoise(page, 3, 0));
    expect(checkColour(measurePixels(greyFile)).status).toBe('fail');
  });
});

describe('light and glare on photos', { timeout: 60_000 }, () => {
  const photo = sensorNoise(documentPage(640, 480, { background: [205, 200, 192] }), 2, 1);

  it('warns when three quarters of the picture are blown out to white', () => {
    const burnt = Uint8ClampedArray.from(photo.data);
    for (let y = 0; y < 480; y++)
      for (let x = 0; x < 640; x++) if (x < 480) burnt.set([255, 255, 255], (y * 640 + x) * 4);
    const check = checkExposure(measurePixels({ width: 640, height: 480, data: burnt }));
    expect(check.message).toEqual({ code: 'exposure-washed-out' });
  });

  it('warns when the whole photo is overexposed: paper blown to white and the print gone pale', () => {
    // A phone's black print is ~40–60, not 0 (flare, a lens's contrast); then every channel
    // doubled and more, as a camera metering on a dark desk does to the paper.
    const camera = (v: number) => 35 + 0.7 * v;
    const overexposed = Uint8ClampedArray.from(photo.data, (v, i) =>
      i % 4 === 3 ? v : camera(v) * 2.2,
    );
    const measures = measurePixels({ width: 640, height: 480, data: overexposed });
    expect(measures.glareShare).toBe(0); // no lit paper left to stand out from: not glare…
    expect(checkExposure(measures).message).toEqual({ code: 'exposure-washed-out' }); // …but washed out
  });

  it('passes a clean scan whose paper is clipped to white everywhere', () => {
    const scan = documentPage(640, 480, { background: [255, 255, 255] });
    expect(checkExposure(measurePixels(scan)).status).toBe('pass');
  });

  it('warns about glare over the document, judged inside its outline', () => {
    const glare = Uint8ClampedArray.from(photo.data);
    const withGlare = { width: 640, height: 480, data: glare };
    fillRect(withGlare, 380, 200, 80, 60, [255, 255, 255]);
    expect(checkExposure(measurePixels(withGlare)).message).toEqual({ code: 'exposure-glare' });
    // The same white patch on a white table outside the document is not on the document.
    const outline: Region = [
      { x: 0, y: 0 },
      { x: 360, y: 0 },
      { x: 360, y: 480 },
      { x: 0, y: 480 },
    ];
    expect(checkExposure(measurePixels(withGlare, { region: outline })).status).toBe('pass');
  });

  it('warns when even the paper is dim (a dark room)', () => {
    const dim = Uint8ClampedArray.from(photo.data);
    for (let i = 0; i < dim.length; i++) if (i % 4 !== 3) dim[i] = dim[i]! * 0.45;
    expect(checkExposure(measurePixels({ width: 640, height: 480, data: dim })).message).toEqual({
      code: 'exposure-dark',
    });
  });
});

describe('picture size', () => {
  it.each([
    [20000, 20000, 'fail'],
    [12000, 9000, 'pass'], // a 108 MP phone photo
    [16320, 12240, 'pass'], // the largest phone sensor, 200 MP
    [30000, 1000, 'fail'], // longer than any camera's side
  ] as const)('%i × %i → %s', (width, height, status) => {
    const check = checkDimensions({ width, height });
    expect(check.status).toBe(status);
    if (status === 'fail') expect(check.message.code).toBe('dimensions-too-large');
  });

  it('warns when the certificate fills only a corner of a big enough picture', () => {
    const dimensions = checkDimensions({ width: 1600, height: 1200 });
    expect(checkTextSize(dimensions, { width: 400, height: 250 }).message).toEqual({
      code: 'dimensions-text-small',
      width: 1600,
      height: 1200,
    });
    expect(checkTextSize(dimensions, { width: 1200, height: 800 }).status).toBe('pass');
    expect(checkTextSize(dimensions, null).status).toBe('pass');
    // A picture already too small keeps its own message.
    const small = checkDimensions({ width: 640, height: 480 });
    expect(checkTextSize(small, { width: 100, height: 60 })).toBe(small);
  });
});
