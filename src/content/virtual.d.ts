declare module 'virtual:reason-catalog' {
  import type { Reason } from './schema';
  /** Every reason's validated frontmatter, in home-page order. */
  export const reasons: Reason[];
}
