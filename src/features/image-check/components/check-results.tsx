import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useLocalizedHref } from '../../../i18n/locale-context';
import { sentenceOf, useImageCheckFormat, useImageCheckStrings } from '../i18n';
import type { ImageReport } from '../shared/analyze-image';
import { checkReasons, type CheckStatus } from '../shared/checks';
import { verdictBoxes } from './report-text';

const statusStyles: Record<CheckStatus, { icon: string; badge: string; order: number }> = {
  fail: { icon: '✕', badge: 'bg-red-700 text-white dark:bg-red-600', order: 0 },
  warn: { icon: '!', badge: 'bg-amber-400 text-slate-950 dark:bg-amber-300', order: 1 },
  pass: { icon: '✓', badge: 'bg-green-700 text-white dark:bg-green-600', order: 2 },
  skip: {
    icon: '–',
    badge: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
    order: 3,
  },
};

/**
 * The verdict, then `children` (the offer to fix the file, when there is one), then each check,
 * with `aside` (the photo with what was found drawn on it) beside them on wide screens and before
 * them on narrow ones.
 */
export function CheckResults({
  report,
  headingLabel,
  children,
  aside,
}: {
  report: ImageReport;
  /** What was checked, before the file's name ("Checked: "). */
  headingLabel?: string;
  children?: ReactNode;
  aside?: ReactNode;
}) {
  const t = useImageCheckStrings();
  const f = useImageCheckFormat();
  const href = useLocalizedHref();
  const verdict = t.results.verdicts[report.verdict];
  const sorted = [...report.checks].sort(
    (a, b) => statusStyles[a.status].order - statusStyles[b.status].order,
  );
  return (
    <section aria-labelledby="results-heading" data-verdict={report.verdict} className="mt-6">
      <div className={`rounded-lg border-l-4 p-4 ${verdictBoxes[report.verdict]}`}>
        <h2 id="results-heading" className="text-2xl font-bold">
          {verdict.title}
        </h2>
        <p className="mt-1 text-lg">{verdict.text}</p>
        <p className="mt-2 text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
          {headingLabel ?? t.results.checked}
          <strong>{report.fileName}</strong> · {f.size(report.fileSize)}
          {report.width && report.height
            ? ` · ${t.results.pixels(report.width, report.height)}`
            : ''}
        </p>
      </div>
      {children}
      <div
        className={
          aside ? 'md:grid md:grid-cols-[minmax(0,1fr)_17rem] md:items-start md:gap-4' : undefined
        }
      >
        {aside && <div className="mt-4 md:sticky md:top-4 md:order-last">{aside}</div>}
        <ul className="mt-4 space-y-3">
          {sorted.map((check) => {
            const style = statusStyles[check.status];
            const title = t.results.titles[check.id];
            return (
              <li
                key={check.id}
                data-check={check.id}
                data-status={check.status}
                className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span
                    className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-bold ${style.badge}`}
                  >
                    <span aria-hidden="true">{style.icon}</span>
                    {t.results.status[check.status]}
                  </span>
                  <h3 className="text-lg font-semibold">{title}</h3>
                </div>
                <p className="mt-1">{sentenceOf(t.messages, check.message, f)}</p>
                <Link
                  to={href(paths.reason.href(checkReasons[check.id]))}
                  className="mt-1 inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
                >
                  {check.status === 'fail' || check.status === 'warn'
                    ? t.results.howToFix
                    : t.results.whyWeCheck}
                  <span className="sr-only">{t.results.linkContext(title)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
