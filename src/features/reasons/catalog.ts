import type { ReasonListing, Category } from '../../content/schema';
import { defineLocaleData, useLocaleData } from '../../i18n/locale-data';

/** Every reason's frontmatter in one language; a page loads only its own language's. */
export const reasonCatalog = defineLocaleData<ReasonListing[]>({
  en: () => import('virtual:reason-catalog/en'),
  zh: () => import('virtual:reason-catalog/zh'),
});

/** One reason in a loaded catalog. */
export const findReason = (catalog: ReasonListing[], slug: string) =>
  catalog.find((r) => r.slug === slug);

/** The page's language's catalog, with a lookup by slug. */
export function useReasonCatalog() {
  const reasons = useLocaleData(reasonCatalog);
  return { reasons, getReason: (slug: string) => findReason(reasons, slug) };
}

/** Reasons grouped by category, in the order the home page shows them. */
export function groupByCategory(
  reasons: ReasonListing[],
  categories: readonly Category[],
): { category: Category; reasons: ReasonListing[] }[] {
  return categories.map((category) => ({
    category,
    reasons: reasons.filter((r) => r.category === category),
  }));
}
