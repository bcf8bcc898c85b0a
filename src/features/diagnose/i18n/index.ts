import { defineLocaleData, useLocaleData } from '../../../i18n/locale-data';
import type { DiagnoseStrings } from './en';

/** Interface text of the guided questions and the checklist, one chunk per language. */
export const diagnoseStrings = defineLocaleData<DiagnoseStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useDiagnoseStrings = () => useLocaleData(diagnoseStrings);
