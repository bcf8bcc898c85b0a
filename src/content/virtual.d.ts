declare module 'virtual:reason-catalog/en' {
  import type { ReasonListing } from './schema';
  /** Every reason as lists show it, in English, in home-page order. */
  const reasons: ReasonListing[];
  export default reasons;
}

declare module 'virtual:reason-catalog/zh' {
  import type { ReasonListing } from './schema';
  /** Every reason as lists show it, in Chinese, in home-page order. */
  const reasons: ReasonListing[];
  export default reasons;
}

declare module 'virtual:reason-lookup' {
  import type { LookupReason } from '../features/lookup/rank-reasons';
  /** What the lookup searches, in both languages: only the lookup's chunk loads it. */
  export const lookupReasons: LookupReason[];
}

interface ImportMetaEnv {
  /** The portal's public origin, e.g. "https://help.example.cn" (set by vite.config.ts). */
  readonly SITE_ORIGIN: string;
}
