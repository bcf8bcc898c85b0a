import { defineLocaleData, useLocaleData } from '../../../i18n/locale-data';
import type { ToolStrings } from './en';

/** Text all three tools share, one chunk per language. */
export const toolStrings = defineLocaleData<ToolStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useToolStrings = () => useLocaleData(toolStrings);
