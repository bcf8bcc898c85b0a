import { queryOptions, useQuery } from '@tanstack/react-query';

export const lookupEngineQueryOptions = queryOptions({
  queryKey: ['lookup-engine'],
  // Wrapped in an object: react-query treats a bare function as an updater in some APIs.
  queryFn: async () => ({ rank: (await import('../engine')).rank }),
});

/** `{ rank }` once the ranking chunk has loaded; `data` is undefined until then. */
export function useLookupEngine(enabled = true) {
  return useQuery({ ...lookupEngineQueryOptions, enabled });
}
