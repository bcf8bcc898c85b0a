// Interface text of the lookup (and of the pages built around it), in English. zh.ts has the
// same keys.
const en = {
  home: {
    metaDescription:
      "Your domain's real-name verification was rejected? Paste the message you received and see exactly what went wrong and how to fix it.",
    heading: 'Real-name verification rejected? Find out why, and fix it.',
    intro:
      'Paste the rejection message from your email or console. You will see what it means and exactly what to do before you submit again.',
    checkHeading: 'About to upload a photo of your certificate?',
    checkText:
      'Check its format, size, colour and sharpness first. The photo stays on your device.',
    checkButton: 'Check my photo',
  },
  lookupPage: {
    title: 'Find your rejection message',
    resultsTitle: (q: string) => `Results for “${q}”`,
    metaDescription:
      'Paste the real-name verification rejection message you received to find what it means and how to fix it.',
  },
  notFound: {
    title: 'Page not found',
    metaDescription: 'This page does not exist. Search for your rejection message instead.',
    heading: 'We could not find that page',
    intro:
      'The link may be mistyped or out of date. Search for the message you received, or pick your reason from the list.',
  },
  allReasons: 'All rejection reasons',
  box: {
    label: 'Paste or type the message you received',
    hint: 'The whole email is fine. You can also describe the problem in your own words.',
    placeholder: 'For example: Unclear or covered photo of certificate',
    submit: 'Find',
  },
  status: {
    loadFailed: 'The search could not be loaded. Check your connection and reload the page.',
    searching: 'Searching…',
    none: 'No rejection reason matches that text. Choose yours from the full list below.',
    found: (n: number) => `${n} matching reason${n === 1 ? '' : 's'} found, best first.`,
    closest: (n: number) =>
      `That message has no page of its own. Here ${n === 1 ? 'is the closest reason' : `are the ${n} closest reasons`}, then a general checklist.`,
  },
  truncated: (max: string) =>
    `That is a very long text, so only its first ${max} characters were searched.`,
  resultsLabel: 'Matching reasons, best first',
  bestMatch: 'Best match',
  closestMatch: 'Closest reason',
  matched: 'Matched:',
  /** Offered, in Chinese, when the text matched a Chinese message. */
  otherLanguagePage: '看中文说明：',
};

export default en;
export type LookupStrings = typeof en;
