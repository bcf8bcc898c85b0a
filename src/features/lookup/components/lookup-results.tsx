import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useLocale } from '../../../i18n/locale-context';
import { languageTags, localizePath, type Locale } from '../../../i18n/locales';
import { useLookupStrings } from '../i18n';
import type { LookupReason, LookupResult } from '../rank-reasons';

/** A reason's title and summary in one language (the ranker carries both). */
const inLanguage = (reason: LookupReason, locale: Locale) =>
  locale === 'zh' && reason.zh ? reason.zh : reason;

/**
 * Ranked results, best first; each says which message or words matched. When the text matched a
 * message in the other language (a Chinese paste on an English page), the result also offers the
 * reason's page in that language, in that language. `closest` labels results that only come
 * near a message without a page of its own.
 */
export function LookupResults({
  results,
  closest = false,
}: {
  results: LookupResult[];
  closest?: boolean;
}) {
  const t = useLookupStrings();
  const locale = useLocale();
  return (
    <ol className="space-y-3" aria-label={t.resultsLabel}>
      {results.map(({ reason, matched, language }, index) => {
        const shown = inLanguage(reason, locale);
        const offered = inLanguage(reason, language);
        return (
          <li key={reason.slug} data-reason={reason.slug} className="space-y-1">
            <Link
              to={localizePath(locale, paths.reason.href(reason.slug))}
              className={`block rounded-lg border-2 p-4 hover:bg-blue-50 dark:hover:bg-slate-900 ${
                index === 0
                  ? 'border-blue-700 dark:border-blue-400'
                  : 'border-slate-300 dark:border-slate-700'
              }`}
            >
              {(index === 0 || closest) && (
                <span className="mb-1 block text-sm font-semibold tracking-wide text-blue-800 uppercase dark:text-blue-300">
                  {closest ? t.closestMatch : t.bestMatch}
                </span>
              )}
              <span className="block text-xl font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
                {shown.title}
              </span>
              <span className="mt-1 block text-slate-700 dark:text-slate-300">{shown.summary}</span>
              <span className="mt-2 block text-sm text-slate-700 dark:text-slate-300">
                {t.matched}{' '}
                <mark
                  lang={languageTags[language]}
                  className="rounded bg-yellow-100 px-1 text-slate-900 dark:bg-yellow-900 dark:text-yellow-50"
                >
                  {matched}
                </mark>
              </span>
            </Link>
            {language !== locale && (
              <p lang={languageTags[language]} className="px-1">
                {t.otherLanguagePage}
                <Link
                  to={localizePath(language, paths.reason.href(reason.slug))}
                  hrefLang={languageTags[language]}
                  data-other-language={language}
                  className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300"
                >
                  {offered.title}
                </Link>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
