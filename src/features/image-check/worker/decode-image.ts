// Decoding in the worker: the browser's decoder for JPEG/PNG/BMP/WebP/GIF, libheif for HEIC.
// Pixel checks get a copy scaled to ANALYSIS_LONG_SIDE, so memory stays small after decoding.
import type { DecodedImage } from '../shared/analyze-image';
import { ImageCheckError, throwIfAborted } from '../shared/errors';
import { ANALYSIS_LONG_SIDE, PIXEL_CAP } from '../shared/limits';
import type { Dimensions } from '../shared/read-dimensions';
import type { SniffedFormat } from '../shared/sniff-format';

function readPixels(bitmap: ImageBitmap): ImageData {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new ImageCheckError('decode-failed', 'No 2D canvas in this browser.');
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

const analysisWidth = ({ width, height }: Dimensions) =>
  Math.max(1, Math.round(width * Math.min(1, ANALYSIS_LONG_SIDE / Math.max(width, height))));

async function bitmapOf(
  source: ImageBitmapSource,
  options?: ImageBitmapOptions,
): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(source, options);
  } catch (cause) {
    throw new ImageCheckError('decode-failed', 'The browser could not decode the picture.', {
      cause,
    });
  }
}

/** Full-size bitmap of the file (for conversion), upright as the camera meant it. */
export async function decodeFull(
  signal: AbortSignal,
  file: Blob,
  format: SniffedFormat,
): Promise<ImageBitmap> {
  if (format === 'heic') {
    const { decodeHeic } = await import('./decode-heic');
    const rgba = await decodeHeic(signal, new Uint8Array(await file.arrayBuffer()));
    return bitmapOf(rgba);
  }
  return bitmapOf(file);
}

export async function decodeForAnalysis(
  signal: AbortSignal,
  file: Blob,
  format: SniffedFormat,
  header: Dimensions | null,
  onHeicDecoder: () => void,
): Promise<DecodedImage> {
  if (format === 'heic') {
    onHeicDecoder();
    const { decodeHeic } = await import('./decode-heic');
    const rgba = await decodeHeic(signal, new Uint8Array(await file.arrayBuffer()));
    throwIfAborted(signal);
    const size = { width: rgba.width, height: rgba.height };
    const bitmap = await bitmapOf(rgba, {
      resizeWidth: analysisWidth(size),
      resizeQuality: 'medium',
    });
    try {
      return { ...size, pixels: readPixels(bitmap) };
    } finally {
      bitmap.close();
    }
  }
  if (header) {
    // Scaled while decoding: the full-size picture never reaches our memory.
    const bitmap = await bitmapOf(file, {
      resizeWidth: analysisWidth(header),
      resizeQuality: 'medium',
    });
    try {
      return { ...header, pixels: readPixels(bitmap) };
    } finally {
      bitmap.close();
    }
  }
  const full = await bitmapOf(file);
  try {
    const size = { width: full.width, height: full.height };
    if (size.width * size.height > PIXEL_CAP)
      throw new ImageCheckError('too-many-pixels', 'Over the pixel cap.');
    const small = await bitmapOf(full, {
      resizeWidth: analysisWidth(size),
      resizeQuality: 'medium',
    });
    try {
      return { ...size, pixels: readPixels(small) };
    } finally {
      small.close();
    }
  } finally {
    full.close();
  }
}
