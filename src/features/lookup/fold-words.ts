// Generic English folding: the same words for the same idea, on both the catalog and the query.
// Reason-specific vocabulary does not belong here; it lives in each reason's `keywords`.

/** One word of normalised text: `key` is what is compared, `surface` what the person typed. */
export interface Term {
  key: string;
  surface: string;
}

/** Words that carry no meaning on their own; they count little inside a message and not at all alone. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at by for from with without and or but if then than so as is are was were be been being ' +
    'am do does did done has have had having it its this that these those there here i me my mine we us our you your ' +
    'he she his her they them their what which who whom why how when where will would shall should can could may might ' +
    'must just also only very too please pls hi hello dear thanks thank regards kind best sir madam all any some each ' +
    'about into after before again now still already get got out up down off over under yes no not ok okay one due'
  ).split(' '),
);

/**
 * Words every rejection email uses whatever the reason ("domain", "verification failed",
 * "please submit again"): they count inside a message, never on their own. Stemmed, as keys are.
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(
  'domain real realname verify fail reject denied submit resubmit reason result status error message customer request review audit pass approv console registry upload again'
    .split(' ')
    .map(stem),
);

/** Multi-word and single-word synonyms, folded to one canonical key. Keys are normalised words. */
const SYNONYMS: Record<string, string> = {
  'black and white': 'blackwhite',
  'black n white': 'blackwhite',
  'black white': 'blackwhite',
  'gray scale': 'blackwhite',
  'grey scale': 'blackwhite',
  bw: 'blackwhite',
  monochrome: 'blackwhite',
  grayscale: 'blackwhite',
  greyscale: 'blackwhite',
  blurry: 'unclear',
  blurred: 'unclear',
  blurring: 'unclear',
  blur: 'unclear',
  blury: 'unclear',
  fuzzy: 'unclear',
  'out of focus': 'unclear',
  pixelated: 'unclear',
  unreadable: 'unclear',
  illegible: 'unclear',
  'not clear': 'unclear',
  'hard to read': 'unclear',
  'cannot read': 'unclear',
  'cant read': 'unclear',
  'can not read': 'unclear',
  glare: 'unclear',
  'can not': 'cannot',
  cant: 'cannot',
  couldnt: 'cannot',
  'could not': 'cannot',
  'data base': 'database',
  image: 'photo',
  picture: 'photo',
  pic: 'photo',
  pics: 'photo',
  img: 'photo',
  photograph: 'photo',
  cert: 'certificate',
  certs: 'certificate',
  info: 'information',
  licence: 'license',
  colour: 'color',
  // A gray copy is a black-and-white copy.
  grey: 'blackwhite',
  gray: 'blackwhite',
  'not in color': 'blackwhite',
  'not in colour': 'blackwhite',
  'no color': 'blackwhite',
  'no colour': 'blackwhite',
  typo: 'misspell',
  typos: 'misspell',
  misspelt: 'misspell',
  misspelled: 'misspell',
  'spelling mistake': 'misspell',
  'wrong spelling': 'misspell',
  megabyte: 'mb',
  megabytes: 'mb',
  mbs: 'mb',
  kilobyte: 'kb',
  kilobytes: 'kb',
  kbs: 'kb',
  mismatch: 'inconsistent',
  mismatched: 'inconsistent',
  'does not match': 'inconsistent',
  'do not match': 'inconsistent',
  'doesnt match': 'inconsistent',
  'dont match': 'inconsistent',
  'not match': 'inconsistent',
  'not matching': 'inconsistent',
  'not the same': 'inconsistent',
  different: 'inconsistent',
  differs: 'inconsistent',
  flipped: 'mirror',
  reversed: 'mirror',
  backwards: 'mirror',
  'mirror image': 'mirror',
  stamp: 'seal',
  stamped: 'seal',
  chop: 'seal',
  edge: 'border',
  edges: 'border',
  corner: 'border',
  corners: 'border',
  photocopy: 'copy',
  photocopied: 'copy',
  xerox: 'copy',
  // File types the upload does not take are, to the person, "the wrong format".
  pdf: 'format',
  gif: 'format',
  tif: 'format',
  tiff: 'format',
  doc: 'format',
  docx: 'format',
  svg: 'format',
  raw: 'format',
  dng: 'format',
  avif: 'format',
  heif: 'format',
  jfif: 'format',
  psd: 'format',
  'word document': 'format',
  'word file': 'format',
  excel: 'format',
  zip: 'format',
  filetype: 'format',
  'file type': 'format',
  'brand new': 'new',
  half: 'partial',
  partly: 'partial',
  partially: 'partial',
  soldier: 'military',
  soldiers: 'military',
  army: 'military',
  'armed forces': 'military',
  serviceman: 'military',
  servicemen: 'military',
  authentication: 'authenticate',
  authenticated: 'authenticate',
  authenticating: 'authenticate',
  verification: 'verify',
  verified: 'verify',
  verifying: 'verify',
  expires: 'expire',
  expired: 'expire',
  expiring: 'expire',
  expiry: 'expire',
  expiration: 'expire',
};

const SYNONYM_PHRASES = new Map<string, { words: string[]; key: string }[]>();
for (const [phrase, key] of Object.entries(SYNONYMS)) {
  const words = phrase.split(' ');
  const list = SYNONYM_PHRASES.get(words[0]!) ?? [];
  list.push({ words, key });
  list.sort((a, b) => b.words.length - a.words.length);
  SYNONYM_PHRASES.set(words[0]!, list);
}

/** A light suffix stripper: enough for "renamed/rename", "mirrored/mirror", "photos/photo". */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Every word the folding knows, so the typo corrector leaves them alone. */
export const FOLDED_WORDS: readonly string[] = Object.keys(SYNONYMS).flatMap((phrase) =>
  phrase.split(' '),
);

/** Turns normalised words into terms, folding synonyms (longest phrase first) and stemming. */
export function toTerms(words: readonly string[]): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidates = SYNONYM_PHRASES.get(word);
    const hit = candidates?.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (hit) {
      terms.push({ key: stem(hit.key), surface: hit.words.join(' ') });
      i += hit.words.length - 1;
    } else {
      terms.push({ key: stem(word), surface: word });
    }
  }
  return terms;
}
