import { useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { PageMeta } from '../../components/page-meta';
import { prefetchLookup } from '../../features/lookup/components/load-lookup-outcome';
import { LookupPanel } from '../../features/lookup/components/lookup-panel';
import { lookupStrings, useLookupStrings } from '../../features/lookup/i18n';
import { MAX_QUERY_CHARS } from '../../features/lookup/limits';
import { reasonCatalog } from '../../features/reasons/catalog';
import { ReasonsByCategory } from '../../features/reasons/components/reasons-by-category';
import { reasonListStrings } from '../../features/reasons/i18n/list';
import { useHydrated } from '../use-hydrated';

export const localeData = [lookupStrings, reasonCatalog, reasonListStrings];

// A deep link from an email arrives with ?q=…: have the ranking ready before the page shows.
export async function loader({ request }: { request: Request }) {
  if (new URL(request.url).searchParams.get('q')) {
    // The results part of the page and the ranking, side by side; then the engine's query data.
    await prefetchLookup();
    await (await import('../../features/lookup/api/get-lookup-engine')).loadLookupEngine();
  }
  return null;
}

export function Component() {
  const t = useLookupStrings();
  const [searchParams, setSearchParams] = useSearchParams();
  // lookup.html is prerendered without a query: a deep link (?q=…) hydrates that page as it
  // was painted, then shows its results.
  const hydrated = useHydrated();
  const q = hydrated ? (searchParams.get('q') ?? '') : '';
  const [text, setText] = useState(q);
  const { key } = useLocation();
  const navigationType = useNavigationType();

  const [seen, setSeen] = useState({ key, hydrated });

  // Back/forward brings another query, and so does the first render after hydration: show it.
  // Our own typing replaces the URL a step behind the keyboard, so those (REPLACE) updates must
  // never overwrite what is in the box.
  if (key !== seen.key || hydrated !== seen.hydrated) {
    setSeen({ key, hydrated });
    if (navigationType === 'POP') setText(q);
  }

  const onTextChange = (next: string) => {
    setText(next);
    // One history entry for the page, not one per keystroke; huge pastes keep a bounded URL.
    setSearchParams(next ? { q: next.slice(0, MAX_QUERY_CHARS) } : {}, { replace: true });
  };

  return (
    <>
      <PageMeta
        title={
          q
            ? t.lookupPage.resultsTitle(`${q.slice(0, 60)}${q.length > 60 ? '…' : ''}`)
            : t.lookupPage.title
        }
        description={t.lookupPage.metaDescription}
      />
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t.lookupPage.title}</h1>
      <LookupPanel
        text={text}
        onTextChange={onTextChange}
        autoFocus={!q}
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
