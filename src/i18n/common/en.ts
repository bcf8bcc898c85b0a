// Interface text every page shows (header, footer, errors, shared components), in English.
// zh.ts must have the same keys: TypeScript fails the build when one is missing.
const en = {
  siteName: 'Real-name verification help',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  nav: { lookup: 'Find my message', diagnose: 'What to submit', check: 'Check my photo' },
  loadingPage: 'Loading page',
  footerPrivacyLead: 'Private by design:',
  footerPrivacy:
    'nothing you type or choose on this site is sent anywhere or stored. Everything runs on your own device.',
  footerDecision:
    'This guide explains the published verification rules. Whether a submission passes is decided by the registry-accredited verification authority.',
  /** The link to the same page in the other language, written in that language. */
  otherLanguage: { label: '中文', title: '查看本页的简体中文版' },
  /** Shown at the top of an English page to a reader whose browser prefers Chinese: in Chinese. */
  languageOffer: {
    text: '这个页面有简体中文版。',
    action: '查看中文版',
    dismiss: '关闭提示',
  },
  callout: { general: 'General advice', warning: 'Important', tip: 'Tip' },
  checkImageLink: 'Check your photo before you resubmit',
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    failed: 'Could not copy; select the text instead',
  },
};

export default en;
export type CommonStrings = typeof en;
