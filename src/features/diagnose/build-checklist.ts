// Turns the answers into a personal checklist, using only the published rules. Where we add
// general advice the text says so. Pure: tested in Node.
import { paths } from '../../config/paths';
import {
  certificateLabels,
  type Answers,
  type Certificate,
  type RegistrantKind,
  type Region,
} from './answers';

export interface ChecklistLink {
  href: string;
  label: string;
}

export interface ChecklistItem {
  id: string;
  title: string;
  details: string[];
  links: ChecklistLink[];
}

export interface Checklist {
  /** Answers that do not fit the rules: the certificate will probably be rejected. */
  warnings: ChecklistItem[];
  /** What to submit and how, in the order of the submission form. */
  steps: ChecklistItem[];
  /** Things that cannot be used, for this person. */
  cannotUse: string[];
}

export interface ReasonSummary {
  slug: string;
  title: string;
  summary: string;
}

const tool = {
  number: { href: paths.certificateNumber.href(), label: 'Check your certificate number' },
  dates: { href: paths.certificateDates.href(), label: 'Check your certificate dates' },
  name: { href: paths.nameMatch.href(), label: 'Compare the two names' },
  image: { href: paths.check.href(), label: 'Check your certificate photo' },
};

/** The page, side or pages of each certificate to upload. */
const whatToUpload: Record<Certificate, string> = {
  'resident-id': 'Upload the side of the card that shows the identity information.',
  passport: 'Upload an image that shows the complete certificate, including its borders.',
  'business-license':
    'Upload the whole license, including the national emblem and the seal of the registration authority. If the certificate has several pages, upload the page with the organization name, the certificate number and the seal of the registration authority.',
  'foreign-permanent-resident-id': 'Upload images of both the front and the back of the card.',
  'hmt-residence-permit': 'Upload images of both the front and the back of the permit.',
  'household-register':
    'Upload the page that shows the household registration record of the registrant.',
  other: 'Upload an image that shows the complete certificate, including its borders.',
};

function typeWarnings(
  who: RegistrantKind,
  region: Region,
  certificate: Certificate,
  military: boolean,
): ChecklistItem[] {
  const reasonLink = (label: string) => ({
    href: paths.reason.href('invalid-certificate-type-or-number'),
    label,
  });
  const link = [reasonLink('Certificate type or certificate number is not valid')];
  const item = (id: string, title: string, details: string[]): ChecklistItem => ({
    id,
    title,
    details,
    links: link,
  });
  const chosen = certificateLabels[certificate].toLowerCase();
  if (who === 'individual' && military && certificate === 'resident-id') {
    return [
      item(
        'military-resident-id',
        'Military personnel cannot use the resident identity card number',
        [
          'Individuals with special occupations, such as military personnel, cannot use the 18-digit resident identity card number for real-name verification. Submit another type of identity document.',
        ],
      ),
    ];
  }
  if (
    who === 'individual' &&
    region === 'chinese-mainland' &&
    certificate !== 'resident-id' &&
    !military
  ) {
    return [
      item(
        'mainland-individual',
        'Individuals in the Chinese mainland submit a resident identity card',
        [
          `The rules say individuals in the Chinese mainland must submit a resident identity card. You chose: ${chosen}.`,
          'If you do submit it, the certificate type you select must be the same as the document you upload.',
        ],
      ),
    ];
  }
  if (who === 'individual' && region === 'outside-chinese-mainland' && certificate !== 'passport') {
    return [
      item('outside-individual', 'Individuals outside the Chinese mainland submit a passport', [
        `The rules say individuals outside the Chinese mainland must submit the information from a passport. You chose: ${chosen}.`,
        'If you do submit it, the certificate type you select must be the same as the document you upload.',
      ]),
    ];
  }
  if (
    who === 'organization' &&
    region === 'chinese-mainland' &&
    certificate !== 'business-license'
  ) {
    return [
      item(
        'mainland-organization',
        'Organizations in the Chinese mainland need a Unified Social Credit Code',
        [
          'Organizations and enterprises in the Chinese mainland must submit a certificate that contains a valid 18-digit Unified Social Credit Code. Make sure your certificate has one.',
        ],
      ),
    ];
  }
  if (
    who === 'organization' &&
    region === 'outside-chinese-mainland' &&
    certificate === 'business-license'
  ) {
    return [
      item(
        'outside-organization',
        'Organizations outside the Chinese mainland submit a certificate issued outside it',
        [
          'Organizations and enterprises outside the Chinese mainland must submit a certificate issued outside the Chinese mainland.',
        ],
      ),
    ];
  }
  return [];
}

