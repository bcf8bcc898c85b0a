import { defineLocaleData, useLocaleData } from '../../../../i18n/locale-data';
import type { NumberStrings } from './en';

/** Text of the certificate number tool, one chunk per language. */
export const numberStrings = defineLocaleData<NumberStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useNumberStrings = () => useLocaleData(numberStrings);
