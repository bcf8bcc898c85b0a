// The measuring half of `npm run eval:ocr`: reads every picture that scripts/eval-ocr.mjs listed
// with the reader the portal ships (PP-OCRv4, weights stored as int8, on ONNX Runtime's
// WebAssembly: the same files, run in Node) through the same code as the reading worker
// (src/features/image-check/shared/read-picture.ts), then compares each reading with right and
// wrong entries (compare-reading.ts). Counting and printing happen in the .mjs. Run by
// vitest.eval.config.ts only so the TypeScript imports as it is; never part of `npm test`.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as ort from 'onnxruntime-web';
import { PaddleOcrService, type OrtModule } from 'paddleocr';
import { expect, test } from 'vitest';
import type { CertificateReading } from '../src/features/image-check/shared/certificate-text';
import { result, type CheckResult } from '../src/features/image-check/shared/checks';
import { compareReading, type Entered } from '../src/features/image-check/shared/compare-reading';
import type { DocumentKind } from '../src/features/image-check/shared/document-kind';
import { DETAIL_MAX_LONG_SIDE } from '../src/features/image-check/shared/limits';
import { readPicture } from '../src/features/image-check/shared/read-picture';
import { parseNetpbm } from './netpbm';

const PLAN_FILE =
  process.env.EVAL_OCR_PLAN ?? join('node_modules', '.cache', 'eval-ocr', 'plan.json');
const MODELS = join('node_modules', '.cache', 'ocr-models');
/** "k/n": read every n-th picture from the k-th on (one process per core; the .mjs merges). */
const [SHARD, SHARDS] = (process.env.EVAL_OCR_SHARD ?? '0/1').split('/').map(Number) as [
  number,
  number,
];

export interface PlannedReading {
  /** The specimen's id, or the real photo's file name. */
  source: string;
  variant: string;
  path: string;
  /** What is printed on it (specimens only). */
  truth?: { number: string; name: string; kind: DocumentKind; valid: boolean | null };
}

/** Each comparison's status for one kind of entry. */
type Statuses = Record<'number-match' | 'name-match' | 'type-match' | 'mirror', string>;

export interface ReadingResult extends PlannedReading {
  reading?: CertificateReading;
  times?: { upright: number; flipped: number };
  /** Entries that are right (the truth), and entries that are wrong in the ways people get wrong. */
  right?: Statuses;
  /** `target`: the checks the wrong entry is wrong for, which must never pass. */
  wrong?: { entry: string; target: (keyof Statuses)[]; statuses: Statuses }[];
  error?: string;
}

const run = promisify(execFile);

