// Turns dimensions and pixel measures into the checks a person sees.
import { result, type CheckResult } from './checks';
import { expectsRedSeal, type DocumentKind } from './document-kind';
import {
  COLOUR_FAIL_BELOW,
  COLOUR_WARN_BELOW,
  DARK_MEAN_LUMA,
  DARK_P99_LUMA,
  DIMENSION_FAIL_LONG_SIDE,
  DIMENSION_FAIL_SHORT_SIDE,
  DIMENSION_WARN_LONG_SIDE,
  DIMENSION_WARN_SHORT_SIDE,
  GLARE_WARN_AREA,
  SCAN_WHITE_SHARE,
  SEAL_MIN_SHARE,
  SHARPNESS_FAIL_BELOW,
  SHARPNESS_MIN_EDGES,
  SHARPNESS_WARN_BELOW,
} from './limits';
import type { PixelMeasures } from './pixel-measures';
import type { Dimensions } from './read-dimensions';

export function checkDimensions({ width, height }: Dimensions): CheckResult {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const size = `${width} × ${height} pixels`;
  if (long < DIMENSION_FAIL_LONG_SIDE || short < DIMENSION_FAIL_SHORT_SIDE) {
    return result(
      'dimensions',
      'fail',
      `The picture is only ${size}: far too small to show a certificate. Use the original photo or scan.`,
    );
  }
  if (long < DIMENSION_WARN_LONG_SIDE || short < DIMENSION_WARN_SHORT_SIDE) {
    return result(
      'dimensions',
      'warn',
      `The picture is ${size}, which may be too small to read. A photo straight from your phone's camera is usually large enough.`,
    );
  }
  return result('dimensions', 'pass', `The picture is ${size}, enough to read the details.`);
}

export function checkColour(m: PixelMeasures): CheckResult {
  if (m.colourShare < COLOUR_FAIL_BELOW) {
    return result(
      'color',
      'fail',
      'This looks like a black-and-white or grey copy, which is not accepted. Photograph or scan the original certificate in colour.',
    );
  }
  if (m.colourShare < COLOUR_WARN_BELOW) {
    return result(
      'color',
      'warn',
      'There is very little colour in this picture. Make sure it is a colour photo or scan of the original, not of a black-and-white copy.',
    );
  }
  return result('color', 'pass', 'The picture is in colour.');
}

export function checkSharpness(m: PixelMeasures): CheckResult {
  if (m.sharpness === null || m.edgeCount < SHARPNESS_MIN_EDGES) {
    return result(
      'sharpness',
      'skip',
      'We found too little text or detail to judge sharpness. Check that the certificate is in the picture.',
    );
  }
  if (m.sharpness < SHARPNESS_FAIL_BELOW) {
    return result(
      'sharpness',
      'fail',
      'The picture is blurred, so the text may not be readable. Hold the phone steady, tap to focus, and take it again.',
    );
  }
  if (m.sharpness < SHARPNESS_WARN_BELOW) {
    return result(
      'sharpness',
      'warn',
      'The picture looks a little soft. Zoom in: if any text is fuzzy, take it again with the phone held steady.',
    );
  }
  return result('sharpness', 'pass', 'The picture looks sharp.');
}

export function checkExposure(m: PixelMeasures): CheckResult {
  if (m.meanLuma < DARK_MEAN_LUMA || m.p99Luma < DARK_P99_LUMA) {
    return result(
      'exposure',
      'warn',
      'The picture is very dark. Take it again in daylight or a well-lit room.',
    );
  }
  if (m.glareShare >= GLARE_WARN_AREA && m.whiteShare < SCAN_WHITE_SHARE) {
    return result(
      'exposure',
      'warn',
      'Part of the picture is washed out by glare or reflection, which can hide text. Tilt the certificate or turn off the flash and take it again.',
    );
  }
  return result('exposure', 'pass', 'The picture is evenly lit, with no glare found.');
}

export function checkSeal(m: PixelMeasures | null, kind: DocumentKind): CheckResult {
  if (!expectsRedSeal(kind)) {
    return result(
      'seal',
      'skip',
      'Only checked for business licenses and organization certificates.',
    );
  }
  if (!m)
    return result(
      'seal',
      'skip',
      'We could not look at the picture, so we could not look for the seal.',
    );
  if (m.redShare < SEAL_MIN_SHARE) {
    return result(
      'seal',
      'warn',
      'We could not find a red seal. The registration authority’s seal must be red, clear and complete in the picture.',
    );
  }
  return result(
    'seal',
    'pass',
    'We found red that looks like the seal. Check it is complete and clear.',
  );
}
