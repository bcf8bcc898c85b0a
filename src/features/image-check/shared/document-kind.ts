/** What the person says the document is; type-specific checks depend on it. */
export const documentKinds = [
  'unknown',
  'identity-card',
  'business-license',
  'organization-certificate',
  'passport',
  'other',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  unknown: 'I would rather not say',
  'identity-card': 'Resident identity card',
  'business-license': 'Business license',
  'organization-certificate': 'Organization certificate',
  passport: 'Passport',
  other: 'Something else',
};

/** Documents issued to organisations carry the registration authority's red seal. */
export function expectsRedSeal(kind: DocumentKind): boolean {
  return kind === 'business-license' || kind === 'organization-certificate';
}
