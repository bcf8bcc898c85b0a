import { createContext, useContext } from 'react';
import { languageTags, localizePath, type Locale } from './locales';

/** The language of the page being shown; set once per route tree (see src/app/router.tsx). */
export const LocaleContext = createContext<Locale>('en');

export const useLocale = () => useContext(LocaleContext);

/**
 * Turns an href from src/config/paths.ts into the same page in this page's language:
 * `const href = useLocalizedHref(); <Link to={href(paths.check.href())}>`.
 */
export function useLocalizedHref() {
  const locale = useLocale();
  return (href: string) => localizePath(locale, href);
}

/** Number and date formatting in this page's language (e.g. "1,234" / "1,234"; "2026年3月1日"). */
export function useFormat() {
  const tag = languageTags[useLocale()];
  return {
    number: (n: number, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(tag, options).format(n),
    /** A calendar date given as year, month (1–12) and day, in UTC so no time zone shifts it. */
    date: (year: number, month: number, day: number) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, day)),
      ),
  };
}
