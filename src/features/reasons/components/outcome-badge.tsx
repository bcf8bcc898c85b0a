import type { CatalogReason } from '../../../content/schema';
import { useReasonStrings } from '../i18n';

const outcomeStyles = {
  'fix-and-resubmit':
    'border-green-700 bg-green-50 text-green-900 dark:bg-green-950/50 dark:text-green-100',
  'wait-then-resubmit':
    'border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
  'cannot-be-fixed': 'border-red-700 bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-100',
} as const;

export function OutcomeBadge({ reason }: { reason: Pick<CatalogReason, 'outcome' | 'waiting'> }) {
  const t = useReasonStrings();
  return (
    <div
      className={`rounded-lg border-l-4 px-4 py-3 ${outcomeStyles[reason.outcome]}`}
      data-outcome={reason.outcome}
    >
      <p className="font-semibold">{t.outcomes[reason.outcome]}</p>
      {reason.waiting && <p className="mt-1">{t.typicalWait(reason.waiting)}</p>}
    </div>
  );
}
