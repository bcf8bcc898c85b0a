import { defineLocaleData, useLocaleData } from '../../../../i18n/locale-data';
import type { ReasonListStrings } from './en';

/** Interface text of the lists of reasons, one chunk per language. */
export const reasonListStrings = defineLocaleData<ReasonListStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useReasonListStrings = () => useLocaleData(reasonListStrings);
