import type { ChineseChars } from './compare-names';

// The name tables are about 24 KB (gzip): the page loads them only when two names differ in a
// Chinese character, and then once.
let loaded: ChineseChars | undefined;
let loading: Promise<ChineseChars> | undefined;

/** The tables, if they have been loaded already. */
export const loadedChineseChars = () => loaded;

/** Loads the tables (once; a failed download may be tried again). */
export function loadChineseChars(): Promise<ChineseChars> {
  loading ??= import('./chinese-chars').then(
    (m) => (loaded = m.chineseChars),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
