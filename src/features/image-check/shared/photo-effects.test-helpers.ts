// What a phone camera does to a picture, for the Node tests: hand shake (motion blur), focus blur
// (a disk), sensor noise with colour noise, scaling, and scenes (a card on a wooden desk).
import type { Pixels } from './pixel-measures';
import { blank, fillRect } from './synthetic-images.test-helpers';

/** A seeded random source, so every run draws the same picture. */
export function seeded(seed = 12345) {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  /** Normally distributed (Box–Muller). */
  const gauss = () => Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next());
  return { next, gauss };
}

/**
 * A shaken phone: each pixel averaged along a line at `angle` degrees, weighted like a hand's
 * movement that starts and stops (a Gaussian of standard deviation `length` / 4 along the line, as
 * ImageMagick's -motion-blur, which the thresholds were also checked with on real photos).
 */
export function motionBlur(p: Pixels, length: number, angle = 0): Pixels {
  const dx = Math.cos((angle * Math.PI) / 180);
  const dy = Math.sin((angle * Math.PI) / 180);
  const sigma = length / 4;
  const taps: [number, number, number][] = [];
  for (let t = -Math.ceil(length); t <= Math.ceil(length); t++) {
    taps.push([Math.round(t * dx), Math.round(t * dy), Math.exp(-(t * t) / (2 * sigma * sigma))]);
  }
  return convolve(p, taps);
}

/** Averages each pixel over a disk of `radius`: a lens out of focus. */
export function defocus(p: Pixels, radius: number): Pixels {
  const taps: [number, number, number][] = [];
  for (let y = -Math.ceil(radius); y <= radius; y++)
    for (let x = -Math.ceil(radius); x <= radius; x++)
      if (x * x + y * y <= radius * radius) taps.push([x, y, 1]);
  return convolve(p, taps);
}

function convolve(p: Pixels, taps: [number, number, number][]): Pixels {
  const { width, height } = p;
  const out = new Uint8ClampedArray(p.data.length);
  const total = taps.reduce((sum, [, , w]) => sum + w, 0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [tx, ty, w] of taps) {
        const i =
          (Math.min(height - 1, Math.max(0, y + ty)) * width +
            Math.min(width - 1, Math.max(0, x + tx))) *
          4;
        r += p.data[i]! * w;
        g += p.data[i + 1]! * w;
        b += p.data[i + 2]! * w;
      }
      const o = (y * width + x) * 4;
      out[o] = r / total;
      out[o + 1] = g / total;
      out[o + 2] = b / total;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/**
 * Sensor noise: luminance noise of `sigma` levels, and colour noise of `chroma` levels per channel
 * (a colour sensor's demosaicing leaves some even after the phone's noise reduction).
 */
export function sensorNoise(p: Pixels, sigma: number, chroma = sigma / 2, seed = 99): Pixels {
  const { gauss } = seeded(seed);
  const data = Uint8ClampedArray.from(p.data);
  for (let i = 0; i < data.length; i += 4) {
    const l = gauss() * sigma;
    data[i] = data[i]! + l + gauss() * chroma;
    data[i + 1] = data[i + 1]! + l + gauss() * chroma;
    data[i + 2] = data[i + 2]! + l + gauss() * chroma;
  }
  return { width: p.width, height: p.height, data };
}

/** Box-averaged copy at 1/`factor` of the size (factor a whole number), as a decoder scales. */
export function shrink(p: Pixels, factor: number): Pixels {
  const width = Math.floor(p.width / factor);
  const height = Math.floor(p.height / factor);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sum = [0, 0, 0];
      for (let v = 0; v < factor; v++)
        for (let u = 0; u < factor; u++) {
          const i = ((y * factor + v) * p.width + x * factor + u) * 4;
          sum[0]! += p.data[i]!;
          sum[1]! += p.data[i + 1]!;
          sum[2]! += p.data[i + 2]!;
        }
      const o = (y * width + x) * 4;
      data[o] = sum[0]! / (factor * factor);
      data[o + 1] = sum[1]! / (factor * factor);
      data[o + 2] = sum[2]! / (factor * factor);
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}

/** Pastes `top` onto `base` at (x, y). */
export function paste(base: Pixels, top: Pixels, x0: number, y0: number): Pixels {
  const data = Uint8ClampedArray.from(base.data);
  for (let y = 0; y < top.height; y++) {
    for (let x = 0; x < top.width; x++) {
      const bx = x + x0;
      const by = y + y0;
      if (bx < 0 || by < 0 || bx >= base.width || by >= base.height) continue;
      data.set(
        top.data.subarray((y * top.width + x) * 4, (y * top.width + x) * 4 + 4),
        (by * base.width + bx) * 4,
      );
    }
  }
  return { width: base.width, height: base.height, data };
}

/** A wooden desk: warm brown with darker grain running along it. */
export function woodenDesk(width: number, height: number, seed = 3): Pixels {
  const { next } = seeded(seed);
  const p = blank(width, height, [176, 128, 84]);
  const phase = Array.from({ length: 6 }, () => next() * Math.PI * 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const grain =
        Math.sin(y / 7 + Math.sin(x / 90 + phase[0]!) * 3 + phase[1]!) * 0.5 +
        Math.sin(y / 23 + x / 400 + phase[2]!) * 0.5;
      const i = (y * width + x) * 4;
      p.data[i] = 176 + grain * 22;
      p.data[i + 1] = 128 + grain * 18;
      p.data[i + 2] = 84 + grain * 12;
    }
  }
  return p;
}

/** A white business card with lines of black text and a small teal logo. */
export function businessCard(width = 360, height = 210): Pixels {
  const card = blank(width, height, [246, 246, 243]);
  fillRect(card, 20, 20, 34, 34, [0, 128, 128]); // the logo
  for (let line = 0; line < 5; line++) {
    for (let x = 70; x < width - 30; x += 9) {
      fillRect(card, x, 30 + line * 30, 2, 12, [25, 25, 25]);
      fillRect(card, x, 36 + line * 30, 6, 2, [25, 25, 25]);
    }
  }
  return card;
}
