import type { Category } from '../../../../content/schema';

// Interface text of the lists of reasons (grouped by category), in English. zh.ts has the same keys.
const en = {
  categories: {
    'certificate-details': {
      title: 'What you typed or selected',
      blurb:
        'The name, certificate number, type or dates you entered do not match your certificate.',
    },
    'certificate-image': {
      title: 'The photo or scan of your certificate',
      blurb: 'The image is unclear, incomplete, in black and white, or the wrong document.',
    },
    'domain-name': {
      title: 'The domain name itself',
      blurb: 'The domain name contains words that are not allowed.',
    },
    'file-upload': {
      title: 'Uploading the file',
      blurb: 'The file was refused on upload because of its size or format.',
    },
  } satisfies Record<Category, { title: string; blurb: string }>,
};

export default en;
export type ReasonListStrings = typeof en;
