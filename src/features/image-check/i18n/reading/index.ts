import { defineLocaleData, useLocaleData } from '../../../../i18n/locale-data';
import type { ReadingStrings } from './en';

/** Text of the reading's panel, one chunk per language, loaded with the panel. */
export const readingStrings = defineLocaleData<ReadingStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useReadingStrings = () => useLocaleData(readingStrings);
