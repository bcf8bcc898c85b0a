import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';

// The ranking chunk is static and versioned with the build: fetch it once, keep it forever.
// react-query is used only by the pages that search (home, lookup, not found), so the client
// is passed to the hook directly instead of through a provider at the root: that keeps
// react-query out of the reason pages' first load.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: 1 } },
});

const lookupEngineQueryOptions = queryOptions({
  queryKey: ['lookup-engine'],
  // Wrapped in an object: react-query treats a bare function as an updater in some APIs.
  queryFn: async () => {
    const { rank, findUnlisted } = await import('../engine');
    return { rank, findUnlisted };
  },
});

/** Starts loading the ranking chunk (a route loader awaits it before a deep link shows). */
export const loadLookupEngine = () => queryClient.ensureQueryData(lookupEngineQueryOptions);

/** `{ rank, findUnlisted }` once the ranking chunk has loaded; `data` is undefined until then. */
export function useLookupEngine(enabled = true) {
  return useQuery({ ...lookupEngineQueryOptions, enabled }, queryClient);
}
