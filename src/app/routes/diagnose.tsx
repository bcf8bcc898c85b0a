import { PageMeta } from '../../components/page-meta';
import { DiagnosePage } from '../../features/diagnose/components/diagnose-page';
import { reasons } from '../../features/reasons/catalog';

export function Component() {
  return (
    <>
      <PageMeta
        title="What to submit"
        description="Answer a few questions and get a personal checklist of what to submit for real-name verification, and how."
      />
      <h1 className="text-3xl font-bold tracking-tight print:text-xl">What to submit</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 print:hidden dark:text-slate-300">
        Answer a few questions to get your own checklist for real-name verification. Your answers
        stay in this page’s address, so you can bookmark or share it; nothing is sent anywhere.
      </p>
      <DiagnosePage reasons={reasons} />
    </>
  );
}
