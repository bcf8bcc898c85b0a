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
  if (long < DIMENSION_FAIL_LONG_SIDE || short < DIMENSION_FAIL_SHORT_SIDE) {
    return result('dimensions', 'fail', { code: 'dimensions-too-small', width, height });
  }
  if (long < DIMENSION_WARN_LONG_SIDE || short < DIMENSION_WARN_SHORT_SIDE) {
    return result('dimensions', 'warn', { code: 'dimensions-small', width, height });
  }
  return result('dimensions', 'pass', { code: 'dimensions-ok', width, height });
}

export function checkColour(m: PixelMeasures): CheckResult {
  if (m.colourShare < COLOUR_FAIL_BELOW) return result('color', 'fail', { code: 'color-gray' });
  if (m.colourShare < COLOUR_WARN_BELOW) return result('color', 'warn', { code: 'color-faint' });
  return result('color', 'pass', { code: 'color-ok' });
}

export function checkSharpness(m: PixelMeasures): CheckResult {
  if (m.sharpness === null || m.edgeCount < SHARPNESS_MIN_EDGES) {
    return result('sharpness', 'skip', { code: 'sharpness-no-detail' });
  }
  if (m.sharpness < SHARPNESS_FAIL_BELOW) {
    return result('sharpness', 'fail', { code: 'sharpness-blurred' });
  }
  if (m.sharpness < SHARPNESS_WARN_BELOW) {
    return result('sharpness', 'warn', { code: 'sharpness-soft' });
  }
  return result('sharpness', 'pass', { code: 'sharpness-ok' });
}

export function checkExposure(m: PixelMeasures): CheckResult {
  if (m.meanLuma < DARK_MEAN_LUMA || m.p99Luma < DARK_P99_LUMA) {
    return result('exposure', 'warn', { code: 'exposure-dark' });
  }
  if (m.glareShare >= GLARE_WARN_AREA && m.whiteShare < SCAN_WHITE_SHARE) {
    return result('exposure', 'warn', { code: 'exposure-glare' });
  }
  return result('exposure', 'pass', { code: 'exposure-ok' });
}

export function checkSeal(m: PixelMeasures | null, kind: DocumentKind): CheckResult {
  if (!expectsRedSeal(kind)) return result('seal', 'skip', { code: 'seal-not-applicable' });
  if (!m) return result('seal', 'skip', { code: 'seal-not-decoded' });
  if (m.redShare < SEAL_MIN_SHARE) return result('seal', 'warn', { code: 'seal-missing' });
  return result('seal', 'pass', { code: 'seal-found' });
}
