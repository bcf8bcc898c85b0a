import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { commonStrings } from '../i18n/common';
import { preloadLocaleData, type LocaleData } from '../i18n/locale-data';
import type { Locale } from '../i18n/locales';
import { HydrateFallback, Layout } from './layout';
import { RootError, RouteError } from './route-error';

/** The router's basename: Vite's base path, with its trailing slash so home is ".../realname/". */
export const basename = import.meta.env.BASE_URL;

/** What a page's module exports: its component, and what it needs before it renders. */
export interface RouteModule {
  Component: React.ComponentType;
  /** Runs before the page renders; receives the page's language. */
  loader?: (args: LoaderFunctionArgs, locale: Locale) => unknown;
  /** Text the page shows (interface strings, catalogs): its language's part loads first. */
  localeData?: readonly LocaleData<unknown>[];
}

/**
 * A page route in one language: its module and its language's text load lazily, and an error in
 * it keeps the header and a way back. react-router leaves a route whose module failed to
 * download without anything to render, so a failed download becomes a page that says so.
 */
const page = (locale: Locale, path: string, load: () => Promise<RouteModule>): RouteObject => ({
  path,
  lazy: async () => {
    try {
      const { Component, loader, localeData = [] } = await load();
      await preloadLocaleData(locale, localeData);
      return loader
        ? { Component, loader: (args: LoaderFunctionArgs) => loader(args, locale) }
        : { Component };
    } catch (error) {
      return { Component: () => <RouteError error={error} /> };
    }
  },
  errorElement: <RouteError />,
});

/** Every page, in one language. */
const pages = (locale: Locale): RouteObject[] =>
  [
    page(locale, paths.reason.pattern, () => import('./routes/reason')),
    page(locale, paths.lookup.pattern, () => import('./routes/lookup')),
    page(locale, paths.check.pattern, () => import('./routes/check')),
    page(locale, paths.diagnose.pattern, () => import('./routes/diagnose')),
    page(locale, paths.certificateNumber.pattern, () => import('./routes/certificate-number')),
    page(locale, paths.certificateDates.pattern, () => import('./routes/certificate-dates')),
    page(locale, paths.nameMatch.pattern, () => import('./routes/name-match')),
    page(locale, paths.notFound.pattern, () => import('./routes/not-found')),
  ].map((route) => ({ ...route, path: route.path!.replace(/^\//, '') }));

/** One language's tree: the layout in that language, its start page, then every other page. */
const localeRoot = (locale: Locale, path: string): RouteObject => ({
  id: `root-${locale}`,
  path,
  element: <Layout locale={locale} />,
  errorElement: <RootError locale={locale} />,
  hydrateFallbackElement: <HydrateFallback locale={locale} />,
  // The header and footer's text, in this language, before the first render.
  loader: () => preloadLocaleData(locale, [commonStrings]).then(() => null),
  shouldRevalidate: () => false,
  children: [
    {
      ...page(locale, '', () => import('./routes/home')),
      path: undefined,
      index: true,
    } as RouteObject,
    ...pages(locale),
  ],
});

// Route modules are thin and lazy: each page's code loads only when it is visited. The same
// routes render in the browser and, at build time, into the prerendered HTML. English keeps the
// root (the URLs rejection emails already link to); Chinese lives under /zh.
export const routes: RouteObject[] = [localeRoot('zh', '/zh'), localeRoot('en', '/')];