export function buildChecklist(
  answers: Answers & { who: RegistrantKind; region: Region; certificate: Certificate },
  reasons: readonly ReasonSummary[],
): Checklist {
  const { who, region, certificate, special } = answers;
  const reason = (slug: string): ChecklistLink => ({
    href: paths.reason.href(slug),
    label: reasons.find((r) => r.slug === slug)?.title ?? slug,
  });
  const military = who === 'individual' && special.includes('military');
  const usesUscc = who === 'organization' && certificate === 'business-license';
  const label = certificateLabels[certificate];
  const steps: ChecklistItem[] = [];

  steps.push({
    id: 'type',
    title: `Certificate type: ${label}`,
    details: [
      'Select the certificate type that is the same as the certificate you upload. For example, if you select business license, upload an image of your business license.',
    ],
    links: [reason('invalid-certificate-type-or-number')],
  });

  const mainlandDocument = certificate === 'resident-id' || certificate === 'business-license';
  steps.push({
    id: 'region',
    title: mainlandDocument
      ? 'Country or region: select Chinese mainland'
      : 'Country or region: check it',
    details: [
      mainlandDocument
        ? 'When you submit a resident identity card or a business license, the country or region must be the Chinese mainland.'
        : `General advice: choose the country or region that matches your situation (${region === 'chinese-mainland' ? 'inside' : 'outside'} the Chinese mainland). The rules only fix it for resident identity cards and business licenses, which need Chinese mainland.`,
      'To see what is set: on the Registrant Profiles page, click View next to the profile; for an ownership transfer, open the Registrant Info Modification tab of the Info Modification page.',
    ],
    links: [reason('inconsistent-registrant-information')],
  });

  steps.push({
    id: 'name',
    title: 'Registrant name: exactly as on the certificate',
    details: [
      'The name of the domain name registrant must be the same as the name on the certificate you upload. Take care with characters that look or sound alike.',
      ...(who === 'organization'
        ? ['Use the full organization name: do not use an abbreviated or shortened name.']
        : []),
      'If the domain is registered to a different name, transfer the domain name to the actual registrant and complete verification during the transfer.',
    ],
    links: [tool.name, reason('invalid-registrant-contact-information')],
  });

  const numberDetails = usesUscc
    ? [
        'Enter the complete 18-character Unified Social Credit Code, the same as on the license.',
        'If the license shows a duplicate number such as (1-1), leave it out.',
        'The code must be found on the query platform of China Organization Data Service. If it cannot be found, call their customer service on 400-807-6000.',
      ]
    : certificate === 'resident-id' && !military
      ? ['Enter the complete 18-digit number, the same as on the card.']
      : ['Enter the complete certificate number, the same as on the certificate.'];
  steps.push({
    id: 'number',
    title: 'Certificate number: complete and exact',
    details: [
      ...numberDetails,
      'Tell apart the digit 0 and the letter O, the digit 1 and the letter I, and the digit 8 and the letter B.',
    ],
    links: [tool.number, reason('invalid-certificate-type-or-number')],
  });

  steps.push({
    id: 'dates',
    title: special.includes('new-certificate')
      ? 'Dates: wait until the certificate has been valid for 10 calendar days'
      : 'Dates: valid for at least 10 days, and not expiring',
    details: [
      'The certificate must have been valid for at least 10 calendar days, and must not have expired. Verification may fail if it is about to expire.',
      ...(special.includes('new-certificate')
        ? [
            'A newly issued certificate may not yet be in the verification authority’s database: submit 10 calendar days after it was issued.',
          ]
        : []),
    ],
    links: [tool.dates, reason('certificate-not-in-database')],
  });

  steps.push({
    id: 'image',
    title: 'The image: what to upload',
    details: [
      whatToUpload[certificate],
      'A clear colour scan or photo of the complete certificate, including its borders, with nothing covering it and no smudges or watermarks. The national emblem, seals, name and number must be clear; seals must be red, clear and complete.',
      'Make sure the photo is not mirrored: some cameras mirror photos automatically.',
      'JPG, JPEG, PNG, BMP, HEIC or WebP, from 55 KB to 5 MB. To change the format, convert it in an image editor; do not rename the file.',
    ],
    links: [
      tool.image,
      reason('incomplete-registrant-certificate'),
      reason('unclear-certificate-image'),
    ],
  });

  if (who === 'individual' && special.includes('name-change')) {
    steps.push({
      id: 'name-change',
      title: 'Changed name or household registration being moved',
      details: [
        'Submit a scanned colour copy of the residency certificate with the seal of a public security bureau, or submit after the household registration has been transferred.',
        'Whether you pass is decided by the verification authority.',
      ],
      links: [reason('invalid-certificate-information')],
    });
  }
  if (military) {
    steps.push({
      id: 'military',
      title: 'Military personnel: use another identity document',
      details: [
        'Individuals with special occupations, such as military personnel, cannot use the 18-digit resident identity card number. Other types of identity documents must be submitted.',
      ],
      links: [reason('certificate-number-not-found')],
    });
  }

  const received = answers.message ? reasons.find((r) => r.slug === answers.message) : undefined;
  if (received) {
    steps.push({
      id: 'message',
      title: `The message you received: ${received.title}`,
      details: [received.summary],
      links: [reason(received.slug)],
    });
  }

  const cannotUse = [
    ...(military
      ? [
          'The 18-digit resident identity card number (military personnel and other special occupations).',
        ]
      : []),
    ...(who === 'individual' && region === 'chinese-mainland' && !military
      ? ['A passport instead of a resident identity card.']
      : []),
    ...(who === 'individual' && region === 'outside-chinese-mainland'
      ? ['A resident identity card instead of a passport.']
      : []),
    ...(who === 'organization' && region === 'chinese-mainland'
      ? ['A certificate without a valid 18-digit Unified Social Credit Code.']
      : []),
    ...(who === 'organization' && region === 'outside-chinese-mainland'
      ? ['A certificate issued in the Chinese mainland.']
      : []),
    ...(who === 'organization' ? ['An abbreviated or shortened organization name.'] : []),
    ...(usesUscc ? ['The duplicate number of a license, such as (1-1).'] : []),
    'Black-and-white copies, or photos of them.',
    'Images with watermarks, or altered or edited (for example with Photoshop).',
    'Mirrored photos.',
    'Files whose name extension was changed by hand.',
  ];

  return { warnings: typeWarnings(who, region, certificate, military), steps, cannotUse };
}
