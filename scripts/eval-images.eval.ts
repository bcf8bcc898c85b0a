// The measuring half of `npm run eval:images`: runs the image check's pure pipeline
// (src/features/image-check/shared/analyze-image.ts) in Node on every picture that
// scripts/eval-images.mjs listed (the real photos and the problems built from them) and writes
// each check's status. Counting and printing happen in the .mjs. Vitest only serves to import the
// TypeScript: this file is run by vitest.eval.config.ts, never by `npm test`.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import {
  analyzeImage,
  type DecodedImage,
  type FileSource,
  type ImageIO,
} from '../src/features/image-check/shared/analyze-image';
import { ANALYSIS_LONG_SIDE } from '../src/features/image-check/shared/limits';
import { readMetadata } from '../src/features/image-check/shared/read-metadata';
import { parseNetpbm } from './netpbm';

/** Written by scripts/eval-images.mjs; EVAL_IMAGES_PLAN points elsewhere if needed. */
const PLAN_FILE =
  process.env.EVAL_IMAGES_PLAN ?? join('node_modules', '.cache', 'eval-images', 'plan.json');
/** Decoding runs in ImageMagick processes, so a few pictures can be in flight at once. */
const CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));
/** Room for the largest decoded copy (1280 × 1280 RGB) with a wide margin. */
const MAX_DECODED_BYTES = 64 * 1024 * 1024;

interface PlannedPicture {
  photo: string;
  variant: string;
  path: string;
}
interface Plan {
  results: string;
  pictures: PlannedPicture[];
}
export interface PictureResult extends PlannedPicture {
  verdict?: string;
  checks?: Record<string, { status: string; code: string }>;
  error?: string;
  ms: number;
}

const run = promisify(execFile);

/**
 * What the worker's decodeForAnalysis hands the pipeline (src/features/image-check/worker/
 * decode-image.ts): the picture upright as its EXIF orientation says (createImageBitmap's default),
 * scaled so its longer side is at most ANALYSIS_LONG_SIDE, as RGBA; width and height are the full
 * size from the file header when there is one. ImageMagick stands in for the browser's decoder.
 */
async function decodeLikeTheWorker(
  path: string,
  header: { width: number; height: number } | null,
): Promise<DecodedImage> {
  const side = `${ANALYSIS_LONG_SIDE}x${ANALYSIS_LONG_SIDE}>`;
  const { stdout } = await run(
    'convert',
    [`${path}[0]`, '-auto-orient', '-resize', side, '-depth', '8', 'ppm:-'],
    { encoding: 'buffer', maxBuffer: MAX_DECODED_BYTES },
  );
  const { width, height, data } = parseNetpbm(stdout);
  const full = header ?? (await fullSize(path));
  return { width: full.width, height: full.height, pixels: { width, height, data } };
}

async function fullSize(path: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run('identify', ['-format', '%w %h', `${path}[0]`]);
  const [width, height] = stdout.trim().split(' ').map(Number);
  return { width: width!, height: height! };
}

async function checkPicture(picture: PlannedPicture): Promise<PictureResult> {
  const started = performance.now();
  try {
    const bytes = new Uint8Array(await readFile(picture.path));
    const source: FileSource = {
      name: basename(picture.path),
      size: bytes.length,
      read: async (_signal, start, end) => bytes.subarray(start, Math.min(end, bytes.length)),
    };
    const io: ImageIO = {
      readMetadata: () => readMetadata(bytes),
      decode: (_signal, _format, header) => decodeLikeTheWorker(picture.path, header),
    };
    const report = await analyzeImage(new AbortController().signal, source, 'unknown', io);
    const checks = Object.fromEntries(
      report.checks.map((c) => [c.id, { status: c.status, code: c.message.code }]),
    );
    return { ...picture, verdict: report.verdict, checks, ms: performance.now() - started };
  } catch (error) {
    return { ...picture, error: String(error), ms: performance.now() - started };
  }
}

test('real-photo evaluation: every planned picture is checked', async () => {
  const plan = JSON.parse(await readFile(PLAN_FILE, 'utf8')) as Plan;
  const results: PictureResult[] = new Array(plan.pictures.length);
  let next = 0;
  const lane = async () => {
    while (next < plan.pictures.length) {
      const index = next++;
      results[index] = await checkPicture(plan.pictures[index]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  await writeFile(plan.results, JSON.stringify(results));
  expect(results.filter(Boolean)).toHaveLength(plan.pictures.length);
});
