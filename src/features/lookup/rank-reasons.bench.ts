import { bench, describe } from 'vitest';
import { loadReasons } from '../../content/load-reasons';
import { loadBilingualReasons } from './bilingual-catalog';
import type { EvaluationCase } from './evaluate-ranker';
import evaluationSetZh from './evaluation-set-zh.json';
import evaluationSet from './evaluation-set.json';
import { createRanker } from './rank-reasons';
import { findUnlisted } from './unlisted-messages';

const reasons = loadReasons('content/reasons');
const bilingual = loadBilingualReasons();
const rank = createRanker(reasons);
const rankBoth = createRanker(bilingual);
const cases = evaluationSet as EvaluationCase[];
const zhCases = evaluationSetZh as EvaluationCase[];
const emails = cases.filter((c) => c.q.length > 200);
const short = cases.filter((c) => c.q.length <= 60);
const zhEmails = zhCases.filter((c) => c.q.length > 80);
const longPaste = cases
  .map((c) => c.q)
  .join('\n\n')
  .slice(0, 4000);
const longChinesePaste = zhCases
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

describe('rank, both languages indexed', () => {
  bench(`every English evaluation query (${cases.length})`, () => {
    for (const c of cases) rankBoth(c.q);
  });
  bench(`every Chinese evaluation query (${zhCases.length})`, () => {
    for (const c of zhCases) rankBoth(c.q);
  });
  bench(`Chinese emails over 80 characters (${zhEmails.length})`, () => {
    for (const c of zhEmails) rankBoth(c.q);
  });
  bench('one 4,000-character Chinese paste (the UI limit)', () => {
    rankBoth(longChinesePaste);
  });
  bench(`findUnlisted alone, every Chinese query (${zhCases.length})`, () => {
    for (const c of zhCases) findUnlisted(c.q);
  });
});

describe('createRanker', () => {
  bench('build the indexes once', () => {
    createRanker(reasons);
  });
  bench('build the indexes once, both languages', () => {
    createRanker(bilingual);
  });
});
