// The checks' ids, statuses and results: the contract between the worker, the page and the tests.
import type { MessagesByCheck } from './check-messages';

export const checkIds = [
  'format',
  'extension',
  'size',
  'decode',
  'dimensions',
  'color',
  'sharpness',
  'exposure',
  'mirror',
  'edited',
  'seal',
  'complete',
  // Filled in only when the person asks for the reading (certificate-text.ts, compare-reading.ts).
  'number-match',
  'name-match',
  'type-match',
] as const;
export type CheckId = (typeof checkIds)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
export type Verdict = 'pass' | 'warn' | 'fail';

/** The reason page each check helps avoid (content/reasons/<slug>.mdx). */
export const checkReasons: Record<CheckId, string> = {
  format: 'file-format-invalid',
  extension: 'file-format-invalid',
  size: 'file-size-invalid',
  decode: 'file-format-invalid',
  dimensions: 'unclear-certificate-image',
  color: 'invalid-registrant-certificate',
  sharpness: 'unclear-certificate-image',
  exposure: 'unclear-certificate-image',
  mirror: 'inconsistent-registrant-information',
  edited: 'invalid-certificate-information',
  seal: 'incomplete-registrant-certificate',
  complete: 'incomplete-registrant-certificate',
  'number-match': 'inconsistent-registrant-information',
  'name-match': 'inconsistent-registrant-information',
  'type-match': 'invalid-certificate-type-or-number',
};

/**
 * One check's outcome. `message` is a code with its values (see check-messages.ts), never a
 * sentence: the page words it in its own language.
 */
export type CheckResult = {
  [I in CheckId]: { id: I; status: CheckStatus; message: MessagesByCheck[I] };
}[CheckId];

export function result<I extends CheckId>(
  id: I,
  status: CheckStatus,
  message: MessagesByCheck[I],
): CheckResult {
  return { id, status, message } as CheckResult;
}

/** Fail if any check fails, else warn if any warns, else pass. Skipped checks do not count. */
export function verdictOf(checks: readonly CheckResult[]): Verdict {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'warn')) return 'warn';
  return 'pass';
}

/** Checks a conversion to JPEG can fix: re-encoding changes the format, name and size only. */
export const convertibleChecks: readonly CheckId[] = ['format', 'extension', 'size'];

/** Conversion is offered when the file fails only on what re-encoding fixes, and it decodes. */
export function canConvert(checks: readonly CheckResult[]): boolean {
  const failing = checks.filter((c) => c.status === 'fail');
  const decoded = checks.find((c) => c.id === 'decode')?.status === 'pass';
  return decoded && failing.length > 0 && failing.every((c) => convertibleChecks.includes(c.id));
}
