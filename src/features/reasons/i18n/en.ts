import type { Tool } from '../../../content/schema';

// Interface text of a reason page, in English. zh.ts has the same keys; the lists' text is in list/.
const en = {
  outcomes: {
    'fix-and-resubmit': 'You can fix this and submit again',
    'wait-then-resubmit': 'Usually solved by waiting, then submitting again',
    'cannot-be-fixed': 'Submitting again will not fix this',
  },
  typicalWait: (waiting: string) => `Typical wait: ${waiting}`,
  allReasons: '← All rejection reasons',
  appliesTo: (
    registrants: ('individual' | 'organization')[],
    regions: ('chinese-mainland' | 'outside-chinese-mainland')[],
  ): string => {
    const who = { individual: 'individuals', organization: 'organizations' };
    const where = {
      'chinese-mainland': 'in the Chinese mainland',
      'outside-chinese-mainland': 'outside the Chinese mainland',
    };
    return `Applies to ${registrants.map((r) => who[r]).join(' and ')} ${regions.map((r) => where[r]).join(' and ')}.`;
  },
  relatedHeading: 'Related reasons',
  notYourMessage: 'Not your message?',
  searchLink: 'Search for the text you received',
  whatYouSee: 'What you see',
  messageHeading: (count: number): string =>
    count === 1 ? 'The message you received' : 'The messages you may have received',
  copyMessage: (message: string) => `Copy the message: ${message}`,
  messageCopied: 'Message copied',
  toolsHeading: 'Tools that can help',
  tools: {
    'image-check': {
      label: 'Check your certificate photo',
      detail: 'Format, size, colour, sharpness and more, checked on your device.',
    },
    'certificate-number': {
      label: 'Check your certificate number',
      detail: 'Finds typos such as the letter O instead of the digit 0.',
    },
    'certificate-dates': {
      label: 'Check your certificate dates',
      detail: 'Too new, expired or expiring soon.',
    },
    diagnose: {
      label: 'Find out exactly what to submit',
      detail: 'A few questions lead to your own checklist: which document, which side or page.',
    },
    'name-match': {
      label: 'Compare the two names',
      detail: 'Shows every difference between the registrant name and the certificate.',
    },
  } satisfies Record<Tool, { label: string; detail: string }>,
};

export default en;
export type ReasonStrings = typeof en;
