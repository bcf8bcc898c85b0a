// The portal's two languages, and how a router path carries one: English at the root (the URLs
// rejection emails already link to), Simplified Chinese under /zh.

export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags: for <html lang>, hreflang and Intl formatting. */
export const languageTags: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Each language's own name, for the link that switches to it. */
export const languageNames: Record<Locale, string> = { en: 'English', zh: '中文' };

const ZH_PREFIX = '/zh';

/** The language of a router path (without the base path). */
export function localeOfPath(path: string): Locale {
  return /^\/zh(?=$|[/?#])/.test(path) ? 'zh' : 'en';
}

/** A router path (an English href such as "/reasons/x?q=1") in the given language. */
export function localizePath(locale: Locale, path: string): string {
  const english = toEnglishPath(path);
  if (locale === 'en') return english;
  return english === '/' ? ZH_PREFIX : `${ZH_PREFIX}${english}`;
}

/** The English path of a router path in either language. */
export function toEnglishPath(path: string): string {
  if (localeOfPath(path) === 'en') return path;
  const rest = path.slice(ZH_PREFIX.length);
  return rest === '' || rest.startsWith('?') || rest.startsWith('#')
    ? `/${rest.replace(/^\//, '')}`
    : rest;
}

/**
 * The same page in every language, as hreflang → router path, plus "x-default" (English, the
 * root): for <link rel="alternate"> and the sitemap.
 */
export function alternatePaths(path: string): { hreflang: string; path: string }[] {
  const english = toEnglishPath(path);
  return [
    ...locales.map((l) => ({ hreflang: languageTags[l], path: localizePath(l, english) })),
    { hreflang: 'x-default', path: english },
  ];
}

/** The language the browser prefers among the portal's, if it states one. */
export function preferredLocale(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return undefined;
}
