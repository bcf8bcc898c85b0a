// Interface text of the photo checker (/check), in English. zh.ts has the same keys.
import type { ProgressStep } from '../shared/analyze-image';
import type { MessageCode, MessageOf } from '../shared/check-messages';
import type { CheckId, CheckStatus, Verdict } from '../shared/checks';
import type { DocumentKind } from '../shared/document-kind';
import type { FrameSide } from '../shared/find-outline';
import type { SniffedFormat } from '../shared/sniff-format';
import type { SizeUnits, TextFormat } from './format';

/**
 * A sentence for every message code the checks return (../shared/check-messages.ts), made from
 * the message's values: TypeScript fails the build when a language lacks one.
 */
export type MessageTexts = {
  [C in MessageCode]: (message: MessageOf<C>, f: TextFormat) => string;
};

/** How a sentence names each format: "This file is ___." */
const formatNames: Record<SniffedFormat, string> = {
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  bmp: 'a BMP image',
  heic: 'a HEIC image',
  webp: 'a WebP image',
  gif: 'a GIF image',
  tiff: 'a TIFF image',
  pdf: 'a PDF document',
  svg: 'an SVG drawing',
  avif: 'an AVIF image',
  text: 'a text file',
  empty: 'an empty file',
  unknown: 'not a picture we recognise',
};

