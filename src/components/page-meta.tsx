import { useLocation } from 'react-router';
import { useCommonStrings } from '../i18n/common';
import { useLocale } from '../i18n/locale-context';
import { alternatePaths, localizePath } from '../i18n/locales';

/** A router path as a whole URL on the public site (canonical and alternate links need them). */
const absolute = (path: string) =>
  `${import.meta.env.SITE_ORIGIN}${import.meta.env.BASE_URL}${path.slice(1)}`;

/**
 * Sets the document title and description, the canonical URL and the page's other-language
 * alternates; React 19 hoists these into <head>. A query (the lookup's ?q=) is never part of
 * a canonical URL: it holds what someone pasted.
 */
export function PageMeta({
  title,
  description,
  notFound = false,
}: {
  title: string;
  description: string;
  /** A page that stands for a missing one names no canonical URL or alternates. */
  notFound?: boolean;
}) {
  const { siteName } = useCommonStrings();
  const locale = useLocale();
  const { pathname } = useLocation();
  return (
    <>
      <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
      <meta name="description" content={description} />
      {!notFound && (
        <>
          <link rel="canonical" href={absolute(localizePath(locale, pathname))} />
          {alternatePaths(pathname).map(({ hreflang, path }) => (
            <link key={hreflang} rel="alternate" hrefLang={hreflang} href={absolute(path)} />
          ))}
        </>
      )}
    </>
  );
}
