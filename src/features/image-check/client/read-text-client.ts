// The page's side of the reading worker: started on the first "Read the text" click (the engine
// and models download only then), kept while the page is open so a second photo reads at once,
// terminated on cancel (mid-download or mid-reading) and when the checker leaves the page.
import type { CertificateReading } from '../shared/certificate-text';
import { abortError, ImageCheckError } from '../shared/errors';
import type {
  ReadingProgress,
  ReadingRequest,
  ReadingResponse,
  ReadingTimings,
} from '../shared/reading-messages';

let worker: Worker | null = null;
let nextId = 1;

/** Stops the reader and frees its memory (about 100 MB with the models loaded). */
export function stopReader() {
  worker?.terminate();
  worker = null;
}

function startReader(): Worker {
  worker ??= new Worker(new URL('../worker/read-text.worker.ts', import.meta.url), {
    type: 'module',
    name: 'read-text',
  });
  return worker;
}

export interface ReadOutcome {
  reading: CertificateReading;
  timings: ReadingTimings;
}

/** Reads the certificate in `file`; aborting terminates the worker at once. */
export function readCertificate(
  signal: AbortSignal,
  file: File,
  onProgress: (progress: ReadingProgress) => void,
): Promise<ReadOutcome> {
  if (signal.aborted) return Promise.reject(abortError());
  const id = nextId++;
  const current = startReader();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = ({ data }: MessageEvent<ReadingResponse>) => {
      if (data.id !== id) return;
      if (data.type === 'progress') return onProgress(data);
      cleanup();
      if (data.type === 'read') resolve({ reading: data.reading, timings: data.timings });
      else reject(new ImageCheckError(data.code, data.message));
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      stopReader();
      reject(new ImageCheckError('reader-failed', event.message || 'The reader stopped.'));
    };
    const onAbort = () => {
      cleanup();
      stopReader();
      reject(abortError());
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    current.postMessage({ type: 'read', id, file } satisfies ReadingRequest);
  });
}
