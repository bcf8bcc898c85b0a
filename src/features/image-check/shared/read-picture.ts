// One picture read by a text recogniser, both ways round when needed: the upright picture first,
// and the picture flipped left to right only when the upright reading is not sure (see
// certificate-text.ts uprightIsSure). No engine here: the worker passes PaddleOCR, the evaluation
// (scripts/eval-ocr.eval.ts) the same engine in Node, so both run exactly this code.
import {
  chooseOrientation,
  readCertificateText,
  uprightIsSure,
  type CertificateReading,
  type TextLine,
} from './certificate-text';
import type { Pixels } from './pixel-measures';

/** One recognised line, in the picture's pixels (PaddleOCR's RecognitionResult, as we use it). */
export interface RecognisedLine {
  text: string;
  confidence: number;
  box: { x: number; y: number; width: number; height: number };
}

/** A recogniser's progress: after detection, one event per line read ("rec", "item"). */
export interface RecogniserProgress {
  type: string;
  stage: string;
  progress: { current: number; total: number };
}

/** What this code needs of a recogniser: lines (possibly grouped in rows) from RGBA pixels. */
export interface Recogniser {
  recognize(
    input: { width: number; height: number; data: Uint8Array },
    options?: { onProgress?: (event: RecogniserProgress) => void },
  ): Promise<(RecognisedLine | RecognisedLine[])[]>;
}

/** Lines read so far of those found, in the upright or the flipped picture. */
export interface LinesRead {
  flipped: boolean;
  done: number;
  total: number;
}

/** Milliseconds spent reading the upright and the flipped picture (0 when not read). */
export interface ReadTimes {
  upright: number;
  flipped: number;
}

/** The picture left to right. */
export function flipPixels(image: Pixels): Pixels {
  const { width, height, data } = image;
  const out = new Uint8ClampedArray(data.length);
  const source = new Uint32Array(data.buffer, data.byteOffset, data.length / 4);
  const target = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    for (let x = 0; x < width; x++) target[start + x] = source[start + width - 1 - x]!;
  }
  return { width, height, data: out };
}

/** The lines with their boxes as shares of the picture; `flipped`: boxes mirrored back. */
export function linesOf(
  results: readonly (RecognisedLine | RecognisedLine[])[],
  image: { width: number; height: number },
  flipped: boolean,
): TextLine[] {
  return results.flat().map(({ text, confidence, box }) => {
    const x = box.x / image.width;
    const width = box.width / image.width;
    return {
      text,
      confidence,
      box: {
        x: flipped ? 1 - x - width : x,
        y: box.y / image.height,
        width,
        height: box.height / image.height,
      },
    };
  });
}

async function recognise(
  recogniser: Recogniser,
  image: Pixels,
  flipped: boolean,
  onLines: (lines: LinesRead) => void,
) {
  const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  const results = await recogniser.recognize(
    { width: image.width, height: image.height, data },
    {
      onProgress: ({ type, stage, progress }) => {
        if (type === 'rec' && stage === 'item') {
          onLines({ flipped, done: progress.current, total: progress.total });
        }
      },
    },
  );
  return readCertificateText(linesOf(results, image, flipped));
}

/**
 * Reads the certificate in `image`, and tells whether the picture is mirrored. `onLines` hears
 * of each line read (a dense page has hundreds), and of the flipped reading starting.
 */
export async function readPicture(
  recogniser: Recogniser,
  image: Pixels,
  onLines: (lines: LinesRead) => void = () => {},
): Promise<{ reading: CertificateReading; times: ReadTimes }> {
  let started = performance.now();
  const upright = await recognise(recogniser, image, false, onLines);
  const times = { upright: Math.round(performance.now() - started), flipped: 0 };
  if (uprightIsSure(upright)) return { reading: chooseOrientation(upright), times };
  onLines({ flipped: true, done: 0, total: 0 });
  started = performance.now();
  const flipped = await recognise(recogniser, flipPixels(image), true, onLines);
  times.flipped = Math.round(performance.now() - started);
  return { reading: chooseOrientation(upright, flipped), times };
}
