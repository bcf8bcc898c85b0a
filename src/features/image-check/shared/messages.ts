// Messages between the page and the image-check worker.
import type { ImageReport, ProgressStep } from './analyze-image';
import type { DocumentKind } from './document-kind';
import type { ImageCheckErrorCode } from './errors';

export type WorkerRequest =
  | { type: 'check'; id: number; file: File; documentKind: DocumentKind }
  | { type: 'convert'; id: number; file: File };

export interface ConvertedImage {
  blob: Blob;
  width: number;
  height: number;
  /** JPEG quality used, 0–1. */
  quality: number;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; step: ProgressStep | 'converting' }
  | { type: 'checked'; id: number; report: ImageReport }
  | { type: 'converted'; id: number; image: ConvertedImage }
  | { type: 'failed'; id: number; code: ImageCheckErrorCode; message: string };
