import { defineLocaleData } from '../../../i18n/locale-data';
import type { Locale } from '../../../i18n/locales';
import type { ReasonModules } from './reason-modules/types';

export type { PageReason, RelatedReason } from './reason-modules/types';

/**
 * Each language's map of reason files (a page loads only its own language's). The reason
 * route's loader awaits a page's file, so the page renders (and hydrates) with its text in place.
 */
export const reasonModules = defineLocaleData<ReasonModules>({
  en: () => import('./reason-modules/en'),
  zh: () => import('./reason-modules/zh'),
});

const fileOf = (locale: Locale, slug: string) =>
  `/content/reasons/${locale === 'zh' ? 'zh/' : ''}${slug}.mdx`;

/** Whether a reason with this slug exists (without loading its text). */
export async function reasonExists(locale: Locale, slug: string) {
  return (await reasonModules.load(locale))[fileOf(locale, slug)] !== undefined;
}

/** A reason's page content (its text, frontmatter and related reasons), or undefined. */
export async function getReasonPage(locale: Locale, slug: string) {
  const load = (await reasonModules.load(locale))[fileOf(locale, slug)];
  if (!load) return undefined;
  const { default: Body, reason, related } = await load();
  return { Body, reason, related };
}
