import { defineLocaleData, useLocaleData } from '../../../../i18n/locale-data';
import type { DatesStrings } from './en';

/** Text of the certificate dates tool, one chunk per language. */
export const datesStrings = defineLocaleData<DatesStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useDatesStrings = () => useLocaleData(datesStrings);
