/** The reason pages a tool message can point to: each message links to the rejection it prevents. */
export const reasonLinks = {
  'invalid-certificate-type-or-number': 'Certificate type or certificate number is not valid',
  'certificate-number-not-found': 'Certificate number not found',
  'inconsistent-registrant-information': 'Registrant information does not match the certificate',
  'invalid-certificate-information': 'Invalid certificate information',
  'certificate-not-in-database': 'Certificate not found in the database, or newly issued',
  'invalid-registrant-contact-information': 'Registrant contact information is not valid',
} as const;

export type ReasonSlug = keyof typeof reasonLinks;

/** `error`: will be rejected; `warning`: may be rejected; `note`: worth knowing; `ok`: passed. */
export type Severity = 'error' | 'warning' | 'note' | 'ok';

/** One message a tool shows, tied to the rejection reason it helps avoid. */
export interface Finding {
  /** Stable identifier of the rule, for tests. */
  code: string;
  severity: Severity;
  /** A sentence saying what happened and what to do next. */
  message: string;
  /** 1-based character position the message is about, if any. */
  position?: number;
  reason: ReasonSlug;
}

export type Verdict = 'pass' | 'warn' | 'fail';

/** The overall verdict: any error fails, any warning warns. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}
