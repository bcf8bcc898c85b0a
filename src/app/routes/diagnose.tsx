import { PageMeta } from '../../components/page-meta';
import { DiagnosePage } from '../../features/diagnose/components/diagnose-page';
import { diagnoseStrings, useDiagnoseStrings } from '../../features/diagnose/i18n';
import { reasonCatalog, useReasonCatalog } from '../../features/reasons/catalog';

export const localeData = [diagnoseStrings, reasonCatalog];

export function Component() {
  const { reasons } = useReasonCatalog();
  const t = useDiagnoseStrings().page;
  return (
    <>
      <PageMeta title={t.title} description={t.description} />
      <h1 className="text-3xl font-bold tracking-tight print:text-xl">{t.title}</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 print:hidden dark:text-slate-300">{t.intro}</p>
      <DiagnosePage reasons={reasons} />
    </>
  );
}
