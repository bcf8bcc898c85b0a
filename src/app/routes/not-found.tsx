import { useState } from 'react';
import { PageMeta } from '../../components/page-meta';
import { preloadLocaleData } from '../../i18n/locale-data';
import type { Locale } from '../../i18n/locales';
import { LookupPanel } from '../../features/lookup/components/lookup-panel';
import { lookupStrings, useLookupStrings } from '../../features/lookup/i18n';
import { reasonCatalog } from '../../features/reasons/catalog';
import { ReasonsByCategory } from '../../features/reasons/components/reasons-by-category';
import { reasonListStrings } from '../../features/reasons/i18n/list';

export const localeData = [lookupStrings, reasonCatalog, reasonListStrings];

/** Loads this view's text, for a page that shows it in place of its own (a mistyped reason). */
export const preload = (locale: Locale) => preloadLocaleData(locale, localeData);

/** The helpful 404: says the page is missing, and offers the lookup (pre-filled when we can guess). */
export function NotFoundView({ guess = '' }: { guess?: string }) {
  const [text, setText] = useState(guess);
  const t = useLookupStrings();
  return (
    <>
      <PageMeta title={t.notFound.title} description={t.notFound.metaDescription} notFound />
      <h1 className="text-3xl font-bold tracking-tight">{t.notFound.heading}</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">{t.notFound.intro}</p>
      <LookupPanel
        text={text}
        onTextChange={setText}
        fallback={
          <>
            <h2 className="mb-4 text-2xl font-bold">{t.allReasons}</h2>
            <ReasonsByCategory headingLevel={3} />
          </>
        }
      />
    </>
  );
}

export function Component() {
  return <NotFoundView />;
}
