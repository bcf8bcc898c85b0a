import { lazy, Suspense, useDeferredValue, useState, type ReactNode } from 'react';
import { useFormat } from '../../../i18n/locale-context';
import { useLookupStrings } from '../i18n';
import { MAX_QUERY_CHARS } from '../limits';
import { loadLookupOutcome, prefetchLookup } from './load-lookup-outcome';
import { LookupBox } from './lookup-box';

// The results part (react-query, the engine and the results UI) loads with the first query.
const LookupOutcome = lazy(async () => ({ default: (await loadLookupOutcome()).LookupOutcome }));

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
  const t = useLookupStrings();
  const format = useFormat();
  const query = useDeferredValue(text);
  const hasQuery = query.trim().length > 0;
  const [noMatch, setNoMatch] = useState(false);
  const truncated = query.length > MAX_QUERY_CHARS;

  return (
    <div>
      <LookupBox
        text={text}
        onTextChange={onTextChange}
        autoFocus={autoFocus}
        // Someone about to paste or type: fetch the search while they do.
        onFocus={() => void prefetchLookup().catch(() => undefined)}
      />
      {truncated && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {t.truncated(format.number(MAX_QUERY_CHARS))}
        </p>
      )}
      {hasQuery ? (
        <Suspense
          fallback={
            <p role="status" aria-live="polite" className="mt-4 text-lg">
              {t.status.searching}
            </p>
          }
        >
          <LookupOutcome query={query} onNoMatch={setNoMatch} />
        </Suspense>
      ) : (
        <p role="status" aria-live="polite" className="sr-only" />
      )}
      {/* Hidden rather than removed while results show: typing (and a deep link's first
          results) then changes one attribute instead of taking down and rebuilding a long list. */}
      <div className="mt-8" hidden={hasQuery && !noMatch}>
        {fallback}
      </div>
    </div>
  );
}
