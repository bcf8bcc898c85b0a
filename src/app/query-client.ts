import { QueryClient } from '@tanstack/react-query';

// Everything the portal loads is static and versioned with the build: fetch once, keep forever.
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: 1 } },
});
