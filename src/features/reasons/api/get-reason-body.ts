import type { MDXContent } from 'mdx/types';

// Each reason's MDX is its own chunk, loaded only when its page is visited. The reason route's
// loader awaits it, so the page renders (and hydrates) with its text already in place.
const bodies = import.meta.glob<{ default: MDXContent }>('/content/reasons/*.mdx');

export async function getReasonBody(slug: string): Promise<MDXContent> {
  const load = bodies[`/content/reasons/${slug}.mdx`];
  if (!load) throw new Error(`No content for reason "${slug}".`);
  return (await load()).default;
}
