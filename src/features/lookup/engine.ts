// Loaded on demand (dynamic import) so the ranking code stays out of pages that do not search.
import { reasons } from 'virtual:reason-catalog';
import { createRanker } from './rank-reasons';

export const rank = createRanker(reasons);
