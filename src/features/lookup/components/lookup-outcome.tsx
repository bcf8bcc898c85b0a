import { useEffect, useMemo } from 'react';
import { useLookupEngine } from '../api/get-lookup-engine';
import { useLookupStrings } from '../i18n';
import { MAX_QUERY_CHARS } from '../limits';
import { LookupResults } from './lookup-results';
import { UnlistedMessage, UnlistedChecklist } from './unlisted-message';

/** How many results to show: the right reason is first, a few neighbours help with doubts. */
const MAX_RESULTS = 5;

/**
 * What a query finds: the status line, then the ranked reasons. Loaded on the first query, with
 * react-query and the ranking engine, so the pages with a search box start without them.
 * `onNoMatch` tells the panel when to show its full list of reasons instead.
 */
export function LookupOutcome({
  query,
  onNoMatch,
}: {
  query: string;
  onNoMatch: (noMatch: boolean) => void;
}) {
  const t = useLookupStrings();
  const engine = useLookupEngine();
  const { results, unlisted } = useMemo(() => {
    if (!engine.data) return { results: [], unlisted: undefined };
    const text = query.slice(0, MAX_QUERY_CHARS);
    const ranked = engine.data.rank(text);
    // A message without a page of its own: only its closest reasons, labelled as the closest.
    const unlisted = engine.data.findUnlisted(text);
    const closest = unlisted && ranked.filter((r) => unlisted.closest.includes(r.reason.slug));
    return closest?.length
      ? { results: closest, unlisted }
      : { results: ranked.slice(0, MAX_RESULTS), unlisted: undefined };
  }, [engine.data, query]);

  const noMatch = engine.data !== undefined && results.length === 0;
  useEffect(() => onNoMatch(noMatch), [noMatch, onNoMatch]);

  let status: string;
  if (engine.isError) status = t.status.loadFailed;
  else if (!engine.data) status = t.status.searching;
  else if (results.length === 0) status = t.status.none;
  else if (unlisted) status = t.status.closest(results.length);
  else status = t.status.found(results.length);

  return (
    <>
      <p role="status" aria-live="polite" className="mt-4 text-lg">
        {status}
      </p>
      {unlisted && <UnlistedMessage message={unlisted.message} />}
      {results.length > 0 && (
        <div className="mt-3">
          <LookupResults results={results} closest={unlisted !== undefined} />
        </div>
      )}
      {unlisted && <UnlistedChecklist />}
    </>
  );
}
