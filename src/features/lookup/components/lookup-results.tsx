import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { LookupResult } from '../rank-reasons';

/** Ranked results, best first; each says which message or words matched. */
export function LookupResults({ results }: { results: LookupResult[] }) {
  return (
    <ol className="space-y-3" aria-label="Matching reasons, best first">
      {results.map(({ reason, matched }, index) => (
        <li key={reason.slug} data-reason={reason.slug}>
          <Link
            to={paths.reason.href(reason.slug)}
            className={`block rounded-lg border-2 p-4 hover:bg-blue-50 dark:hover:bg-slate-900 ${
              index === 0
                ? 'border-blue-700 dark:border-blue-400'
                : 'border-slate-300 dark:border-slate-700'
            }`}
          >
            {index === 0 && (
              <span className="mb-1 block text-sm font-semibold tracking-wide text-blue-800 uppercase dark:text-blue-300">
                Best match
              </span>
            )}
            <span className="block text-xl font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
              {reason.title}
            </span>
            <span className="mt-1 block text-slate-700 dark:text-slate-300">{reason.summary}</span>
            <span className="mt-2 block text-sm text-slate-700 dark:text-slate-300">
              Matched:{' '}
              <mark className="rounded bg-yellow-100 px-1 text-slate-900 dark:bg-yellow-900 dark:text-yellow-50">
                {matched}
              </mark>
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
