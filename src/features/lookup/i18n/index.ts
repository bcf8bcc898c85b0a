import { defineLocaleData, useLocaleData } from '../../../i18n/locale-data';
import type { LookupStrings } from './en';

/** Interface text of the lookup and the pages around it, one chunk per language. */
export const lookupStrings = defineLocaleData<LookupStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useLookupStrings = () => useLocaleData(lookupStrings);
