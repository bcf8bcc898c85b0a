import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useLookupEngine } from '../api/get-lookup-engine';
import { MAX_QUERY_CHARS } from '../limits';
import { LookupBox } from './lookup-box';
import { LookupResults } from './lookup-results';

/** How many results to show: the right reason is first, a few neighbours help with doubts. */
const MAX_RESULTS = 5;

/**
 * The lookup box with its results as you type. `fallback` is shown for an empty or unmatched
 * query (the app passes the full list of reasons), so nobody is left with a blank page.
 */
export function LookupPanel({
  text,
  onTextChange,
  autoFocus,
  fallback,
}: {
  text: string;
  onTextChange: (text: string) => void;
  autoFocus?: boolean;
  fallback: ReactNode;
}) {
  const query = useDeferredValue(text);
  const hasQuery = query.trim().length > 0;
  // The engine chunk starts loading as soon as there is something to rank.
  const engine = useLookupEngine(hasQuery);
  const truncated = query.length > MAX_QUERY_CHARS;
  const results = useMemo(
    () =>
      engine.data && hasQuery
        ? engine.data.rank(query.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_RESULTS)
        : [],
    [engine.data, hasQuery, query],
  );

  let status: ReactNode;
  if (!hasQuery) status = null;
  else if (engine.isError)
    status = 'The search could not be loaded. Check your connection and reload the page.';
  else if (!engine.data) status = 'Searching…';
  else if (results.length === 0)
    status = 'No rejection reason matches that text. Choose yours from the full list below.';
  else
    status = `${results.length} matching reason${results.length === 1 ? '' : 's'} found, best first.`;

  return (
    <div>
      <LookupBox text={text} onTextChange={onTextChange} autoFocus={autoFocus} />
      {truncated && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          That is a very long text, so only its first {MAX_QUERY_CHARS.toLocaleString('en')}{' '}
          characters were searched.
        </p>
      )}
      <p role="status" aria-live="polite" className={hasQuery ? 'mt-4 text-lg' : 'sr-only'}>
        {status}
      </p>
      {results.length > 0 && (
        <div className="mt-3">
          <LookupResults results={results} />
        </div>
      )}
      {/* Hidden rather than removed while results show: typing (and a deep link's first
          results) then changes one attribute instead of taking down and rebuilding a long list. */}
      <div className="mt-8" hidden={hasQuery && !(engine.data && results.length === 0)}>
        {fallback}
      </div>
    </div>
  );
}
