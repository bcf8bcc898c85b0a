// The image-check worker: a thin message handler around the pure pipeline in ../shared.
// The page cancels by terminating this worker, so no request needs its own cancel message.
import { analyzeImage, type FileSource, type ImageIO } from '../shared/analyze-image';
import { ImageCheckError } from '../shared/errors';
import { HEAD_BYTES } from '../shared/limits';
import type { WorkerRequest, WorkerResponse } from '../shared/messages';
import { readMetadata } from '../shared/read-metadata';
import { sniffFormat } from '../shared/sniff-format';
import { convertToJpeg } from './convert-to-jpeg';
import { decodeForAnalysis, decodeFull, scalesJpeg } from './decode-image';

// Typed by hand so this file compiles against both the DOM and the WebWorker libraries.
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const never = new AbortController().signal;

function fileSource(file: File): FileSource {
  return {
    name: file.name,
    size: file.size,
    read: async (_signal, start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const { id, file } = request;
  if (request.type === 'check') {
    const io: ImageIO = {
      readMetadata: () => readMetadata(file),
      decode: (signal, format, header) =>
        decodeForAnalysis(signal, file, format, header, () =>
          scope.postMessage({ type: 'progress', id, step: 'heic-decoder' }),
        ),
      scalesJpeg: await scalesJpeg(),
    };
    const report = await analyzeImage(never, fileSource(file), request.documentKind, io, (step) =>
      scope.postMessage({ type: 'progress', id, step }),
    );
    return { type: 'checked', id, report };
  }
  scope.postMessage({ type: 'progress', id, step: 'converting' });
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const bitmap = await decodeFull(never, file, sniffFormat(head, file.size));
  try {
    return { type: 'converted', id, image: await convertToJpeg(never, bitmap) };
  } finally {
    bitmap.close();
  }
}

scope.addEventListener('message', (event) => {
  const { id } = event.data;
  handle(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) => {
      const code = error instanceof ImageCheckError ? error.code : 'decode-failed';
      scope.postMessage({
        type: 'failed',
        id,
        code,
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
});
