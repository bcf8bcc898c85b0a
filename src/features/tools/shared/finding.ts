/** The reason pages a tool message can point to: each message links to the rejection it prevents. */
export const reasonSlugs = [
  'invalid-certificate-type-or-number',
  'certificate-number-not-found',
  'inconsistent-registrant-information',
  'invalid-certificate-information',
  'certificate-not-in-database',
  'invalid-registrant-contact-information',
] as const;

export type ReasonSlug = (typeof reasonSlugs)[number];

/** `error`: will be rejected; `warning`: may be rejected; `note`: worth knowing; `ok`: passed. */
export type Severity = 'error' | 'warning' | 'note' | 'ok';

/** What every finding carries besides its message. */
export interface FindingMeta {
  severity: Severity;
  /** 1-based character position the message is about, if any. */
  position?: number;
  reason: ReasonSlug;
}

/**
 * One message a tool shows, tied to the rejection reason it helps avoid. `M` is the tool's own
 * union of messages, discriminated by `code` (a stable identifier of the rule) and carrying the
 * values the sentence needs. Pure code never writes the sentence: the page turns the message
 * into one in its own language (`messageText`).
 */
export type Finding<M extends { code: string } = { code: string }> = M & FindingMeta;

/**
 * One language's sentences for a union of messages: a function per code, so a missing code in
 * either language fails the type check.
 */
export type MessageTexts<M extends { code: string }, Args extends unknown[] = []> = {
  [C in M['code']]: (message: Extract<M, { code: C }>, ...args: Args) => string;
};

/** The sentence for one message, in the language `texts` is written in. */
export function messageText<M extends { code: string }, Args extends unknown[]>(
  texts: MessageTexts<M, Args>,
  message: M,
  ...args: Args
): string {
  const text = texts[message.code as M['code']] as (message: M, ...args: Args) => string;
  return text(message, ...args);
}

export type Verdict = 'pass' | 'warn' | 'fail';

/** The overall verdict: any error fails, any warning warns. */
export function verdictOf(findings: readonly FindingMeta[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}
