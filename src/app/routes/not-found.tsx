import { useState } from 'react';
import { PageMeta } from '../../components/page-meta';
import { LookupPanel } from '../../features/lookup/components/lookup-panel';
import { ReasonsByCategory } from '../../features/reasons/components/reasons-by-category';

/** The helpful 404: says the page is missing, and offers the lookup (pre-filled when we can guess). */
export function NotFoundView({ guess = '' }: { guess?: string }) {
  const [text, setText] = useState(guess);
  return (
    <>
      <PageMeta
        title="Page not found"
        description="This page does not exist. Search for your rejection message instead."
      />
      <h1 className="text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">
        The link may be mistyped or out of date. Search for the message you received, or pick your
        reason from the list.
      </p>
      <LookupPanel
        text={text}
        onTextChange={setText}
        fallback={
          <>
            <h2 className="mb-4 text-2xl font-bold">All rejection reasons</h2>
            <ReasonsByCategory headingLevel={3} />
          </>
        }
      />
    </>
  );
}

export function Component() {
  return <NotFoundView />;
}
