// Node-only (tests and benchmarks): the English reason pages with their Chinese pages joined in
// by slug, as the lookup indexes them.
import { loadReasons } from '../../content/load-reasons';
import type { LookupReason } from './rank-reasons';

export function loadBilingualReasons(
  englishDir = 'content/reasons',
  chineseDir = 'content/reasons/zh',
): LookupReason[] {
  const chinese = new Map(loadReasons(chineseDir).map((r) => [r.slug, r]));
  return loadReasons(englishDir).map((reason) => {
    const zh = chinese.get(reason.slug);
    return zh
      ? {
          ...reason,
          zh: {
            title: zh.title,
            summary: zh.summary,
            messages: zh.messages,
            keywords: zh.keywords,
          },
        }
      : reason;
  });
}