const ending = (extension: string) => (extension ? `“.${extension}”` : 'no ending');
const size = (bytes: number, f: TextFormat) => `${f.size(bytes)} (${f.bytes(bytes)})`;
const pixels = (width: number, height: number) => `${width} × ${height} pixels`;
const sideNames: Record<FrameSide, string> = {
  top: 'top',
  right: 'right',
  bottom: 'bottom',
  left: 'left',
};
/** "left", "left and bottom", "top, left and bottom". */
const sideList = (sides: readonly FrameSide[]) => {
  const names = sides.map((side) => sideNames[side]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};
const notAltered =
  'The certificate must not be altered: if anything was changed, use the original photo or scan.';

const kindNames: Record<DocumentKind, string> = {
  unknown: 'a document',
  'identity-card': 'a resident identity card',
  'business-license': 'a business license',
  'organization-certificate': 'an organization certificate',
  passport: 'a passport',
  other: 'another document',
};
/** Where a reading could not be trusted: what to change in the next photo. */
const readBetter =
  'For a clearer reading, take the photo in even light without glare, in focus, with the certificate lying flat and filling most of the picture.';

const readingMessages: Pick<
  MessageTexts,
  Extract<MessageCode, `${'number' | 'name' | 'type' | 'reading'}-${string}`>
> = {
  'reading-not-asked': () =>
    'Not compared yet. Press “Read the text on my certificate” below to compare it with what you entered.',
  'reading-illegible': () => `We could not read enough of the text to compare. ${readBetter}`,
  'number-not-entered': ({ read }) =>
    `We read the number “${read}”. Type the number you entered in your registration below to compare.`,
  'number-unread': () => `We could not find the certificate number in the photo. ${readBetter}`,
  'number-unsure': ({ read }) =>
    `We read “${read}”, but not surely enough to compare (for an ID number or credit code: its last character does not agree with the rest). Compare it by eye. ${readBetter}`,
  'number-matches': ({ read }) =>
    `The number you entered matches the one on the certificate: ${read}.`,
  'number-differs': ({ read, entered }) =>
    `The number you entered, “${entered.trim()}”, is not the one on the certificate, “${read}”. The differences are listed below. Correct the number in your registration so it is exactly the certificate’s.`,
  'number-suffix': ({ read, suffix }) =>
    `Leave out “${suffix}”: it is the duplicate number of the license, not part of the certificate number. Enter only ${read}.`,
  'name-not-entered': ({ read }) =>
    `We read the name “${read}”. Type the name in your registration below to compare.`,
  'name-unread': () => `We could not find the name in the photo. ${readBetter}`,
  'name-unsure': ({ read }) =>
    `We read “${read}”, but not surely enough to compare. Compare it by eye. ${readBetter}`,
  'name-matches': ({ read }) => `The name you entered matches the one on the certificate: ${read}.`,
  'name-differs': ({ read, entered }) =>
    `The name you entered, “${entered.trim()}”, is not exactly the one on the certificate, “${read}”. The differences are listed below. The registrant name must be exactly the certificate’s.`,
  'type-not-chosen': ({ read }) =>
    `This looks like ${kindNames[read]}. Choose the document above to compare it with the type you chose.`,
  'type-unread': () =>
    'We could not read the document’s title, so we cannot tell its type. Make sure you chose the type of the document you upload.',
  'type-matches': ({ read }) => `This looks like ${kindNames[read]}, the type you chose.`,
  'type-differs': ({ read, chosen }) =>
    `This looks like ${kindNames[read]}, but you chose ${kindNames[chosen]}. The certificate type in your registration must be the document you upload.`,
};

const messages: MessageTexts = {
  'format-accepted': ({ format }) => `This file is ${formatNames[format]}, an accepted format.`,
  'format-empty': () =>
    'This file is empty: it has no picture in it. Choose the photo or scan itself.',
  'format-refused': ({ format }) =>
    `This file is ${formatNames[format]}, which is not accepted. Save the picture as JPG, PNG, BMP, HEIC or WebP.`,

  'extension-matches': ({ extension }) =>
    `The name ends in ${ending(extension)}, which matches the real format.`,
  'extension-wrong': ({ extension, format }) =>
    `The name has ${ending(extension)}, but the file is really ${formatNames[format]}, so the upload will refuse it. Do not just rename it: save a copy in an accepted format.`,
  'extension-disguised': ({ extension, format }) =>
    `The name ends in ${ending(extension)} but the file is really ${formatNames[format]}. Renaming a file does not change its format: convert it instead.`,
  'extension-not-applicable': () =>
    'The name cannot match, because the format itself is not accepted.',

  'size-too-small': ({ bytes }, f) =>
    `The file is ${size(bytes, f)}, smaller than the 55 KB minimum. Use a sharper, larger photo or scan.`,
  'size-low-band': ({ bytes }, f) =>
    `The file is ${size(bytes, f)}: just above 55 KB if 1 KB is 1,000 bytes, but below it if 1 KB is 1,024 bytes. To be safe, make it at least 56,320 bytes.`,
  'size-ok': ({ bytes }, f) => `The file is ${size(bytes, f)}, within 55 KB to 5 MB.`,
  'size-high-band': ({ bytes }, f) =>
    `The file is ${size(bytes, f)}: under 5 MB if 1 MB is 1,048,576 bytes, but over it if 1 MB is 1,000,000 bytes. To be safe, make it 5,000,000 bytes or less.`,
  'size-too-big': ({ bytes }, f) =>
    `The file is ${size(bytes, f)}, larger than the 5 MB maximum. Make a smaller copy of the same picture.`,

  'decode-ok': () => 'The picture opens completely.',
  'decode-not-picture': () => 'Not opened, because the file is not an accepted picture.',
  'decode-file-too-big': ({ bytes }, f) =>
    `Not opened: at ${f.size(bytes)} the file is far over the size limit.`,
  'decode-too-many-pixels': ({ width, height, megapixels }, f) =>
    `The picture is ${pixels(width, height)} (${f.number(megapixels)} million), too large to open safely here, so the picture checks were skipped. Make a smaller copy.`,
  'decode-truncated': () =>
    'The file is cut off: part of the picture is missing, often after an interrupted download or copy. Use the original file.',
  'decode-corrupt': () =>
    'The file is damaged, so the picture does not open properly. Use the original photo or scan.',
  'decode-failed': () =>
    'The picture in this file could not be opened: it may be damaged. Use the original photo or scan.',

  'dimensions-unknown': () => 'We could not read the picture size.',
  'dimensions-too-small': ({ width, height }) =>
    `The picture is only ${pixels(width, height)}: far too small to show a certificate. Use the original photo or scan.`,
  'dimensions-small': ({ width, height }) =>
    `The picture is ${pixels(width, height)}, which may be too small to read. A photo straight from your phone's camera is usually large enough.`,
  'dimensions-ok': ({ width, height }) =>
    `The picture is ${pixels(width, height)}, enough to read the details.`,
  'dimensions-too-large': ({ width, height, megapixels }, f) =>
    `The picture is ${pixels(width, height)} (${f.number(megapixels)} million): more than any camera takes (the largest phone cameras take 200 million). A file this big is usually damaged or made to crash viewers, and the reviewers may not be able to open it. Use the original photo or scan.`,
  'dimensions-text-small': ({ width, height }) =>
    `The picture is ${pixels(width, height)}, but the certificate fills only a small part of it, so its text has too few pixels to read. Take the photo closer, so the certificate fills most of the picture.`,

  'pixels-too-small': () => 'Not checked: the picture is too small to judge.',
  'pixels-not-decoded': () => 'Not checked, because we could not look at the picture.',

  'color-gray': () =>
    'This looks like a black-and-white or grey copy, which is not accepted. Photograph or scan the original certificate in colour.',
  'color-faint': () =>
    'There is very little colour in this picture. Make sure it is a colour photo or scan of the original, not of a black-and-white copy.',
  'color-unsure': () =>
    'This is a colour photo, but the certificate in it shows almost no colour, so we cannot tell whether it is the original or a black-and-white copy. If it is a copy, photograph the original instead.',
  'color-ok': () => 'The picture is in colour.',

  'sharpness-no-detail': () =>
    'We found too little text or detail to judge sharpness. Check that the certificate is in the picture.',
  'sharpness-blurred': () =>
    'The picture is blurred, so the text may not be readable. Hold the phone steady, tap to focus, and take it again.',
  'sharpness-soft': () =>
    'The picture looks a little soft. Zoom in: if any text is fuzzy, take it again with the phone held steady.',
  'sharpness-ok': () => 'The picture looks sharp.',

  'exposure-dark': () => 'The picture is very dark. Take it again in daylight or a well-lit room.',
  'exposure-glare': () =>
    'Part of the picture is washed out by glare or reflection, which can hide text. Tilt the certificate or turn off the flash and take it again.',
  'exposure-washed-out': () =>
    'A large part of the picture is washed out to white by glare or too much light, which hides text. Move away from direct light, turn off the flash and take it again.',
  'exposure-ok': () => 'The picture is evenly lit, with no glare found.',

  'metadata-not-picture': () => 'Not checked, because the file is not an accepted picture.',

  'mirror-flagged': () =>
    'The file is marked as mirrored, so the text will show back to front. Take the photo again with the rear camera, or use a scan.',
  'mirror-front-camera': () =>
    'This photo was taken with the front (selfie) camera, which often mirrors pictures. Check the text reads normally, or retake it with the rear camera.',
  'mirror-damaged': () =>
    'The photo information stored in the file is damaged, so we could not tell whether it is mirrored. Make sure the text reads normally.',
  'mirror-ok': () =>
    'Nothing in the file says it is mirrored. Still make sure the text reads normally.',
  'mirror-text': () =>
    'The text on the certificate reads clearly only when the picture is flipped: this photo is mirrored. Some phone cameras do this, the front camera especially. Take the photo again with the rear camera or another phone, or use a colour scan.',
  'mirror-text-ok': () => 'We read the text on the certificate the right way round: not mirrored.',

  'edited-editor': ({ software }) =>
    `The file says it was saved by an image editor (${software}). ${notAltered}`,
  'edited-photoshop': () => `The file carries Photoshop information. ${notAltered}`,
  'edited-damaged': () =>
    'The photo information stored in the file is damaged, so we could not tell whether it was changed in an image editor.',
  'edited-ok': () => 'Nothing in the file says it was changed in an image editor.',

  'seal-not-applicable': () => 'Only checked for business licenses and organization certificates.',
  'seal-not-decoded': () => 'We could not look at the picture, so we could not look for the seal.',
  'seal-missing': () =>
    'We could not find a red seal. The registration authority’s seal must be red, clear and complete in the picture.',
  'seal-found': () => 'We found red that looks like the seal. Check it is complete and clear.',

  'complete-ok': () => 'All four edges of the certificate are in the picture.',
  'complete-cut': ({ sides }) =>
    `The ${sideList(sides)} ${sides.length === 1 ? 'edge' : 'edges'} of the certificate ${sides.length === 1 ? 'is' : 'are'} cut off: part of it is not in the picture. Take it again with all four edges in the picture and a little space around them.`,
  'complete-edge-unseen': ({ sides }) =>
    `The certificate reaches the ${sideList(sides)} ${sides.length === 1 ? 'edge' : 'edges'} of the picture, so its border there is not in it. Nothing printed seems cut off, but the whole certificate must show, borders included. Take it again with a little space around all four edges.`,
  'complete-fills-frame': () =>
    'The certificate seems to fill the whole picture (or lies on something as light as the paper), so we cannot see its edges to tell whether part of it is cut off. If this is a scan cropped to the page, make sure nothing was cropped away; if it is a photo, step back a little so some of the table shows around it.',
  ...readingMessages,
  'complete-not-found': () =>
    'We could not make out the edges of the certificate, so we could not tell whether all of it is in the picture. Make sure all four edges are in the picture with a little space around them; a darker table makes them easier to see.',
};

const units: SizeUnits = {
  bytes: (n, count) => (count === 1 ? `${n} byte` : `${n} bytes`),
  kb: (n) => `${n} KB`,
  mb: (n) => `${n} MB`,
};

const en = {
  page: {
    title: 'Check your certificate photo',
    description:
      'Check the photo or scan of your certificate before you upload it: format, size, colour, sharpness and more. The file never leaves your device.',
    heading: 'Check your certificate photo',
    intro:
      'Before you upload, check the picture of your certificate for the problems that get it refused: the wrong format or size, black and white, blur, glare, mirroring and more.',
    privacyLead: 'Your file stays on this device.',
    privacyText: 'It is checked inside your browser and is never uploaded or sent anywhere.',
  },
  /** Between two sentences shown side by side: a space in English, nothing in Chinese. */
  sentenceGap: ' ',
  chooser: {
    heading: 'Your photo or scan',
    choose: 'Choose a photo or file',
    chooseAnother: 'Choose a different photo',
    hint: 'On a phone you can take a new photo or pick one from your gallery. On a computer you can also drag the file here, or paste a copied picture.',
  },
  documentKind: {
    legend: 'What is the document? (optional)',
    hint: 'Some checks only apply to some documents.',
    kinds: {
      unknown: 'I would rather not say',
      'identity-card': 'Resident identity card',
      'business-license': 'Business license',
      'organization-certificate': 'Organization certificate',
      passport: 'Passport',
      other: 'Something else',
    } satisfies Record<DocumentKind, string>,
  },
  progress: {
    checking: (fileName: string): string => `Checking ${fileName}…`,
    label: 'Checking progress',
    steps: {
      reading: 'Reading the file',
      metadata: 'Reading the photo’s details',
      structure: 'Making sure the file is complete',
      decoding: 'Opening the picture',
      'heic-decoder': 'Loading the HEIC reader',
      measuring: 'Measuring sharpness, colour and light',
    } satisfies Record<ProgressStep, string>,
  },
  results: {
    verdicts: {
      pass: {
        title: 'Your file looks ready to upload',
        text: 'These checks cannot see everything: make sure the whole certificate, with its borders, is in the picture, clear, and not covered.',
      },
      warn: {
        title: 'Your file may be refused',
        text: 'Look at the points marked “Check this” below before you upload it.',
      },
      fail: {
        title: 'This file is likely to be refused',
        text: 'Fix the points marked “Must fix” below, then check the new file here.',
      },
    } satisfies Record<Verdict, { title: string; text: string }>,
    /** Before the file's name: what was checked. */
    checked: 'Checked: ',
    checkedCopy: 'Checked your new copy: ',
    pixels: (width: number, height: number): string => pixels(width, height),
    status: {
      fail: 'Must fix',
      warn: 'Check this',
      pass: 'OK',
      skip: 'Not checked',
    } satisfies Record<CheckStatus, string>,
    titles: {
      format: 'File format',
      extension: 'File name ending',
      size: 'File size',
      decode: 'File opens completely',
      dimensions: 'Picture size',
      color: 'Colour copy',
      sharpness: 'Sharpness',
      exposure: 'Light and glare',
      mirror: 'Not mirrored',
      edited: 'Not edited',
      seal: 'Red seal',
      complete: 'Whole certificate in the picture',
      'number-match': 'Number matches what you entered',
      'name-match': 'Name matches what you entered',
      'type-match': 'Type matches what you chose',
    } satisfies Record<CheckId, string>,
    howToFix: 'How to fix it',
    whyWeCheck: 'Why we check this',
    /** After the link text, for screen readers: which check the link belongs to. */
    linkContext: (title: string): string => `: ${title}`,
    /** What a screen reader hears when a check ends. */
    summary: (fileName: string, verdictTitle: string, fails: number, warns: number): string => {
      const parts = [
        fails ? `${fails} ${fails === 1 ? 'thing' : 'things'} to fix` : '',
        warns ? `${warns} ${warns === 1 ? 'thing' : 'things'} to check` : '',
      ].filter(Boolean);
      return `Check finished for ${fileName}. ${verdictTitle}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
    },
  },
  messages,
  units,
  /** The photo beside the results, with what the checks found drawn on it. */
  picture: {
    heading: 'What we saw in your photo',
    alt: 'Your photo, with what we found marked on it. The marks are listed below the photo.',
    /** When the browser cannot show the file itself (HEIC, TIFF): the marks on a blank shape. */
    noImage: 'Your browser cannot show this kind of picture here, so only the marks are drawn.',
    /** Short words drawn on the photo beside each mark. */
    labels: {
      number: 'number',
      name: 'name',
      title: 'title',
      cut: 'cut off',
      edge: 'border missing',
      glare: 'glare',
      dark: 'too dark',
      seal: 'seal',
    },
    outline: 'Solid green line: the edges of the certificate we found.',
    cut: (sides: readonly FrameSide[]): string =>
      `Red dashed line marked “cut off”: the certificate runs off the ${sideList(sides)} of the picture.`,
    /** A stretch where only blank paper reaches the frame (`complete` warns). */
    edge: (sides: readonly FrameSide[]): string =>
      `Red dashed line marked “border missing”: the certificate reaches the ${sideList(sides)} of the picture, so its border there is not in it.`,
    glare: 'Orange dotted box marked “glare”: washed out by light, so text there may be lost.',
    dark: 'Blue dashed box marked “too dark”: too dark to read well.',
    seal: 'Purple ring marked “seal”: where we found the red seal.',
    read: 'Teal boxes marked “number”, “name” and “title”: where we read them.',
  },
  fix: {
    heading: 'We can fix this here',
    text: 'We can save the same picture as a JPEG that fits the format and size rules, on your device. Nothing is cropped or retouched; only the file is made smaller if needed.',
    button: 'Make a JPEG copy that fits',
    busy: 'Making the copy…',
    announcement: 'Making a JPEG copy…',
  },
  copy: {
    heading: 'Your new copy is ready',
    text: (size: string): string =>
      `It is the same picture saved as a JPEG of ${size}. Nothing was cropped or changed. Upload this copy instead of the original.`,
    download: (fileName: string): string => `Download ${fileName}`,
  },
  errors: {
    check: 'Something went wrong while checking this file. Please try again, or try another file.',
    checkAnnouncement: 'The check could not finish.',
    /** The copy could not fit 55 KB–5 MB and stay legible (error code 'convert-failed'). */
    convertImpossible:
      'We could not make a copy that fits the limits without making it unreadable. Please take a new photo or scan.',
    convert: 'Something went wrong while making the copy. Please try again.',
  },
};

export default en;
export type ImageCheckStrings = typeof en;
