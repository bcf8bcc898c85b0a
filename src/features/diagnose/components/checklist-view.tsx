import { Link } from 'react-router';
import { useFormat, useLocalizedHref } from '../../../i18n/locale-context';
import type { DescribedChecklist, DescribedItem } from '../describe-checklist';
import { useDiagnoseStrings } from '../i18n';

function Item({ item, index }: { item: DescribedItem; index?: number }) {
  const t = useDiagnoseStrings();
  const format = useFormat();
  const href = useLocalizedHref();
  return (
    <>
      <h3 className="text-xl font-bold print:text-[10.5pt]">
        {index !== undefined && (
          <span aria-hidden="true">{t.checklist.stepNumber(format.number(index))}</span>
        )}
        {item.title}
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-6 print:mt-0 print:space-y-0">
        {item.details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      {item.links.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4 print:hidden">
          {item.links.map((link) => (
            <li key={link.href}>
              <Link
                to={href(link.href)}
                className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The personal checklist; compact on paper so it fits one printed page. */
export function ChecklistView({
  checklist,
  summary,
}: {
  checklist: DescribedChecklist;
  summary: string;
}) {
  const t = useDiagnoseStrings().checklist;
  return (
    <section
      aria-labelledby="checklist-heading"
      className="space-y-5 print:space-y-2 print:text-[9.5pt] print:leading-tight"
    >
      <div>
        <h2 id="checklist-heading" className="text-2xl font-bold print:text-[12pt]">
          {t.heading}
        </h2>
        <p className="text-lg text-slate-700 print:text-[9.5pt] dark:text-slate-300">{summary}</p>
      </div>
      {checklist.warnings.map((warning) => (
        <div
          key={warning.key}
          data-status="warning"
          className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 print:p-2 dark:border-amber-400 dark:bg-amber-950/40"
        >
          <Item item={warning} />
        </div>
      ))}
      <ol className="space-y-4 print:space-y-1">
        {checklist.steps.map((step, i) => (
          <li key={step.key}>
            <Item item={step} index={i + 1} />
          </li>
        ))}
      </ol>
      <div className="rounded-lg bg-slate-100 p-4 print:p-2 dark:bg-slate-900">
        <h3 className="text-xl font-bold print:text-[10.5pt]">{t.cannotUseHeading}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6 print:space-y-0">
          {checklist.cannotUse.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      <p className="text-slate-700 dark:text-slate-300">{t.decidedBy}</p>
    </section>
  );
}
