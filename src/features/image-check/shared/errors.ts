export type ImageCheckErrorCode =
  | 'aborted'
  | 'decode-failed'
  | 'too-many-pixels'
  | 'heic-decoder-failed'
  | 'worker-crashed'
  | 'convert-failed'
  /** The reading's engine or models could not be downloaded or started. */
  | 'reader-failed';

/**
 * An error with a stable code, so the page can choose its words and tests can match it. Its
 * `message` is a diagnostic for developers (the console, a bug report) and is never shown: the
 * page words what a person reads from `code`, in the page's language (../i18n, `errors`).
 */
export class ImageCheckError extends Error {
  readonly code: ImageCheckErrorCode;
  constructor(code: ImageCheckErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImageCheckError';
    this.code = code;
  }
}

export function abortError(): ImageCheckError {
  return new ImageCheckError('aborted', 'The check was cancelled.');
}

/** Throws when the signal is aborted: call between steps so a new file stops old work quickly. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}
