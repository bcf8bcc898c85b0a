import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { MDXContent } from 'mdx/types';

// Each reason's MDX is its own chunk, loaded only when its page is visited.
const bodies = import.meta.glob<{ default: MDXContent }>('/content/reasons/*.mdx');

// Wrapped in an object: react-query treats a bare function as an updater in some APIs.
export async function getReasonBody(slug: string): Promise<{ Body: MDXContent }> {
  const load = bodies[`/content/reasons/${slug}.mdx`];
  if (!load) throw new Error(`No content for reason "${slug}".`);
  return { Body: (await load()).default };
}

export const reasonBodyQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ['reason-body', slug], queryFn: () => getReasonBody(slug) });

export function useReasonBody(slug: string) {
  return useSuspenseQuery(reasonBodyQueryOptions(slug)).data.Body;
}
