// The answer to a rejection message that our sources list but give no guidance for, in
// English. Loaded only when such a message is pasted. zh.ts has the same keys.
const en = {
  heading: 'About the message you pasted',
  text: (message: string): string =>
    `“${message}” is a rejection message our source rules give no explanation for. The reasons below are the closest ones, not an exact match.`,
  checklistHeading: 'General checklist before you submit again',
  checklist: [
    'The registrant name you entered is exactly the name on the certificate, with no short form.',
    'The certificate type you chose is the document you uploaded, and the number is complete and the same as on it.',
    'The country or region matches the certificate: Chinese mainland for a resident identity card or business license.',
    'The image shows the whole certificate in colour, clear, with nothing covering it and no watermark.',
    'The file is JPG, JPEG, PNG, BMP, HEIC or WebP, between 55 KB and 5 MB.',
    'If it still fails, contact your registrar’s support with the exact message.',
  ],
  generalNote:
    'This checklist is general advice drawn from the published rules, not guidance for this particular message.',
};

export default en;
export type UnlistedStrings = typeof en;
