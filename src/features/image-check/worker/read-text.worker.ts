// The reading worker: text recognition on the certificate, on the device. Started only when the
// person asks for the reading; the page cancels by terminating it. PP-OCRv4 (detection and
// recognition) runs on ONNX Runtime's WebAssembly; both and the models are the portal's own files
// (virtual:ocr-assets), fetched here with a progress count. Why this engine:
// docs/decisions/004-ocr-engine.md.
import * as ort from 'onnxruntime-web/wasm';
import { PaddleOcrService, type OrtModule } from 'paddleocr';
import { bytes, detectionUrl, keysUrl, recognitionUrl, wasmUrl } from 'virtual:ocr-assets';
import { ImageCheckError } from '../shared/errors';
import { HEAD_BYTES } from '../shared/limits';
import { readDimensions } from '../shared/read-dimensions';
import { readPicture } from '../shared/read-picture';
import type {
  ReadingProgress,
  ReadingRequest,
  ReadingResponse,
  ReadingTimings,
} from '../shared/reading-messages';
import { sniffFormat } from '../shared/sniff-format';
import { decodeForAnalysis } from './decode-image';

interface WorkerScope {
  postMessage(message: ReadingResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadingRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const never = new AbortController().signal;

/** Detection looks at a copy this long (PaddleOCR's default); recognition reads the full copy. */
const DETECTION_LONG_SIDE = 960;

/** Fetches the files, counting their bytes as they arrive. */
async function download(
  urls: string[],
  total: number,
  onBytes: (loaded: number) => void,
): Promise<ArrayBuffer[]> {
  let loaded = 0;
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
      const parts: Uint8Array[] = [];
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        loaded += value.length;
        onBytes(Math.min(loaded, total));
      }
      return new Blob(parts as BlobPart[]).arrayBuffer();
    }),
  );
}

let engine: Promise<PaddleOcrService> | undefined;

async function startEngine(progress: (p: ReadingProgress) => void): Promise<PaddleOcrService> {
  const total = bytes.wasm + bytes.detection + bytes.recognition + bytes.keys;
  const [wasm, detection, recognition, keys] = await download(
    [wasmUrl, detectionUrl, recognitionUrl, keysUrl],
    total,
    (loaded) => progress({ step: 'downloading', loaded, total }),
  );
  progress({ step: 'preparing' });
  // Its warnings (an unknown CPU vendor in a VM) would reach the console as errors.
  ort.env.logLevel = 'error';
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmBinary = wasm;
  const dictionary = new TextDecoder()
    .decode(keys)
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);
  return PaddleOcrService.createInstance({
    // paddleocr types the one call it makes (create from a buffer) narrower than ORT declares it.
    ort: ort as unknown as OrtModule,
    // PP-OCRv5's pre- and post-processing is PP-OCRv4's; the models and dictionary are given here.
    modelPreset: 'PP-OCRv5_mobile',
    detection: { modelBuffer: detection!, maxSideLength: DETECTION_LONG_SIDE },
    recognition: {
      modelBuffer: recognition!,
      charactersDictionary: ['blank', ...dictionary, ' '],
    },
  });
}

async function handle(request: ReadingRequest): Promise<ReadingResponse> {
  const { id, file } = request;
  const progress = (p: ReadingProgress) => scope.postMessage({ type: 'progress', id, ...p });
  const timings: ReadingTimings = { load: 0, decode: 0, read: 0, flipped: 0 };
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };
  engine ??= startEngine(progress).catch((cause: unknown) => {
    engine = undefined;
    throw new ImageCheckError('reader-failed', 'The text reader could not start.', { cause });
  });
  const service = await engine;
  timings.load = lap();

  progress({ step: 'decoding' });
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const format = sniffFormat(head, file.size);
  const decoded = await decodeForAnalysis(
    never,
    file,
    format,
    readDimensions(head, format),
    () => {},
  );
  const image = decoded.detail ?? decoded.pixels;
  timings.decode = lap();

  progress({ step: 'reading', done: 0, total: 0 });
  const { reading, times } = await readPicture(service, image, ({ flipped, done, total }) =>
    progress({ step: flipped ? 'reading-flipped' : 'reading', done, total }),
  );
  timings.read = times.upright;
  timings.flipped = times.flipped;
  return { type: 'read', id, reading, timings };
}

scope.addEventListener('message', (event) => {
  const { id } = event.data;
  handle(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id,
        code: error instanceof ImageCheckError ? error.code : 'decode-failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
