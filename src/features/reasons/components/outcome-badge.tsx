import type { CatalogReason } from '../../../content/schema';

const outcomes = {
  'fix-and-resubmit': {
    label: 'You can fix this and submit again',
    style: 'border-green-700 bg-green-50 text-green-900 dark:bg-green-950/50 dark:text-green-100',
  },
  'wait-then-resubmit': {
    label: 'Usually solved by waiting, then submitting again',
    style: 'border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
  },
  'cannot-be-fixed': {
    label: 'Submitting again will not fix this',
    style: 'border-red-700 bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-100',
  },
} as const;

export function OutcomeBadge({ reason }: { reason: CatalogReason }) {
  const outcome = outcomes[reason.outcome];
  return (
    <div
      className={`rounded-lg border-l-4 px-4 py-3 ${outcome.style}`}
      data-outcome={reason.outcome}
    >
      <p className="font-semibold">{outcome.label}</p>
      {reason.waiting && <p className="mt-1">Typical wait: {reason.waiting}</p>}
    </div>
  );
}
