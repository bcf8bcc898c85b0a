import { defineLocaleData, useLocaleData } from '../../../i18n/locale-data';
import type { ReasonStrings } from './en';

/** Interface text of the reason pages and lists, one chunk per language. */
export const reasonStrings = defineLocaleData<ReasonStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useReasonStrings = () => useLocaleData(reasonStrings);
