import { useEffect } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { paths } from '../config/paths';
import { useCommonStrings } from '../i18n/common';
import { LocaleContext } from '../i18n/locale-context';
import { languageTags, localizePath, type Locale } from '../i18n/locales';
import { LanguageOffer, LanguageSwitch } from './language-switch';
import { replayEarlyInput } from './replay-early-input';
import { markHydrated } from './use-hydrated';

const navItems = [
  { href: paths.lookup.href(), key: 'lookup' },
  { href: paths.diagnose.href(), key: 'diagnose' },
  { href: paths.check.href(), key: 'check' },
] as const;

/** The page frame in one language: every page under it reads that language (useLocale). */
export function Layout({ locale }: { locale: Locale }) {
  return (
    <LocaleContext value={locale}>
      <Frame locale={locale} />
    </LocaleContext>
  );
}

function Frame({ locale }: { locale: Locale }) {
  const t = useCommonStrings();
  const navigation = useNavigation();
  // Marks the moment the page is interactive (hydrated); tests wait for it before pasting.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
    markHydrated();
    replayEarlyInput(document.getElementById('root')!);
  }, []);
  // The prerendered page says its language; a switch to the other language in the app says it too.
  useEffect(() => {
    document.documentElement.lang = languageTags[locale];
  }, [locale]);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only print:hidden focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-blue-800"
      >
        {t.skipToContent}
      </a>
      <LanguageOffer />
      <header className="border-b print:hidden border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
          <Link
            to={localizePath(locale, paths.home.href())}
            className="flex min-h-11 items-center text-lg font-bold text-slate-900 no-underline dark:text-white"
          >
            {t.siteName}
          </Link>
          <nav aria-label={t.mainNav}>
            <ul className="flex flex-wrap gap-x-1">
              {navItems.map(({ href, key }) => (
                <li key={key}>
                  {/* NavLink marks the current page with aria-current for screen readers. */}
                  <NavLink
                    to={localizePath(locale, href)}
                    className="flex min-h-11 items-center px-2 font-medium text-blue-800 underline-offset-2 hover:underline aria-[current=page]:underline dark:text-blue-300"
                  >
                    {t.nav[key]}
                  </NavLink>
                </li>
              ))}
              <li>
                <LanguageSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {navigation.state === 'loading' && (
        <div
          role="progressbar"
          aria-label={t.loadingPage}
          className="h-1 w-full animate-pulse bg-blue-600 print:hidden"
        />
      )}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none"
      >
        <Outlet />
      </main>
      <footer className="border-t print:hidden border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
        <div className="mx-auto max-w-3xl space-y-2 px-4 py-6">
          <p>
            <strong>{t.footerPrivacyLead}</strong> {t.footerPrivacy}
          </p>
          <p>{t.footerDecision}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

const loadingText: Record<Locale, string> = { en: 'Loading…', zh: '正在加载…' };

/** Shown only if a page starts without its prerendered HTML, before its text has loaded. */
export function HydrateFallback({ locale }: { locale: Locale }) {
  return (
    <p className="p-6 text-lg" role="status">
      {loadingText[locale]}
    </p>
  );
}
