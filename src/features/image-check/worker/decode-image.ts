// Decoding in the worker: the browser's decoder for JPEG/PNG/BMP/WebP/GIF, libheif for HEIC.
// Pixel checks get two reduced copies: the analysis copy (≤ ANALYSIS_LONG_SIDE) and a detail copy
// (≥ DETAIL_LONG_SIDE when the picture is that big) for sharpness. A JPEG is scaled while it is
// decoded where the browser can (WebCodecs ImageDecoder), so even a 108 MP photo never has its
// full-size pixels in memory; elsewhere the browser decodes at full size and scales.
import type { DecodedImage } from '../shared/analyze-image';
import { ImageCheckError, throwIfAborted } from '../shared/errors';
import {
  ANALYSIS_LONG_SIDE,
  DETAIL_LONG_SIDE,
  DETAIL_MAX_LONG_SIDE,
  PIXEL_CAP,
} from '../shared/limits';
import type { Dimensions } from '../shared/read-dimensions';
import type { SniffedFormat } from '../shared/sniff-format';

function readPixels(bitmap: ImageBitmap): ImageData {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new ImageCheckError('decode-failed', 'No 2D canvas in this browser.');
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

const longSide = ({ width, height }: Dimensions) => Math.max(width, height);

/** Width of a copy of `size` whose longer side is at most `long`. */
const widthFor = (size: Dimensions, long: number) =>
  Math.max(1, Math.round(size.width * Math.min(1, long / longSide(size))));

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

/** Scales a bitmap so its longer side is at most `long` (or returns it as it is). */
async function scaled(bitmap: ImageBitmap, long: number): Promise<ImageBitmap> {
  if (longSide(bitmap) <= long) return bitmap;
  const width = widthFor(bitmap, long);
  const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width));
  return bitmapOf(bitmap, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' });
}

/**
 * The analysis copy and the detail copy from one decoded bitmap (upright: EXIF orientation is
 * applied by the decoder). The bitmap is closed.
 */
async function copiesOf(bitmap: ImageBitmap, size: Dimensions): Promise<DecodedImage> {
  const bitmaps = new Set([bitmap]);
  try {
    const detailBitmap = await scaled(bitmap, DETAIL_MAX_LONG_SIDE);
    bitmaps.add(detailBitmap);
    const analysisBitmap = await scaled(detailBitmap, ANALYSIS_LONG_SIDE);
    bitmaps.add(analysisBitmap);
    const pixels = readPixels(analysisBitmap);
    if (analysisBitmap === detailBitmap) return { ...size, pixels };
    return { ...size, pixels, detail: readPixels(detailBitmap) };
  } finally {
    for (const b of bitmaps) b.close();
  }
}

/** WebCodecs ImageDecoder, where the browser has it and it decodes JPEG (Chromium ≥ 94). */
let jpegScaling: Promise<boolean> | undefined;
export function scalesJpeg(): Promise<boolean> {
  jpegScaling ??= (async () => {
    try {
      return (
        typeof ImageDecoder !== 'undefined' && (await ImageDecoder.isTypeSupported('image/jpeg'))
      );
    } catch {
      return false;
    }
  })();
  return jpegScaling;
}

/**
 * A JPEG decoded at M/8 of its size (the decoder's DCT scaling), the smallest M whose copy is at
 * least DETAIL_LONG_SIDE long: the full-size picture is never in memory.
 */
async function decodeJpegScaled(file: Blob, header: Dimensions): Promise<ImageBitmap> {
  const eighths = Math.min(8, Math.ceil((8 * DETAIL_LONG_SIDE) / longSide(header)));
  const decoder = new ImageDecoder({
    data: file.stream(),
    type: 'image/jpeg',
    desiredWidth: Math.ceil((header.width * eighths) / 8),
    desiredHeight: Math.ceil((header.height * eighths) / 8),
  });
  try {
    const { image } = await decoder.decode();
    try {
      return await bitmapOf(image);
    } finally {
      image.close();
    }
  } catch (cause) {
    if (cause instanceof ImageCheckError) throw cause;
    throw new ImageCheckError('decode-failed', 'The browser could not decode the picture.', {
      cause,
    });
  } finally {
    decoder.close();
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
      resizeWidth: widthFor(size, DETAIL_LONG_SIDE),
      resizeQuality: 'medium',
    });
    return copiesOf(bitmap, size);
  }
  if (
    header &&
    format === 'jpeg' &&
    longSide(header) > DETAIL_MAX_LONG_SIDE &&
    (await scalesJpeg())
  ) {
    return copiesOf(await decodeJpegScaled(file, header), header);
  }
  if (header) {
    // Scaled by the browser after decoding: only the copies reach our memory. The width is the
    // header's (before EXIF rotation); copiesOf scales a rotated result down to size.
    const bitmap = await bitmapOf(file, {
      resizeWidth: widthFor(header, DETAIL_LONG_SIDE),
      resizeQuality: 'medium',
    });
    return copiesOf(bitmap, header);
  }
  const full = await bitmapOf(file);
  const size = { width: full.width, height: full.height };
  if (size.width * size.height > PIXEL_CAP) {
    full.close();
    throw new ImageCheckError('too-many-pixels', 'Over the pixel cap.');
  }
  return copiesOf(full, size);
}
