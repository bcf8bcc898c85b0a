import { useState } from 'react';
import { Link } from 'react-router';
import { PageMeta } from '../../components/page-meta';
import { paths } from '../../config/paths';
import { useCommonStrings } from '../../i18n/common';
import { useLocalizedHref } from '../../i18n/locale-context';
import { LookupPanel } from '../../features/lookup/components/lookup-panel';
import { lookupStrings, useLookupStrings } from '../../features/lookup/i18n';
import { reasonCatalog } from '../../features/reasons/catalog';
import { ReasonsByCategory } from '../../features/reasons/components/reasons-by-category';
import { reasonListStrings } from '../../features/reasons/i18n/list';

export const localeData = [lookupStrings, reasonCatalog, reasonListStrings];

export function Component() {
  const [text, setText] = useState('');
  const t = useLookupStrings();
  const { siteName } = useCommonStrings();
  const href = useLocalizedHref();
  return (
    <>
      <PageMeta title={siteName} description={t.home.metaDescription} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.home.heading}</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">{t.home.intro}</p>
      <LookupPanel
        text={text}
        onTextChange={setText}
        fallback={
          <>
            <section
              aria-labelledby="check-heading"
              className="mb-10 rounded-lg bg-blue-50 p-5 dark:bg-blue-950/40"
            >
              <h2 id="check-heading" className="text-xl font-bold">
                {t.home.checkHeading}
              </h2>
              <p className="mt-2 text-lg">{t.home.checkText}</p>
              <Link
                to={href(paths.check.href())}
                className="mt-3 flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-5 text-lg font-semibold text-white hover:bg-blue-800 sm:inline-flex"
              >
                {t.home.checkButton}
              </Link>
            </section>
            <h2 className="mb-4 text-2xl font-bold">{t.allReasons}</h2>
            <ReasonsByCategory headingLevel={3} />
          </>
        }
      />
    </>
  );
}
