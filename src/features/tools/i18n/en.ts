import type { ReasonSlug, Severity } from '../shared/finding';

// Interface text all three tools share (the list of findings and its links), in English. zh.ts
// has the same keys; each tool's own text is in its folder's i18n/.
const en = {
  /** Said before each finding, so its kind is in words and not only in colour. */
  severity: {
    error: 'Problem: ',
    warning: 'Check: ',
    note: 'Good to know: ',
    ok: 'OK: ',
  } satisfies Record<Severity, string>,
  prevents: (title: string): string => `Rejection this prevents: ${title}`,
  /** Short titles of the reason pages a finding links to. */
  reasons: {
    'invalid-certificate-type-or-number': 'Certificate type or certificate number is not valid',
    'certificate-number-not-found': 'Certificate number not found',
    'inconsistent-registrant-information': 'Registrant information does not match the certificate',
    'invalid-certificate-information': 'Invalid certificate information',
    'certificate-not-in-database': 'Certificate not found in the database, or newly issued',
    'invalid-registrant-contact-information': 'Registrant contact information is not valid',
  } satisfies Record<ReasonSlug, string>,
  /** The region that holds a tool's result. */
  result: 'Result',
};

export default en;
export type ToolStrings = typeof en;
