import { startTransition, useEffect, useState } from 'react';

let appHydrated = false;

/** The layout calls this once the app has hydrated: pages mounted later render at once. */
export function markHydrated() {
  appHydrated = true;
}

/**
 * False while React hydrates the prerendered HTML (and in the prerender itself), true ever after.
 * A page whose prerendered HTML cannot know the URL's query renders that HTML first, so hydration
 * keeps the painted page, and then shows the query's content as a transition, which React
 * renders in small slices instead of one long task.
 */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(appHydrated);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
