import { useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { PageMeta } from '../../components/page-meta';
import { loadLookupEngine } from '../../features/lookup/api/get-lookup-engine';
import { LookupPanel } from '../../features/lookup/components/lookup-panel';
import { MAX_QUERY_CHARS } from '../../features/lookup/limits';
import { ReasonsByCategory } from '../../features/reasons/components/reasons-by-category';
import { useHydrated } from '../use-hydrated';

// A deep link from an email arrives with ?q=…: have the ranking ready before the page shows.
export async function loader({ request }: { request: Request }) {
  if (new URL(request.url).searchParams.get('q')) {
    await loadLookupEngine();
  }
  return null;
}

export function Component() {
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
            ? `Results for “${q.slice(0, 60)}${q.length > 60 ? '…' : ''}”`
            : 'Find your rejection message'
        }
        description="Paste the real-name verification rejection message you received to find what it means and how to fix it."
      />
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Find your rejection message</h1>
      <LookupPanel
        text={text}
        onTextChange={onTextChange}
        autoFocus={!q}
        fallback={
          <>
            <h2 className="mb-4 text-2xl font-bold">All rejection reasons</h2>
            <ReasonsByCategory headingLevel={3} />
          </>
        }
      />
    </>
  );
}
