import { defineLocaleData, useLocaleData } from '../../../../i18n/locale-data';
import type { UnlistedStrings } from './en';

/** What to say about a message without a page of its own, one chunk per language. */
export const unlistedStrings = defineLocaleData<UnlistedStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useUnlistedStrings = () => useLocaleData(unlistedStrings);