/** As the worker reads it: upright (EXIF), its longer side at most the detail copy's. */
async function decode(path: string) {
  const side = `${DETAIL_MAX_LONG_SIDE}x${DETAIL_MAX_LONG_SIDE}>`;
  const { stdout } = await run(
    'convert',
    [`${path}[0]`, '-auto-orient', '-resize', side, '-depth', '8', 'ppm:-'],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  return parseNetpbm(stdout);
}

/** The checks a report holds before the reading (what compareReading fills in). */
const before: CheckResult[] = [
  result('mirror', 'pass', { code: 'mirror-ok' }),
  result('number-match', 'skip', { code: 'reading-not-asked' }),
  result('name-match', 'skip', { code: 'reading-not-asked' }),
  result('type-match', 'skip', { code: 'reading-not-asked' }),
];

function statuses(reading: CertificateReading, entered: Entered): Statuses {
  const checks = compareReading(before, reading, entered).checks;
  const of = (id: keyof Statuses) => checks.find((c) => c.id === id)!.status;
  return {
    'number-match': of('number-match'),
    'name-match': of('name-match'),
    'type-match': of('type-match'),
    mirror: of('mirror'),
  };
}

/** Replaces the character at `i` (counted in code points). */
const replaceAt = (text: string, i: number, c: string) => {
  const chars = [...text];
  chars[i] = c;
  return chars.join('');
};

type Check = keyof Statuses;

/** Wrong entries of the kinds registrants make (one digit off, a look-alike, a near name). */
function wrongEntries(truth: NonNullable<PlannedReading['truth']>): [string, Check, Entered][] {
  const { number, name, kind } = truth;
  const digit = [...number].findIndex((c, i) => i > 5 && /\d/.test(c));
  const nextDigit = String((Number(number[digit]) + 1) % 10);
  const zero = number.indexOf('0');
  const other: DocumentKind = kind === 'identity-card' ? 'passport' : 'identity-card';
  const entries: [string, Check, Entered][] = [
    [
      'number one digit off',
      'number-match',
      { number: replaceAt(number, digit, nextDigit), name, kind },
    ],
    [
      'number missing its last character',
      'number-match',
      { number: number.slice(0, -1), name, kind },
    ],
    [
      'name one character different',
      'name-match',
      { number, name: replaceAt(name, 1, '小'), kind },
    ],
    ['name shortened', 'name-match', { number, name: [...name].slice(0, -1).join(''), kind }],
    ['type another document', 'type-match', { number, name, kind: other }],
  ];
  if (zero >= 0) {
    entries.push([
      'number with O for 0',
      'number-match',
      { number: replaceAt(number, zero, 'O'), name, kind },
    ]);
  }
  return entries;
}

/** For real photos, which have no truth: an invented ID card's values must never match. */
const invented: Entered = { number: '11010519491231002X', name: '张晓明', kind: 'identity-card' };

test('OCR evaluation: every planned picture is read', async () => {
  const plan = JSON.parse(await readFile(PLAN_FILE, 'utf8')) as {
    results: string;
    pictures: PlannedReading[];
  };
  ort.env.logLevel = 'error';
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = pathToFileURL(
    join('node_modules', 'onnxruntime-web', 'dist') + '/',
  ).href;
  const [detection, recognition, keys] = await Promise.all(
    ['det.onnx', 'rec.onnx', 'keys.txt'].map((f) => readFile(join(MODELS, f))),
  );
  const buffer = (b: Buffer) =>
    b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  const started = performance.now();
  const service = await PaddleOcrService.createInstance({
    ort: ort as unknown as OrtModule,
    modelPreset: 'PP-OCRv5_mobile',
    detection: { modelBuffer: buffer(detection!), maxSideLength: 960 },
    recognition: {
      modelBuffer: buffer(recognition!),
      charactersDictionary: [
        'blank',
        ...keys!
          .toString('utf8')
          .replace(/\r?\n$/, '')
          .split(/\r?\n/),
        ' ',
      ],
    },
  });
  console.log(`engine started in ${Math.round(performance.now() - started)} ms`);

  const mine = plan.pictures.filter((_, i) => i % SHARDS === SHARD);
  const results: ReadingResult[] = [];
  for (const picture of mine) {
    try {
      const image = await decode(picture.path);
      const { reading, times } = await readPicture(service, image);
      const out: ReadingResult = { ...picture, reading, times };
      if (picture.truth) {
        const { number, name, kind } = picture.truth;
        out.right = statuses(reading, { number, name, kind });
        out.wrong = wrongEntries(picture.truth).map(([entry, target, entered]) => ({
          entry,
          target: [target],
          statuses: statuses(reading, entered),
        }));
      } else {
        out.wrong = [
          {
            entry: 'an invented ID card',
            target: ['number-match', 'name-match', 'type-match'],
            statuses: statuses(reading, invented),
          },
        ];
      }
      results.push(out);
    } catch (error) {
      results.push({ ...picture, error: String(error) });
    }
    if (results.length % 10 === 0) console.log(`${results.length} of ${mine.length}`);
  }
  await writeFile(`${plan.results}.${SHARD}`, JSON.stringify(results));
  expect(results).toHaveLength(mine.length);
});
