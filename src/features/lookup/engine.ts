// Loaded on demand (dynamic import) so the ranking code stays out of pages that do not search.
// It searches both languages, whatever the page's: people paste what their console showed them.
import { lookupReasons } from 'virtual:reason-lookup';
import { createRanker } from './rank-reasons';
import { findUnlisted } from './unlisted-messages';

export const rank = createRanker(lookupReasons);
export { findUnlisted };
