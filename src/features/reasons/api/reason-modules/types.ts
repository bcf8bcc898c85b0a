import type { MDXContent } from 'mdx/types';
import type { CatalogReason } from '../../../../content/schema';

/** Another reason, as a link to it shows it. */
export type RelatedReason = Pick<CatalogReason, 'slug' | 'title' | 'summary'>;

/** A reason as its page shows it: lists and the lookup have the fields it leaves out. */
export type PageReason = Omit<CatalogReason, 'category' | 'order' | 'related'>;

/** A compiled reason file: its text, plus what the content plugin adds to it. */
export interface ReasonModule {
  default: MDXContent;
  /** The validated frontmatter (src/content/content-plugin.ts adds it to the compiled MDX). */
  reason: PageReason;
  related: RelatedReason[];
}

/** One language's reason files, by path: each loads its own chunk. */
export type ReasonModules = Record<string, () => Promise<ReasonModule>>;
