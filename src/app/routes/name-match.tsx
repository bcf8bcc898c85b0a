import { PageMeta } from '../../components/page-meta';
import { toolStrings } from '../../features/tools/i18n';
import { NameMatchTool } from '../../features/tools/name-match/components/name-match-tool';
import { nameStrings, useNameStrings } from '../../features/tools/name-match/i18n';

export const localeData = [toolStrings, nameStrings];

export function Component() {
  const t = useNameStrings().page;
  return (
    <>
      <PageMeta title={t.title} description={t.description} />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">{t.intro}</p>
      <NameMatchTool />
    </>
  );
}
