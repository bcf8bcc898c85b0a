import { useFormat } from '../../../i18n/locale-context';
import { defineLocaleData, useLocaleData } from '../../../i18n/locale-data';
import type { ImageCheckStrings } from './en';
import { textFormat, type TextFormat } from './format';

export { sentenceOf } from './format';

/**
 * Interface text of the photo checker, one chunk per language. Only the page loads it: the
 * worker and ../shared return message codes, never text (see ../shared/check-messages.ts).
 */
export const imageCheckStrings = defineLocaleData<ImageCheckStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useImageCheckStrings = () => useLocaleData(imageCheckStrings);

/** Numbers and file sizes in the page's language, for the checker's sentences. */
export function useImageCheckFormat(): TextFormat {
  const { number } = useFormat();
  return textFormat(number, useImageCheckStrings().units);
}
