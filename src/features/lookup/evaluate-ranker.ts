// Scores a ranker against the evaluation set: used by the tests to assert and print accuracy.
import type { Ranker } from './rank-reasons';

export interface EvaluationCase {
  q: string;
  expect: string;
  kind: string;
  /** Other reasons the text names (several messages pasted together): each must be in the top 3. */
  also?: string[];
}

export interface Tally {
  total: number;
  top1: number;
  top3: number;
}

export interface Evaluation {
  overall: Tally;
  byKind: Record<string, Tally>;
  /** Cases whose expected reason was not first, with what came first instead. */
  misses: { case: EvaluationCase; got: string[] }[];
  /** Multi-message cases where one of the `also` reasons was not in the top 3. */
  alsoMisses: { case: EvaluationCase; got: string[] }[];
}

/** How deep "near the top" is: the first screen of results shows at least this many. */
export const TOP_N = 3;

export function evaluate(
  rank: (query: string) => { slug: string }[],
  cases: EvaluationCase[],
): Evaluation {
  const overall: Tally = { total: 0, top1: 0, top3: 0 };
  const byKind: Record<string, Tally> = {};
  const misses: Evaluation['misses'] = [];
  const alsoMisses: Evaluation['alsoMisses'] = [];
  for (const c of cases) {
    const got = rank(c.q).map((r) => r.slug);
    const top = got.slice(0, TOP_N);
    const kind = (byKind[c.kind] ??= { total: 0, top1: 0, top3: 0 });
    for (const t of [overall, kind]) {
      t.total++;
      if (got[0] === c.expect) t.top1++;
      if (top.includes(c.expect)) t.top3++;
    }
    if (got[0] !== c.expect) misses.push({ case: c, got: top });
    if (c.also?.some((s) => !top.includes(s))) alsoMisses.push({ case: c, got: top });
  }
  return { overall, byKind, misses, alsoMisses };
}

/** Adapts a Ranker to the slug list `evaluate` reads. */
export const slugsOf = (rank: Ranker) => (query: string) =>
  rank(query).map((r) => ({ slug: r.reason.slug }));

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

/** A small table for the test output: one line overall, one per kind. */
export function formatEvaluation(label: string, e: Evaluation): string {
  const width = Math.max(10, ...Object.keys(e.byKind).map((k) => k.length));
  const line = (name: string, t: Tally) =>
    `  ${name.padEnd(width)} n=${String(t.total).padStart(3)}  top1 ${pct(t.top1, t.total).padStart(6)}  top3 ${pct(t.top3, t.total).padStart(6)}`;
  return [
    `${label}`,
    line('overall', e.overall),
    ...Object.entries(e.byKind).map(([k, t]) => line(k, t)),
  ].join('\n');
}
