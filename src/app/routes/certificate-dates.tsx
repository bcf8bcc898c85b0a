import { PageMeta } from '../../components/page-meta';
import { MIN_DAYS_VALID } from '../../features/tools/certificate-dates/check-certificate-dates';
import { CertificateDatesTool } from '../../features/tools/certificate-dates/components/certificate-dates-tool';
import { datesStrings, useDatesStrings } from '../../features/tools/certificate-dates/i18n';
import { toolStrings } from '../../features/tools/i18n';

export const localeData = [toolStrings, datesStrings];

export function Component() {
  const t = useDatesStrings().page;
  return (
    <>
      <PageMeta title={t.title} description={t.description} />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">
        {t.intro(MIN_DAYS_VALID)}
      </p>
      <CertificateDatesTool />
    </>
  );
}
