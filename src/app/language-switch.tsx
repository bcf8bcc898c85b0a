import { useState, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { useCommonStrings } from '../i18n/common';
import { useLocale } from '../i18n/locale-context';
import { languageTags, localizePath, preferredLocale, type Locale } from '../i18n/locales';

const other = (locale: Locale): Locale => (locale === 'en' ? 'zh' : 'en');

/** The same page (and query) in the other language, as a router path. */
function useCounterpart() {
  const { pathname, search } = useLocation();
  const target = other(useLocale());
  return { target, to: localizePath(target, `${pathname}${search}`) };
}

/** The header's link to this very page in the other language, written in that language. */
export function LanguageSwitch() {
  const t = useCommonStrings();
  const { target, to } = useCounterpart();
  return (
    <Link
      to={to}
      lang={languageTags[target]}
      hrefLang={languageTags[target]}
      title={t.otherLanguage.title}
      className="flex min-h-11 items-center rounded-md border border-slate-400 px-3 font-medium text-blue-800 dark:border-slate-500 dark:text-blue-300"
    >
      {t.otherLanguage.label}
    </Link>
  );
}

const subscribeToLanguages = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};
const browserLocale = () => preferredLocale(navigator.languages ?? [navigator.language]);

/**
 * A reader whose browser prefers the other language is offered this page in it, at the top and
 * in that language. Never a redirect: the choice is theirs, and a closed offer stays closed while
 * the page is open (nothing is stored). Shown only once the page has started (the server
 * snapshot is "no preference"), from the browser's own setting, so the prerendered page is the
 * same for everyone.
 */
export function LanguageOffer() {
  const t = useCommonStrings();
  const { target, to } = useCounterpart();
  const preferred = useSyncExternalStore(subscribeToLanguages, browserLocale, () => undefined);
  const [closed, setClosed] = useState(false);
  if (closed || preferred !== target) return null;
  return (
    <aside
      lang={languageTags[target]}
      aria-label={t.languageOffer.text}
      className="border-b border-blue-200 bg-blue-50 print:hidden dark:border-blue-900 dark:bg-blue-950"
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-lg">
        <p>{t.languageOffer.text}</p>
        <Link
          to={to}
          hrefLang={languageTags[target]}
          className="flex min-h-11 items-center rounded-lg bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800"
        >
          {t.languageOffer.action}
        </Link>
        <button
          type="button"
          onClick={() => setClosed(true)}
          className="min-h-11 rounded-lg px-3 font-medium text-blue-800 underline dark:text-blue-300"
        >
          {t.languageOffer.dismiss}
        </button>
      </div>
    </aside>
  );
}
