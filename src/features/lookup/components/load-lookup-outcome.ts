/** The lookup's results part: react-query, the engine and the results UI load with it. */
export const loadLookupOutcome = () => import('./lookup-outcome');

/**
 * Starts loading everything a query needs, side by side rather than one after the other (the
 * results part would otherwise ask for the engine only once it has loaded itself). Called when
 * someone is about to search (the box takes focus) and for a deep link's query.
 */
export function prefetchLookup() {
  return Promise.all([loadLookupOutcome(), import('../engine')]);
}
