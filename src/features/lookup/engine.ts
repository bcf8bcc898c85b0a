// Loaded on demand (dynamic import) so the ranking code stays out of pages that do not search.
import { reasons } from 'virtual:reason-catalog';
import { keywordsBySlug } from 'virtual:reason-keywords';
import { createRanker } from './rank-reasons';

export const rank = createRanker(
  reasons.map((reason) => ({ ...reason, keywords: keywordsBySlug[reason.slug] ?? [] })),
);
