/**
 * Pasted text beyond this many characters is not ranked: a whole rejection email is a few
 * hundred characters, so 4,000 leaves room for long threads while keeping ranking instant.
 */
export const MAX_QUERY_CHARS = 4000;
