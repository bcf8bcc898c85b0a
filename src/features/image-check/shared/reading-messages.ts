// Messages between the page and the reading worker (worker/read-text.worker.ts).
import type { CertificateReading } from './certificate-text';
import type { ImageCheckErrorCode } from './errors';

export type ReadingRequest = { type: 'read'; id: number; file: File };

/** What the worker is doing; `downloading` counts the bytes of the engine and its models. */
export type ReadingProgress =
  | { step: 'downloading'; loaded: number; total: number }
  | { step: 'preparing' }
  | { step: 'decoding' }
  /** `total` lines found (0 until they are), `done` of them read. */
  | { step: 'reading' | 'reading-flipped'; done: number; total: number };

/** Milliseconds each stage took (the benchmark and the closing note report them). */
export interface ReadingTimings {
  load: number;
  decode: number;
  read: number;
  flipped: number;
}

export type ReadingResponse =
  | ({ type: 'progress'; id: number } & ReadingProgress)
  | { type: 'read'; id: number; reading: CertificateReading; timings: ReadingTimings }
  | { type: 'failed'; id: number; code: ImageCheckErrorCode; message: string };
