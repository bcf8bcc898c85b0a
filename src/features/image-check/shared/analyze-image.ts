// The whole check as a pure pipeline. File access and decoding come in through `io`, so the same
// code runs in the worker (real files), on the main thread (fallback) and in Node tests (fakes).
import {
  canConvert,
  checkIds,
  result,
  verdictOf,
  type CheckId,
  type CheckResult,
  type Verdict,
} from './checks';
import { expectsRedSeal, type DocumentKind } from './document-kind';
import { ImageCheckError, throwIfAborted } from './errors';
import { checkEdited, checkMirror, emptyMetadata, type ImageMetadata } from './exif-rules';
import { checkExtension, checkFormat, checkSize } from './file-rules';
import { checkComplete, findOutline } from './find-outline';
import {
  HEAD_BYTES,
  JPEG_HEADER_SEARCH_BYTES,
  JPEG_SCALED_PIXEL_CAP,
  MAX_DECODE_BYTES,
  MAX_STRUCTURE_BYTES,
  PIXEL_CAP,
} from './limits';
import {
  checkColour,
  checkDimensions,
  checkExposure,
  checkSeal,
  checkSharpness,
  checkTextSize,
} from './pixel-checks';
import { measurePixels, type Pixels } from './pixel-measures';
import { pictureMarks, type PictureMarks } from './picture-marks';
import { readDimensions, type Dimensions } from './read-dimensions';
import { browserDecodes, isAccepted, sniffFormat, type SniffedFormat } from './sniff-format';
import { verifyStructure } from './verify-structure';

/** A file as the pipeline sees it: a name, a size and ranged reads (never more than needed). */
export interface FileSource {
  name: string;
  size: number;
  read(signal: AbortSignal, start: number, end: number): Promise<Uint8Array>;
}

export interface DecodedImage {
  /** The picture's full size. */
  width: number;
  height: number;
  /** A reduced copy for the pixel checks. */
  pixels: Pixels;
  /** The same at a higher resolution (≥ DETAIL_LONG_SIDE when the picture is), for sharpness. */
  detail?: Pixels;
}

export interface ImageIO {
  /** EXIF/XMP of the file; null when it has none or it cannot be read. */
  readMetadata(signal: AbortSignal, format: SniffedFormat): Promise<ImageMetadata | null>;
  /** Decodes the picture at a reduced size; throws ImageCheckError('decode-failed' | 'too-many-pixels'). */
  decode(
    signal: AbortSignal,
    format: SniffedFormat,
    header: Dimensions | null,
  ): Promise<DecodedImage>;
  /**
   * The decoder scales JPEGs while decoding (WebCodecs ImageDecoder), so JPEGs up to
   * JPEG_SCALED_PIXEL_CAP are judged on a small copy without the full picture ever in memory.
   */
  scalesJpeg?: boolean;
}

export type ProgressStep =
  'reading' | 'metadata' | 'structure' | 'heic-decoder' | 'decoding' | 'measuring';
export type OnProgress = (step: ProgressStep) => void;

export interface ImageReport {
  fileName: string;
  fileSize: number;
  format: SniffedFormat;
  width: number | null;
  height: number | null;
  checks: CheckResult[];
  verdict: Verdict;
  /** The file fails only on format, name or size, and decodes: a JPEG copy would fix it. */
  convertible: boolean;
  /** What the picture checks saw, to draw on the photo; absent when the picture was not looked at. */
  picture?: PictureMarks;
}

const metadataFormats: readonly SniffedFormat[] = ['jpeg', 'heic', 'png', 'webp', 'tiff', 'avif'];

function decodeSkipReason(
  format: SniffedFormat,
  size: number,
  header: Dimensions | null,
  scalesJpeg = false,
): CheckResult | null {
  if (!browserDecodes(format) && format !== 'heic') {
    return result('decode', 'skip', { code: 'decode-not-picture' });
  }
  if (size > MAX_DECODE_BYTES) {
    return result('decode', 'skip', { code: 'decode-file-too-big', bytes: size });
  }
  const cap = format === 'jpeg' && scalesJpeg ? JPEG_SCALED_PIXEL_CAP : PIXEL_CAP;
  if (header && header.width * header.height > cap) return tooManyPixels(header);
  return null;
}

function tooManyPixels({ width, height }: Dimensions): CheckResult {
  const megapixels = Math.round((width * height) / 1_000_000);
  return result('decode', 'warn', { code: 'decode-too-many-pixels', width, height, megapixels });
}

/** The certificate's size in the original picture's pixels, from its outline in the analysis copy. */
function certificateSize(outline: readonly { x: number; y: number }[], decoded: DecodedImage) {
  const xs = outline.map((p) => p.x);
  const ys = outline.map((p) => p.y);
  const { width, height } = decoded.pixels;
  const scale = Math.max(decoded.width, decoded.height) / Math.max(width, height, 1);
  return {
    width: (Math.min(width, Math.max(...xs)) - Math.max(0, Math.min(...xs))) * scale,
    height: (Math.min(height, Math.max(...ys)) - Math.max(0, Math.min(...ys))) * scale,
  };
}

type Settled = { image: DecodedImage } | { error: unknown };
const settle = (decoding: Promise<DecodedImage>): Promise<Settled> =>
  decoding.then(
    (image) => ({ image }),
    (error: unknown) => ({ error }),
  );

