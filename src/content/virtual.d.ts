declare module 'virtual:reason-catalog' {
  import type { CatalogReason } from './schema';
  /** Every reason's validated frontmatter (without search keywords), in home-page order. */
  export const reasons: CatalogReason[];
}

declare module 'virtual:reason-keywords' {
  /** Each reason's search keywords, by slug; only the lookup needs them. */
  export const keywordsBySlug: Record<string, string[]>;
}
