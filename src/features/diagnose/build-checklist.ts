// Turns the answers into a personal checklist, using only the published rules. Where we add
// general advice the text says so. Pure and language-free: it returns codes and values, and
// describe-checklist.ts turns them into sentences in the page's language. Tested in Node.
import { paths } from '../../config/paths';
import type { Answers, Certificate, RegistrantKind, Region } from './answers';

/** Digits of a resident identity card number (the rules: "the 18-digit resident identity card number"). */
export const RESIDENT_ID_DIGITS = 18;
/** Characters of a Unified Social Credit Code (the rules: "a valid 18-digit Unified Social Credit Code"). */
export const USCC_LENGTH = 18;
/** A certificate must have been valid this many calendar days (the rules: "at least 10 calendar days"). */
export const MIN_VALID_DAYS = 10;
/** Image size limits of the upload form (the rules: "55 KB to 5 MB"). */
export const MIN_IMAGE_KB = 55;
export const MAX_IMAGE_MB = 5;
/** Image formats the upload form accepts, as the rules name them. */
export const IMAGE_FORMATS = ['JPG', 'JPEG', 'PNG', 'BMP', 'HEIC', 'WebP'] as const;
/** Customer service of China Organization Data Service, for a code its platform cannot find. */
export const ORG_DATA_SERVICE_PHONE = '400-807-6000';

/** The portal's tools a checklist item can point to. */
export type ChecklistTool =
  'certificate-number' | 'certificate-dates' | 'name-match' | 'image-check';

/** A link from an item: the component names it (tool label, or reason title) in the page's language. */
export type ChecklistLink =
  { kind: 'tool'; tool: ChecklistTool } | { kind: 'reason'; slug: string };

/** Answers that do not fit the rules: the certificate will probably be rejected. */
export type Warning =
  | { code: 'military-resident-id'; residentIdDigits: number }
  | { code: 'mainland-individual'; chosen: Certificate }
  | { code: 'outside-individual'; chosen: Certificate }
  | { code: 'mainland-organization'; usccLength: number }
  | { code: 'outside-organization' };

/** How the certificate number must be entered. */
export type NumberRule =
  | { kind: 'uscc'; length: number; helpline: string }
  | { kind: 'resident-id'; digits: number }
  | { kind: 'any' };

/** What to submit and how, one field or concern of the submission form each. */
export type Step =
  | { code: 'type'; certificate: Certificate }
  | { code: 'region'; region: Region; mustBeMainland: boolean }
  | { code: 'name'; organization: boolean }
  | { code: 'number'; rule: NumberRule }
  | { code: 'dates'; minValidDays: number; newCertificate: boolean }
  | {
      code: 'image';
      certificate: Certificate;
      formats: readonly string[];
      minKb: number;
      maxMb: number;
    }
  | { code: 'name-change' }
  | { code: 'military'; residentIdDigits: number }
  | { code: 'message'; slug: string };

/** Things that cannot be used, for this person. */
export type CannotUse =
  | { code: 'resident-id-number-military'; residentIdDigits: number }
  | { code: 'passport-instead-of-resident-id' }
  | { code: 'resident-id-instead-of-passport' }
  | { code: 'no-uscc'; usccLength: number }
  | { code: 'mainland-issued' }
  | { code: 'abbreviated-name' }
  | { code: 'duplicate-number' }
  | { code: 'black-and-white' }
  | { code: 'watermarked-or-edited' }
  | { code: 'mirrored' }
  | { code: 'renamed-extension' };

export type WithLinks<T> = T & { links: readonly ChecklistLink[] };

export interface Checklist {
  warnings: WithLinks<Warning>[];
  /** In the order of the submission form. */
  steps: WithLinks<Step>[];
  cannotUse: CannotUse[];
}

const tool = (name: ChecklistTool): ChecklistLink => ({ kind: 'tool', tool: name });
const reason = (slug: string): ChecklistLink => ({ kind: 'reason', slug });

const toolHref: Record<ChecklistTool, string> = {
  'certificate-number': paths.certificateNumber.href(),
  'certificate-dates': paths.certificateDates.href(),
  'name-match': paths.nameMatch.href(),
  'image-check': paths.check.href(),
};

/** The English href of a link; components localise it with useLocalizedHref(). */
export const linkHref = (link: ChecklistLink): string =>
  link.kind === 'tool' ? toolHref[link.tool] : paths.reason.href(link.slug);