export async function analyzeImage(
  signal: AbortSignal,
  source: FileSource,
  documentKind: DocumentKind,
  io: ImageIO,
  onProgress: OnProgress = () => {},
): Promise<ImageReport> {
  throwIfAborted(signal);
  onProgress('reading');
  const head = await source.read(signal, 0, Math.min(source.size, HEAD_BYTES));
  const format = sniffFormat(head, source.size);
  const checks = new Map<CheckId, CheckResult>();
  const set = (check: CheckResult) => checks.set(check.id, check);
  set(checkFormat(format));
  set(checkExtension(source.name, format));
  set(checkSize(source.size));

  let header = readDimensions(head, format);
  if (!header && format === 'jpeg' && source.size > head.length) {
    header = readDimensions(
      await source.read(signal, 0, Math.min(source.size, JPEG_HEADER_SEARCH_BYTES)),
      format,
    );
  }

  const skip = decodeSkipReason(format, source.size, header, io.scalesJpeg);
  // Browsers decode on their own threads: start now and read metadata and check the structure
  // meanwhile. If the file turns out damaged, the decoded copy is simply dropped.
  const early = !skip && browserDecodes(format) ? settle(io.decode(signal, format, header)) : null;

  let metadata: ImageMetadata | null = null;
  if (metadataFormats.includes(format)) {
    onProgress('metadata');
    metadata = await io.readMetadata(signal, format).catch((error: unknown) => {
      if (error instanceof ImageCheckError && error.code === 'aborted') throw error;
      return null; // damaged metadata is not the person's problem; the decode check speaks for the file
    });
  }
  if (metadata || isAccepted(format) || metadataFormats.includes(format)) {
    set(checkMirror(metadata ?? emptyMetadata));
    set(checkEdited(metadata ?? emptyMetadata));
  } else {
    set(result('mirror', 'skip', { code: 'metadata-not-picture' }));
    set(result('edited', 'skip', { code: 'metadata-not-picture' }));
  }

  let decoded: DecodedImage | null = null;
  if (skip) {
    set(skip);
  } else {
    if (source.size <= MAX_STRUCTURE_BYTES) {
      onProgress('structure');
      const whole = head.length === source.size ? head : await source.read(signal, 0, source.size);
      const structure = verifyStructure(whole, format);
      if (!structure.ok) {
        set(
          result('decode', 'fail', {
            code: structure.problem === 'truncated' ? 'decode-truncated' : 'decode-corrupt',
          }),
        );
      }
    }
    if (!checks.has('decode')) {
      throwIfAborted(signal);
      onProgress('decoding');
      const outcome = await (early ?? settle(io.decode(signal, format, header)));
      if ('image' in outcome) {
        decoded = outcome.image;
        set(result('decode', 'pass', { code: 'decode-ok' }));
      } else {
        const { error } = outcome;
        if (!(error instanceof ImageCheckError) || error.code === 'aborted') throw error;
        if (error.code === 'too-many-pixels' && header) set(tooManyPixels(header));
        else set(result('decode', 'fail', { code: 'decode-failed' }));
      }
    }
  }

  const size = decoded ?? header;
  const dimensions = size
    ? checkDimensions(size)
    : result('dimensions', 'skip', { code: 'dimensions-unknown' });
  set(dimensions);

  let picture: PictureMarks | undefined;
  if (decoded && dimensions.message.code === 'dimensions-too-small') {
    const why = { code: 'pixels-too-small' } as const;
    set(result('color', 'skip', why));
    set(result('sharpness', 'skip', why));
    set(result('exposure', 'skip', why));
    set(checkSeal(null, documentKind));
    set(result('complete', 'skip', why));
  } else if (decoded) {
    onProgress('measuring');
    throwIfAborted(signal);
    const outline = findOutline(decoded.pixels);
    // The pixel checks judge the document itself when its outline is known.
    const measures = measurePixels(decoded.pixels, {
      ...(decoded.detail && { detail: decoded.detail }),
      region: outline.found ? outline.visible : null,
      seal: expectsRedSeal(documentKind),
    });
    set(
      checkTextSize(dimensions, outline.found ? certificateSize(outline.visible, decoded) : null),
    );
    set(checkColour(measures));
    set(checkSharpness(measures));
    set(checkExposure(measures));
    set(checkSeal(measures, documentKind));
    set(checkComplete(outline));
    picture = pictureMarks(decoded.pixels, outline, checks);
  } else {
    const why = { code: 'pixels-not-decoded' } as const;
    set(result('color', 'skip', why));
    set(result('sharpness', 'skip', why));
    set(result('exposure', 'skip', why));
    set(checkSeal(null, documentKind));
    set(result('complete', 'skip', why));
  }

  // Reading the certificate is a separate step the person asks for (compare-reading.ts).
  for (const id of ['number-match', 'name-match', 'type-match'] as const) {
    set(result(id, 'skip', { code: 'reading-not-asked' }));
  }

  const ordered = checkIds.map((id) => checks.get(id)!);
  return {
    fileName: source.name,
    fileSize: source.size,
    format,
    width: size?.width ?? null,
    height: size?.height ?? null,
    checks: ordered,
    verdict: verdictOf(ordered),
    convertible: canConvert(ordered),
    ...(picture && { picture }),
  };
}
