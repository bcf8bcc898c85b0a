import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { reasonLinks, type Finding, type Severity } from '../shared/finding';

const severityStyles: Record<Severity, { label: string; className: string }> = {
  error: {
    label: 'Problem',
    className: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/40',
  },
  warning: {
    label: 'Check',
    className: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
  },
  note: {
    label: 'Good to know',
    className: 'border-slate-400 bg-slate-50 dark:border-slate-500 dark:bg-slate-900',
  },
  ok: {
    label: 'OK',
    className: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950/40',
  },
};

/** Each message with what kind it is (in words, not only colour) and the reason page it prevents. */
export function FindingList({ findings, label }: { findings: Finding[]; label: string }) {
  if (findings.length === 0) return null;
  return (
    <ul className="space-y-3" aria-label={label}>
      {findings.map((finding, index) => {
        const style = severityStyles[finding.severity];
        return (
          <li
            key={`${finding.code}-${finding.position ?? ''}-${index}`}
            data-status={finding.severity}
            className={`rounded-lg border-l-4 p-4 ${style.className}`}
          >
            <p className="text-lg">
              <strong className="font-bold">{style.label}: </strong>
              {finding.message}
            </p>
            <p className="mt-1">
              <Link
                to={paths.reason.href(finding.reason)}
                className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
              >
                Rejection this prevents: {reasonLinks[finding.reason]}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