function typeWarning(
  who: RegistrantKind,
  region: Region,
  certificate: Certificate,
  military: boolean,
): Warning | undefined {
  if (who === 'individual' && military && certificate === 'resident-id')
    return { code: 'military-resident-id', residentIdDigits: RESIDENT_ID_DIGITS };
  if (
    who === 'individual' &&
    region === 'chinese-mainland' &&
    certificate !== 'resident-id' &&
    !military
  )
    return { code: 'mainland-individual', chosen: certificate };
  if (who === 'individual' && region === 'outside-chinese-mainland' && certificate !== 'passport')
    return { code: 'outside-individual', chosen: certificate };
  if (who === 'organization' && region === 'chinese-mainland' && certificate !== 'business-license')
    return { code: 'mainland-organization', usccLength: USCC_LENGTH };
  if (
    who === 'organization' &&
    region === 'outside-chinese-mainland' &&
    certificate === 'business-license'
  )
    return { code: 'outside-organization' };
  return undefined;
}

export function buildChecklist(
  answers: Answers & { who: RegistrantKind; region: Region; certificate: Certificate },
): Checklist {
  const { who, region, certificate, special } = answers;
  const military = who === 'individual' && special.includes('military');
  const newCertificate = special.includes('new-certificate');
  const usesUscc = who === 'organization' && certificate === 'business-license';

  const warning = typeWarning(who, region, certificate, military);
  const warnings: WithLinks<Warning>[] = warning
    ? [{ ...warning, links: [reason('invalid-certificate-type-or-number')] }]
    : [];

  const number: NumberRule = usesUscc
    ? { kind: 'uscc', length: USCC_LENGTH, helpline: ORG_DATA_SERVICE_PHONE }
    : certificate === 'resident-id' && !military
      ? { kind: 'resident-id', digits: RESIDENT_ID_DIGITS }
      : { kind: 'any' };

  const steps: WithLinks<Step>[] = [
    { code: 'type', certificate, links: [reason('invalid-certificate-type-or-number')] },
    {
      code: 'region',
      region,
      // The rules fix the region only for these two certificates.
      mustBeMainland: certificate === 'resident-id' || certificate === 'business-license',
      links: [reason('inconsistent-registrant-information')],
    },
    {
      code: 'name',
      organization: who === 'organization',
      links: [tool('name-match'), reason('invalid-registrant-contact-information')],
    },
    {
      code: 'number',
      rule: number,
      links: [tool('certificate-number'), reason('invalid-certificate-type-or-number')],
    },
    {
      code: 'dates',
      minValidDays: MIN_VALID_DAYS,
      newCertificate,
      links: [tool('certificate-dates'), reason('certificate-not-in-database')],
    },
    {
      code: 'image',
      certificate,
      formats: IMAGE_FORMATS,
      minKb: MIN_IMAGE_KB,
      maxMb: MAX_IMAGE_MB,
      links: [
        tool('image-check'),
        reason('incomplete-registrant-certificate'),
        reason('unclear-certificate-image'),
      ],
    },
  ];
  if (who === 'individual' && special.includes('name-change'))
    steps.push({ code: 'name-change', links: [reason('invalid-certificate-information')] });
  if (military)
    steps.push({
      code: 'military',
      residentIdDigits: RESIDENT_ID_DIGITS,
      links: [reason('certificate-number-not-found')],
    });
  // parseAnswers keeps only the slugs of reasons that exist.
  if (answers.message)
    steps.push({ code: 'message', slug: answers.message, links: [reason(answers.message)] });

  const cannotUse: CannotUse[] = [];
  if (military)
    cannotUse.push({ code: 'resident-id-number-military', residentIdDigits: RESIDENT_ID_DIGITS });
  if (who === 'individual' && region === 'chinese-mainland' && !military)
    cannotUse.push({ code: 'passport-instead-of-resident-id' });
  if (who === 'individual' && region === 'outside-chinese-mainland')
    cannotUse.push({ code: 'resident-id-instead-of-passport' });
  if (who === 'organization' && region === 'chinese-mainland')
    cannotUse.push({ code: 'no-uscc', usccLength: USCC_LENGTH });
  if (who === 'organization' && region === 'outside-chinese-mainland')
    cannotUse.push({ code: 'mainland-issued' });
  if (who === 'organization') cannotUse.push({ code: 'abbreviated-name' });
  if (usesUscc) cannotUse.push({ code: 'duplicate-number' });
  cannotUse.push(
    { code: 'black-and-white' },
    { code: 'watermarked-or-edited' },
    { code: 'mirrored' },
    { code: 'renamed-extension' },
  );

  return { warnings, steps, cannotUse };
}
