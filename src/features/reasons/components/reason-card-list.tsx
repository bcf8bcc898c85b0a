import { Link } from 'react-router';
import type { CatalogReason } from '../../../content/schema';
import { paths } from '../../../config/paths';
import { useLocalizedHref } from '../../../i18n/locale-context';

/** A list of reasons as big tappable cards: title, then the one-line summary. */
export function ReasonCardList({
  reasons,
}: {
  reasons: Pick<CatalogReason, 'slug' | 'title' | 'summary'>[];
}) {
  const href = useLocalizedHref();
  return (
    <ul className="space-y-2">
      {reasons.map((reason) => (
        <li key={reason.slug}>
          <Link
            to={href(paths.reason.href(reason.slug))}
            className="block min-h-11 rounded-lg border border-slate-300 p-4 hover:border-blue-600 hover:bg-blue-50 dark:border-slate-700 dark:hover:bg-slate-900"
          >
            <span className="block text-lg font-semibold text-blue-800 dark:text-blue-300">
              {reason.title}
            </span>
            <span className="mt-1 block text-slate-700 dark:text-slate-300">{reason.summary}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
