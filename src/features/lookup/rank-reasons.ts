// Pure ranking: text someone pasted in, reasons best first. Runs the same in Node and the browser.
import Fuse from 'fuse.js';

/** What the ranker needs to know about a reason (a subset of its frontmatter). */
export interface LookupReason {
  slug: string;
  title: string;
  summary: string;
  messages: string[];
  keywords: string[];
}

export interface LookupResult {
  reason: LookupReason;
  /** Higher is better; only comparable within one query. */
  score: number;
  /** The message or words that made this reason match, to show the person why. */
  matched: string;
}

export type Ranker = (query: string) => LookupResult[];

/** Lower-cases and folds punctuation so pasted text compares with messages. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function createRanker(reasons: LookupReason[]): Ranker {
  const fuse = new Fuse(
    reasons.flatMap((reason) =>
      [...reason.messages, reason.title, ...reason.keywords].map((text) => ({ reason, text })),
    ),
    { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 },
  );
  return (query) => {
    const q = normalize(query);
    if (!q) return [];
    const best = new Map<string, LookupResult>();
    for (const hit of fuse.search(q)) {
      const score = 1 - (hit.score ?? 1);
      const prev = best.get(hit.item.reason.slug);
      if (!prev || prev.score < score) {
        best.set(hit.item.reason.slug, { reason: hit.item.reason, score, matched: hit.item.text });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  };
}
