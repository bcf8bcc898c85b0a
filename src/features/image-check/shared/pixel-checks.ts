// Turns dimensions and pixel measures into the checks a person sees.
import { result, type CheckResult } from './checks';
import { expectsRedSeal, type DocumentKind } from './document-kind';
import {
  COLOUR_FAIL_BELOW,
  COLOUR_WARN_BELOW,
  DARK_PAPER_LUMA,
  DIMENSION_FAIL_LONG_SIDE,
  DIMENSION_FAIL_SHORT_SIDE,
  DIMENSION_MAX_LONG_SIDE,
  DIMENSION_MAX_MEGAPIXELS,
  DIMENSION_WARN_LONG_SIDE,
  DIMENSION_WARN_SHORT_SIDE,
  GLARE_WARN_AREA,
  SEAL_MIN_SHARE,
  SHARPNESS_FAIL_WIDTH,
  SHARPNESS_MIN_EDGES,
  SHARPNESS_WARN_WIDTH,
  WASHED_OUT_AREA,
  WASHED_OUT_BLOWN_AREA,
  EXPOSURE_PALE_PRINT_LUMA,
} from './limits';
import type { PixelMeasures } from './pixel-measures';
import type { Dimensions } from './read-dimensions';

const megapixelsOf = ({ width, height }: Dimensions) => Math.round((width * height) / 1_000_000);

export function checkDimensions({ width, height }: Dimensions): CheckResult {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const megapixels = megapixelsOf({ width, height });
  if (long > DIMENSION_MAX_LONG_SIDE || (width * height) / 1_000_000 > DIMENSION_MAX_MEGAPIXELS) {
    return result('dimensions', 'fail', {
      code: 'dimensions-too-large',
      width,
      height,
      megapixels,
    });
  }
  if (long < DIMENSION_FAIL_LONG_SIDE || short < DIMENSION_FAIL_SHORT_SIDE) {
    return result('dimensions', 'fail', { code: 'dimensions-too-small', width, height });
  }
  if (long < DIMENSION_WARN_LONG_SIDE || short < DIMENSION_WARN_SHORT_SIDE) {
    return result('dimensions', 'warn', { code: 'dimensions-small', width, height });
  }
  return result('dimensions', 'pass', { code: 'dimensions-ok', width, height });
}

/**
 * The picture is big enough, but the certificate in it is not: it fills only a corner of the frame,
 * so its text has fewer pixels than a whole picture of the warning size. `certificate` is the
 * certificate's size in the original picture's pixels (from its outline), when known. Replaces a
 * passing `dimensions` check; else keeps it.
 */
export function checkTextSize(
  dimensions: CheckResult,
  certificate: Dimensions | null,
): CheckResult {
  if (!certificate || dimensions.message.code !== 'dimensions-ok') return dimensions;
  const long = Math.max(certificate.width, certificate.height);
  const short = Math.min(certificate.width, certificate.height);
  if (long >= DIMENSION_WARN_LONG_SIDE && short >= DIMENSION_WARN_SHORT_SIDE) return dimensions;
  const { width, height } = dimensions.message;
  return result('dimensions', 'warn', { code: 'dimensions-text-small', width, height });
}

/**
 * Colour. Colour in the document (or anywhere in the picture, when we do not know where the
 * document is) passes. A grey file fails, or warns when a speck of colour is left. A colour photo
 * whose document shows no colour may be the original of a mostly black-on-white certificate or a
 * photo of a black-and-white copy: the pixels cannot tell, so it says so without a warning (skip:
 * "we could not tell"), rather than alarm the many whose certificate is simply black on white.
 */
export function checkColour(m: PixelMeasures): CheckResult {
  if (m.documentColourShare >= COLOUR_WARN_BELOW)
    return result('color', 'pass', { code: 'color-ok' });
  if (m.monochrome) {
    if (m.colourShare < COLOUR_FAIL_BELOW) return result('color', 'fail', { code: 'color-gray' });
    return result('color', 'warn', { code: 'color-faint' });
  }
  return result('color', 'skip', { code: 'color-unsure' });
}

export function checkSharpness(m: PixelMeasures): CheckResult {
  if (m.blurWidth === null || m.edgeCount < SHARPNESS_MIN_EDGES) {
    return result('sharpness', 'skip', { code: 'sharpness-no-detail' });
  }
  if (m.blurWidth >= SHARPNESS_FAIL_WIDTH) {
    return result('sharpness', 'fail', { code: 'sharpness-blurred' });
  }
  if (m.blurWidth >= SHARPNESS_WARN_WIDTH) {
    return result('sharpness', 'warn', { code: 'sharpness-soft' });
  }
  return result('sharpness', 'pass', { code: 'sharpness-ok' });
}

export function checkExposure(m: PixelMeasures): CheckResult {
  if (m.paperLuma < DARK_PAPER_LUMA) return result('exposure', 'warn', { code: 'exposure-dark' });
  const paleAndBlown =
    m.blownShare >= WASHED_OUT_BLOWN_AREA && m.printLuma >= EXPOSURE_PALE_PRINT_LUMA;
  if (m.glareShare >= WASHED_OUT_AREA || paleAndBlown) {
    return result('exposure', 'warn', { code: 'exposure-washed-out' });
  }
  if (m.glareShare >= GLARE_WARN_AREA)
    return result('exposure', 'warn', { code: 'exposure-glare' });
  return result('exposure', 'pass', { code: 'exposure-ok' });
}

export function checkSeal(m: PixelMeasures | null, kind: DocumentKind): CheckResult {
  if (!expectsRedSeal(kind)) return result('seal', 'skip', { code: 'seal-not-applicable' });
  if (!m) return result('seal', 'skip', { code: 'seal-not-decoded' });
  if (m.redShare === null || m.redShare < SEAL_MIN_SHARE)
    return result('seal', 'warn', { code: 'seal-missing' });
  return result('seal', 'pass', { code: 'seal-found' });
}
