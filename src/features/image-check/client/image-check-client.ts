// The page's side of the worker: started on first use, terminated on abort (a new file cancels the
// old one instantly, even mid-decode), and stopped when idle so it holds no memory.
import type { ImageReport, ProgressStep } from '../shared/analyze-image';
import type { DocumentKind } from '../shared/document-kind';
import { abortError, ImageCheckError } from '../shared/errors';
import type { ConvertedImage, WorkerRequest, WorkerResponse } from '../shared/messages';

/** A worker left idle this long is stopped; the next check starts a fresh one in a few ms. */
const IDLE_STOP_MS = 30_000;

export type Progress = ProgressStep | 'converting';

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;

function stopWorker() {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker {
  clearTimeout(idleTimer);
  worker ??= new Worker(new URL('../worker/image-check.worker.ts', import.meta.url), {
    type: 'module',
    name: 'image-check',
  });
  return worker;
}

type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

function ask(
  signal: AbortSignal,
  request: Request,
  onProgress: (step: Progress) => void,
): Promise<WorkerResponse> {
  if (signal.aborted) return Promise.reject(abortError());
  const id = nextId++;
  const current = startWorker();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      if (event.data.id !== id) return;
      if (event.data.type === 'progress') return onProgress(event.data.step);
      cleanup();
      idleTimer = setTimeout(stopWorker, IDLE_STOP_MS);
      resolve(event.data);
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      stopWorker();
      reject(
        new ImageCheckError('worker-crashed', event.message || 'The checker stopped unexpectedly.'),
      );
    };
    const onAbort = () => {
      cleanup();
      stopWorker();
      reject(abortError());
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    current.postMessage({ ...request, id } as WorkerRequest);
  });
}

/** Last resort when no worker can run: the file checks only, no decoding on the page's thread. */
async function checkOnMainThread(
  signal: AbortSignal,
  file: File,
  documentKind: DocumentKind,
): Promise<ImageReport> {
  const [{ analyzeImage }, { readMetadata }] = await Promise.all([
    import('../shared/analyze-image'),
    import('../shared/read-metadata'),
  ]);
  return analyzeImage(
    signal,
    {
      name: file.name,
      size: file.size,
      read: async (_s, start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
    },
    documentKind,
    {
      readMetadata: () => readMetadata(file),
      decode: async () => {
        throw new ImageCheckError('decode-failed', 'Decoding needs the worker.');
      },
    },
  );
}

export async function checkImage(
  signal: AbortSignal,
  file: File,
  documentKind: DocumentKind,
  onProgress: (step: Progress) => void = () => {},
): Promise<ImageReport> {
  if (typeof Worker === 'undefined') return checkOnMainThread(signal, file, documentKind);
  try {
    const response = await ask(signal, { type: 'check', file, documentKind }, onProgress);
    if (response.type === 'checked') return response.report;
    throw new ImageCheckError(
      response.type === 'failed' ? response.code : 'worker-crashed',
      response.type === 'failed' ? response.message : 'Unexpected reply.',
    );
  } catch (error) {
    // A worker that dies on a hostile file (out of memory, decoder crash) must not leave the person
    // without an answer: check what can be checked without decoding.
    if (error instanceof ImageCheckError && error.code !== 'aborted')
      return checkOnMainThread(signal, file, documentKind);
    throw error;
  }
}

export async function convertImage(
  signal: AbortSignal,
  file: File,
  onProgress: (step: Progress) => void = () => {},
): Promise<ConvertedImage> {
  const response = await ask(signal, { type: 'convert', file }, onProgress);
  if (response.type === 'converted') return response.image;
  throw new ImageCheckError(
    response.type === 'failed' ? response.code : 'convert-failed',
    response.type === 'failed' ? response.message : 'Unexpected reply.',
  );
}
