import type { Certificate, Region, RegistrantKind, SpecialCase } from '../answers';

// Interface text of the guided "What to submit" questions and the checklist, in English.
// zh.ts has the same keys. Values (numbers, limits, the helpline) come from build-checklist.ts,
// already formatted for the page's language.

const registrant: Record<RegistrantKind, string> = {
  individual: 'An individual (a person)',
  organization: 'An organization or company',
};

const region: Record<Region, string> = {
  'chinese-mainland': 'Inside the Chinese mainland',
  'outside-chinese-mainland': 'Outside the Chinese mainland',
};

const certificate: Record<Certificate, string> = {
  'resident-id': 'Resident identity card',
  passport: 'Passport',
  'business-license': 'Business license (or another certificate with a Unified Social Credit Code)',
  'foreign-permanent-resident-id': 'Foreign permanent resident ID card',
  'hmt-residence-permit': 'Residence permit for Hong Kong, Macao and Taiwan residents',
  'household-register': 'Household register',
  other: 'Another certificate',
};

const special: Record<SpecialCase, string> = {
  'name-change': 'I recently changed my name, or my household registration is being moved',
  military: 'I am in the military (or have another special occupation)',
  'new-certificate': 'My certificate was issued recently',
};

/** "JPG, JPEG and PNG" style lists, with the given last joining word. */
const list = (items: readonly string[], last: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;

const sameType =
  'If you do submit it, the certificate type you select must be the same as the document you upload.';
const wholeCertificate =
  'Upload an image that shows the complete certificate, including its borders.';

const en = {
  page: {
    title: 'What to submit',
    description:
      'Answer a few questions and get a personal checklist of what to submit for real-name verification, and how.',
    intro:
      'Answer a few questions to get your own checklist for real-name verification. Your answers stay in this page’s address, so you can bookmark or share it; nothing is sent anywhere.',
  },
  form: {
    label: 'Your situation',
    who: '1. Who is the domain name registrant?',
    region: '2. Where is the registrant?',
    certificate: '3. Which certificate will you submit?',
    special: '4. Does any of these apply?',
    specialHint: 'Choose all that apply, or none.',
    message: '5. Which message did you receive? (optional)',
    noMessage: 'No message yet, or not sure',
    /** Joins a reason's messages when the drop-down shows them instead of its title. */
    messageSeparator: ' / ',
  },
  labels: { registrant, region, certificate, special },
  /** One line under the checklist heading, so a printed checklist says whose it is. */
  summary: (who: RegistrantKind, where: Region, chosen: Certificate): string =>
    `Registrant: ${registrant[who]}. ${region[where]}. Certificate: ${certificate[chosen]}.`,
  ready: 'Your checklist is ready below.',
  preparing: 'Preparing your checklist…',
  answerFirst: 'Answer questions 1 to 3 to see your checklist.',
  kept: {
    found: 'You kept a checklist on this device.',
    open: 'Open my kept checklist',
    forget: 'Forget it',
  },
  actions: {
    print: 'Print',
    copyLink: 'Copy link to this checklist',
    keep: 'Keep on this device',
    forget: 'Forget it on this device',
  },
  notices: {
    linkCopied:
      'Link copied. Anyone with the link sees this checklist; it holds only your answers above.',
    copyFailed: 'Could not copy. Copy the address from the address bar instead.',
    kept: 'Kept on this device. Only your answers are kept, in this browser, until you forget them.',
    keepFailed: 'Could not keep it: this browser does not allow saving. Bookmark the page instead.',
    forgotten: 'Forgotten: nothing is kept on this device.',
  },
  checklist: {
    heading: 'Your checklist',
    /** The number before each step; `n` is already formatted. */
    stepNumber: (n: string): string => `${n}. `,
    cannotUseHeading: 'What cannot be used',
    decidedBy: 'Whether a submission passes is decided by the verification authority.',
    tools: {
      'certificate-number': 'Check your certificate number',
      'certificate-dates': 'Check your certificate dates',
      'name-match': 'Compare the two names',
      'image-check': 'Check your certificate photo',
    },
    warnings: {
      'military-resident-id': {
        title: 'Military personnel cannot use the resident identity card number',
        details: (digits: string): string[] => [
          `Individuals with special occupations, such as military personnel, cannot use the ${digits}-digit resident identity card number for real-name verification. Submit another type of identity document.`,
        ],
      },
      'mainland-individual': {
        title: 'Individuals in the Chinese mainland submit a resident identity card',
        details: (chosen: string): string[] => [
          `The rules say individuals in the Chinese mainland must submit a resident identity card. You chose: ${chosen.toLowerCase()}.`,
          sameType,
        ],
      },
      'outside-individual': {
        title: 'Individuals outside the Chinese mainland submit a passport',
        details: (chosen: string): string[] => [
          `The rules say individuals outside the Chinese mainland must submit the information from a passport. You chose: ${chosen.toLowerCase()}.`,
          sameType,
        ],
      },
      'mainland-organization': {
        title: 'Organizations in the Chinese mainland need a Unified Social Credit Code',
        details: (length: string): string[] => [
          `Organizations and enterprises in the Chinese mainland must submit a certificate that contains a valid ${length}-digit Unified Social Credit Code. Make sure your certificate has one.`,
        ],
      },
      'outside-organization': {
        title: 'Organizations outside the Chinese mainland submit a certificate issued outside it',
        details: [
          'Organizations and enterprises outside the Chinese mainland must submit a certificate issued outside the Chinese mainland.',
        ],
      },
    },
    steps: {
      type: {
        title: (chosen: string): string => `Certificate type: ${chosen}`,
        same: 'Select the certificate type that is the same as the certificate you upload. For example, if you select business license, upload an image of your business license.',
      },
      region: {
        mainlandTitle: 'Country or region: select Chinese mainland',
        checkTitle: 'Country or region: check it',
        mainland:
          'When you submit a resident identity card or a business license, the country or region must be the Chinese mainland.',
        check: (where: Region): string =>
          `General advice: choose the country or region that matches your situation (${where === 'chinese-mainland' ? 'inside' : 'outside'} the Chinese mainland). The rules only fix it for resident identity cards and business licenses, which need Chinese mainland.`,
        whereToSee:
          'To see what is set: on the Registrant Profiles page, click View next to the profile; for an ownership transfer, open the Registrant Info Modification tab of the Info Modification page.',
      },
      name: {
        title: 'Registrant name: exactly as on the certificate',
        same: 'The name of the domain name registrant must be the same as the name on the certificate you upload. Take care with characters that look or sound alike.',
        fullName: 'Use the full organization name: do not use an abbreviated or shortened name.',
        transfer:
          'If the domain is registered to a different name, transfer the domain name to the actual registrant and complete verification during the transfer.',
      },
      number: {
        title: 'Certificate number: complete and exact',
        uscc: (length: string): string =>
          `Enter the complete ${length}-character Unified Social Credit Code, the same as on the license.`,
        duplicate: 'If the license shows a duplicate number such as (1-1), leave it out.',
        helpline: (phone: string): string =>
          `The code must be found on the query platform of China Organization Data Service. If it cannot be found, call their customer service on ${phone}.`,
        residentId: (digits: string): string =>
          `Enter the complete ${digits}-digit number, the same as on the card.`,
        any: 'Enter the complete certificate number, the same as on the certificate.',
        lookAlike:
          'Tell apart the digit 0 and the letter O, the digit 1 and the letter I, and the digit 8 and the letter B.',
      },
      dates: {
        title: (days: string): string => `Dates: valid for at least ${days} days, and not expiring`,
        waitTitle: (days: string): string =>
          `Dates: wait until the certificate has been valid for ${days} calendar days`,
        rule: (days: string): string =>
          `The certificate must have been valid for at least ${days} calendar days, and must not have expired. Verification may fail if it is about to expire.`,
        newCertificate: (days: string): string =>
          `A newly issued certificate may not yet be in the verification authority’s database: submit ${days} calendar days after it was issued.`,
      },
      image: {
        title: 'The image: what to upload',
        upload: {
          'resident-id': 'Upload the side of the card that shows the identity information.',
          passport: wholeCertificate,
          'business-license':
            'Upload the whole license, including the national emblem and the seal of the registration authority. If the certificate has several pages, upload the page with the organization name, the certificate number and the seal of the registration authority.',
          'foreign-permanent-resident-id':
            'Upload images of both the front and the back of the card.',
          'hmt-residence-permit': 'Upload images of both the front and the back of the permit.',
          'household-register':
            'Upload the page that shows the household registration record of the registrant.',
          other: wholeCertificate,
        } satisfies Record<Certificate, string>,
        quality:
          'A clear colour scan or photo of the complete certificate, including its borders, with nothing covering it and no smudges or watermarks. The national emblem, seals, name and number must be clear; seals must be red, clear and complete.',
        mirrored: 'Make sure the photo is not mirrored: some cameras mirror photos automatically.',
        files: (formats: readonly string[], minKb: string, maxMb: string): string =>
          `${list(formats, 'or')}, from ${minKb} KB to ${maxMb} MB. To change the format, convert it in an image editor; do not rename the file.`,
      },
      'name-change': {
        title: 'Changed name or household registration being moved',
        details: [
          'Submit a scanned colour copy of the residency certificate with the seal of a public security bureau, or submit after the household registration has been transferred.',
          'Whether you pass is decided by the verification authority.',
        ],
      },
      military: {
        title: 'Military personnel: use another identity document',
        details: (digits: string): string[] => [
          `Individuals with special occupations, such as military personnel, cannot use the ${digits}-digit resident identity card number. Other types of identity documents must be submitted.`,
        ],
      },
      message: {
        title: (reasonTitle: string): string => `The message you received: ${reasonTitle}`,
      },
    },
    cannotUse: {
      'resident-id-number-military': (digits: string): string =>
        `The ${digits}-digit resident identity card number (military personnel and other special occupations).`,
      'passport-instead-of-resident-id': 'A passport instead of a resident identity card.',
      'resident-id-instead-of-passport': 'A resident identity card instead of a passport.',
      'no-uscc': (length: string): string =>
        `A certificate without a valid ${length}-digit Unified Social Credit Code.`,
      'mainland-issued': 'A certificate issued in the Chinese mainland.',
      'abbreviated-name': 'An abbreviated or shortened organization name.',
      'duplicate-number': 'The duplicate number of a license, such as (1-1).',
      'black-and-white': 'Black-and-white copies, or photos of them.',
      'watermarked-or-edited':
        'Images with watermarks, or altered or edited (for example with Photoshop).',
      mirrored: 'Mirrored photos.',
      'renamed-extension': 'Files whose name extension was changed by hand.',
    },
  },
};

export default en;
export type DiagnoseStrings = typeof en;
