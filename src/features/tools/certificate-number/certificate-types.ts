/** The certificate types a registrant can choose, in the order the tool lists them. */
export const certificateTypes = [
  'resident-id',
  'business-license',
  'uscc-certificate',
  'passport',
  'foreign-permanent-resident-id',
  'hmt-residence-permit',
  'household-register',
  'other',
] as const;

export type CertificateType = (typeof certificateTypes)[number];

/** Which rules the number follows: the two national standards, or only the checks safe for any document. */
export const numberRules: Record<CertificateType, 'resident-id' | 'uscc' | 'basic'> = {
  'resident-id': 'resident-id',
  'business-license': 'uscc',
  'uscc-certificate': 'uscc',
  passport: 'basic',
  'foreign-permanent-resident-id': 'basic',
  'hmt-residence-permit': 'basic',
  'household-register': 'basic',
  other: 'basic',
};

export function isCertificateType(value: string): value is CertificateType {
  return (certificateTypes as readonly string[]).includes(value);
}
