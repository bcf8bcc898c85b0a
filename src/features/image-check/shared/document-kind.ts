/** What the person says the document is; type-specific checks depend on it (labels: ../i18n). */
export const documentKinds = [
  'unknown',
  'identity-card',
  'business-license',
  'organization-certificate',
  'passport',
  'other',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Documents issued to organisations carry the registration authority's red seal. */
export function expectsRedSeal(kind: DocumentKind): boolean {
  return kind === 'business-license' || kind === 'organization-certificate';
}
