// Text of the opt-in reading of the certificate (components/certificate-reading.tsx), in English.
// A chunk of its own, loaded with the reading's panel, not with the checker. zh.ts has the same keys.

const en = {
  heading: 'Compare the certificate with your registration',
  intro:
    'We can read the certificate number, the name and the document’s title in your photo and compare them with what you entered when you registered the domain. Everything happens on this device: the photo and what you type are not sent anywhere.',
  fields: {
    legend: 'What you entered in your registration (optional)',
    name: 'Registrant name',
    nameHint:
      'As in the domain’s registration information, for example your full name or your company’s name.',
    number: 'Certificate number',
    type: (kind: string): string =>
      `Certificate type: the document you chose above (${kind}). Change it there if needed.`,
  },
  download:
    'The first time, this downloads the text reader from this website (about 7 MB). It is kept for next time.',
  button: 'Read the text on my certificate',
  again: 'Read again',
  cancel: 'Stop reading',
  progressLabel: 'Reading progress',
  steps: {
    downloading: (percent: number): string => `Downloading the text reader: ${percent} %`,
    preparing: 'Starting the text reader',
    decoding: 'Opening the picture',
    reading: 'Reading the text',
    'reading-flipped': 'Checking whether the picture is mirrored',
    /** After "Reading the text": how far it is. */
    lines: (done: number, total: number): string => ` (line ${done} of ${total})`,
  },
  cancelled: 'Reading stopped. Nothing was kept.',
  finished: 'Reading finished. The results are updated above.',
  failed:
    'The text reader could not start. Check your connection and try again. Your photo was not sent anywhere.',
  readHeading: 'What we read',
  mirroredNote: 'The text reads the right way round only when flipped: this photo is mirrored.',
  read: { number: 'Certificate number:', name: 'Name:', title: 'Document:' },
  notFound: 'not found',
  sure: (percent: number): string => `${percent}% sure`,
  differences: { number: 'How the numbers differ', name: 'How the names differ' },
};

export default en;
export type ReadingStrings = typeof en;
