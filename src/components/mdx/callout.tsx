import type { ReactNode } from 'react';
import { useCommonStrings } from '../../i18n/common';

const styles = {
  general: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  warning: 'border-red-600 bg-red-50 dark:bg-red-950/40',
  tip: 'border-blue-600 bg-blue-50 dark:bg-blue-950/40',
} as const;

/**
 * A boxed note inside reason content. `kind="general"` marks advice that the official rules do
 * not spell out for this reason, so the reader knows it is general guidance.
 */
export function Callout({
  kind = 'tip',
  title,
  children,
}: {
  kind?: keyof typeof styles;
  title?: string;
  children: ReactNode;
}) {
  const strings = useCommonStrings();
  const label = title ?? strings.callout[kind];
  return (
    <aside
      className={`my-5 rounded-lg border-l-4 p-4 text-base [&>p]:my-2 ${styles[kind]}`}
      aria-label={label}
    >
      <p className="!mt-0 font-semibold">{label}</p>
      {children}
    </aside>
  );
}
