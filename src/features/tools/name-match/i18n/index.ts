import { defineLocaleData, useLocaleData } from '../../../../i18n/locale-data';
import type { NameStrings } from './en';

/** Text of the name check, one chunk per language. */
export const nameStrings = defineLocaleData<NameStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useNameStrings = () => useLocaleData(nameStrings);
