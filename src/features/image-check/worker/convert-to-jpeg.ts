// "Fix it here": re-encode a picture as a JPEG inside the size limits. No cropping or retouching:
// only JPEG quality and, when that is not enough, the scale change.
import { ImageCheckError, throwIfAborted } from '../shared/errors';
import {
  CONVERT_MIN_LONG_SIDE,
  CONVERT_QUALITIES,
  CONVERT_SCALE_STEP,
  SIZE_MAX_DECIMAL,
  SIZE_MIN_BINARY,
} from '../shared/limits';
import type { ConvertedImage } from '../shared/messages';

async function encode(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  quality: number,
): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new ImageCheckError('convert-failed', 'No 2D canvas in this browser.');
  // Transparent parts become white paper, not JPEG's default black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}

export async function convertToJpeg(
  signal: AbortSignal,
  bitmap: ImageBitmap,
): Promise<ConvertedImage> {
  const long = Math.max(bitmap.width, bitmap.height);
  // Scale down only as far as needed, never below a legible size.
  for (
    let scale = 1;
    long * scale >= Math.min(long, CONVERT_MIN_LONG_SIDE);
    scale *= CONVERT_SCALE_STEP
  ) {
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    for (const quality of CONVERT_QUALITIES) {
      throwIfAborted(signal);
      const blob = await encode(bitmap, width, height, quality);
      if (blob.size > SIZE_MAX_DECIMAL) continue;
      if (blob.size >= SIZE_MIN_BINARY) return { blob, width, height, quality };
      // Too small even at the best quality tried: raise quality, then enlarge, until over 55 KB.
      for (const bigger of [1, 1.5, 2, 3]) {
        const w = Math.round(width * bigger);
        const h = Math.round(height * bigger);
        const best = await encode(bitmap, w, h, 1);
        if (best.size >= SIZE_MIN_BINARY && best.size <= SIZE_MAX_DECIMAL)
          return { blob: best, width: w, height: h, quality: 1 };
      }
      throw new ImageCheckError(
        'convert-failed',
        'The picture is too small to make a file over 55 KB.',
      );
    }
  }
  throw new ImageCheckError(
    'convert-failed',
    'Could not make a copy under 5 MB without making it unreadable.',
  );
}
