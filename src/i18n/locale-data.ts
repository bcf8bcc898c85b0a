// Text in two languages, of which a page loads only its own: interface strings and the reason
// catalog are split per language into chunks that load on demand, once, and are then read
// synchronously. See docs/decisions/001-interface-strings.md for why this is not a library.
import { use } from 'react';
import { useLocale } from './locale-context';
import type { Locale } from './locales';

/** A promise that React's `use` reads synchronously once it has settled. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

export interface LocaleData<T> {
  /** Loads (once) and returns the data of one language. */
  load(locale: Locale): Promise<T>;
  /** The promise of one language's data, for `use`. */
  promise(locale: Locale): Tracked<T>;
}

/**
 * Data with one loader per language, each a dynamic import, so that a bundler puts each
 * language in a chunk of its own: `defineLocaleData({ en: () => import('./en'), zh: … })`.
 */
export function defineLocaleData<T>(
  loaders: Record<Locale, () => Promise<{ default: T }>>,
): LocaleData<T> {
  const loaded = new Map<Locale, Tracked<T>>();
  const promise = (locale: Locale) => {
    let tracked = loaded.get(locale);
    if (!tracked) {
      const p: Tracked<T> = loaders[locale]().then((m) => {
        p.status = 'fulfilled';
        p.value = m.default;
        return m.default;
      });
      // A failed download may be tried again (the route's error page offers a reload).
      p.catch(() => loaded.delete(locale));
      loaded.set(locale, (tracked = p));
    }
    return tracked;
  };
  return { promise, load: promise };
}

/** Loads several sets of data for one language: route modules await this before they render. */
export async function preloadLocaleData(locale: Locale, data: readonly LocaleData<unknown>[]) {
  await Promise.all(data.map((d) => d.load(locale)));
}

/**
 * This page's language's data. Loaded by the route before it renders, so this returns at once;
 * a component loaded later (a lazy tool) suspends until its language's chunk is there.
 */
export function useLocaleData<T>(data: LocaleData<T>): T {
  // React reads `status` and `value` to return a settled promise's value without suspending.
  return use(data.promise(useLocale()) as Promise<T>);
}
