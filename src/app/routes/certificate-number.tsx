import { PageMeta } from '../../components/page-meta';
import { CertificateNumberTool } from '../../features/tools/certificate-number/components/certificate-number-tool';
import { numberStrings, useNumberStrings } from '../../features/tools/certificate-number/i18n';
import { toolStrings } from '../../features/tools/i18n';

export const localeData = [toolStrings, numberStrings];

export function Component() {
  const t = useNumberStrings().page;
  return (
    <>
      <PageMeta title={t.title} description={t.description} />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">{t.intro}</p>
      <CertificateNumberTool />
    </>
  );
}
