import { PageMeta } from '../../components/page-meta';
import { ImageChecker } from '../../features/image-check/components/image-checker';
import { imageCheckStrings, useImageCheckStrings } from '../../features/image-check/i18n';

export const localeData = [imageCheckStrings];

export function Component() {
  const t = useImageCheckStrings();
  return (
    <>
      <PageMeta title={t.page.title} description={t.page.description} />
      <h1 className="text-3xl font-bold tracking-tight">{t.page.heading}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{t.page.intro}</p>
      <p className="mt-4 mb-6 rounded-lg border-l-4 border-green-700 bg-green-50 p-4 text-lg dark:bg-green-950/40">
        <strong>{t.page.privacyLead}</strong>
        {t.sentenceGap}
        {t.page.privacyText}
      </p>
      <ImageChecker />
    </>
  );
}
