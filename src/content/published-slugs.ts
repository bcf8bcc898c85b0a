/**
 * Slugs are public URLs that rejection emails link to, in both languages: this list must never
 * change. The content tests hold both editions to it.
 */
export const publishedSlugs = [
  'certificate-not-in-database',
  'certificate-number-not-found',
  'file-format-invalid',
  'file-size-invalid',
  'incomplete-registrant-certificate',
  'inconsistent-registrant-information',
  'invalid-certificate-information',
  'invalid-certificate-type-or-number',
  'invalid-registrant-certificate',
  'invalid-registrant-contact-information',
  'missing-registrant-certificate',
  'registrant-identity-authentication-failed',
  'sensitive-words-in-domain-name',
  'unclear-certificate-image',
] as const;

export type PublishedSlug = (typeof publishedSlugs)[number];
