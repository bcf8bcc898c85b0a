import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useLocalizedHref } from '../../../i18n/locale-context';
import { useToolStrings } from '../i18n';
import type { Finding, Severity } from '../shared/finding';

const severityClass: Record<Severity, string> = {
  error: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/40',
  warning: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
  note: 'border-slate-400 bg-slate-50 dark:border-slate-500 dark:bg-slate-900',
  ok: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950/40',
};

/**
 * Each message with what kind it is (in words, not only colour) and the reason page it prevents.
 * `text` turns a finding into its sentence in the page's language.
 */
export function FindingList<F extends Finding>({
  findings,
  text,
  label,
}: {
  findings: readonly F[];
  text: (finding: F) => string;
  label: string;
}) {
  const t = useToolStrings();
  const href = useLocalizedHref();
  if (findings.length === 0) return null;
  return (
    <ul className="space-y-3" aria-label={label}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${finding.position ?? ''}-${index}`}
          data-status={finding.severity}
          className={`rounded-lg border-l-4 p-4 ${severityClass[finding.severity]}`}
        >
          <p className="text-lg">
            <strong className="font-bold">{t.severity[finding.severity]}</strong>
            {text(finding)}
          </p>
          <p className="mt-1">
            <Link
              to={href(paths.reason.href(finding.reason))}
              className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
            >
              {t.prevents(t.reasons[finding.reason])}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
