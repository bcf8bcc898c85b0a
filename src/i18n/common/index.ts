import { defineLocaleData, useLocaleData } from '../locale-data';
import type { CommonStrings } from './en';

/** Text every page shows; the root route loads its language's part before the first render. */
export const commonStrings = defineLocaleData<CommonStrings>({
  en: () => import('./en'),
  zh: () => import('./zh'),
});

export const useCommonStrings = () => useLocaleData(commonStrings);
