import { bench, describe } from 'vitest';
import { loadReasons } from '../../content/load-reasons';
import type { EvaluationCase } from './evaluate-ranker';
import evaluationSet from './evaluation-set.json';
import { createRanker } from './rank-reasons';

const reasons = loadReasons('content/reasons');
const rank = createRanker(reasons);
const cases = evaluationSet as EvaluationCase[];
const emails = cases.filter((c) => c.q.length > 200);
const short = cases.filter((c) => c.q.length <= 60);
const longPaste = cases
  .map((c) => c.q)
  .join('\n\n')
  .slice(0, 4000);

describe('rank', () => {
  bench(`every evaluation query (${cases.length})`, () => {
    for (const c of cases) rank(c.q);
  });
  bench(`short queries, as typed (${short.length})`, () => {
    for (const c of short) rank(c.q);
  });
  bench(`pasted emails over 200 characters (${emails.length})`, () => {
    for (const c of emails) rank(c.q);
  });
  bench('one 4,000-character paste (the UI limit)', () => {
    rank(longPaste);
  });
});

describe('createRanker', () => {
  bench('build the indexes once', () => {
    createRanker(reasons);
  });
});
