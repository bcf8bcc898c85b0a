import { PageMeta } from '../../components/page-meta';
import { NameMatchTool } from '../../features/tools/name-match/components/name-match-tool';

export function Component() {
  return (
    <>
      <PageMeta
        title="Compare the two names"
        description="Compare the registrant name with the name on your certificate and see every difference: characters, full-width and half-width forms, spaces, punctuation and abbreviations."
      />
      <h1 className="text-3xl font-bold tracking-tight">Compare the two names</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">
        The registrant name must be exactly the same as the name on your certificate. Type or paste
        both to see every difference. They stay on your device.
      </p>
      <NameMatchTool />
    </>
  );
}
