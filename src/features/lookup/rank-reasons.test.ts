import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadReasons } from '../../content/load-reasons';
import { evaluate, formatEvaluation, slugsOf, TOP_N, type EvaluationCase } from './evaluate-ranker';
import evaluationSet from './evaluation-set.json';
import { MAX_QUERY_CHARS } from './limits';
import { createRanker, normalize } from './rank-reasons';

const reasons = loadReasons('content/reasons');
const rank = createRanker(reasons);
const cases = evaluationSet as EvaluationCase[];
const top = (query: string, n = TOP_N) =>
  rank(query)
    .slice(0, n)
    .map((r) => r.reason.slug);

describe('the evaluation set', () => {
  it('is big and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const slugs = new Set(reasons.map((r) => r.slug));
    const perReason = new Map<string, number>();
    for (const c of cases) {
      expect(slugs, `unknown slug in ${JSON.stringify(c.q)}`).toContain(c.expect);
      for (const s of c.also ?? []) expect(slugs).toContain(s);
      perReason.set(c.expect, (perReason.get(c.expect) ?? 0) + 1);
    }
    for (const slug of slugs) expect(perReason.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(8);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of [
      'exact',
      'email',
      'log',
      'typo',
      'shouty',
      'fragment',
      'question',
      'multi',
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('ranking the evaluation set', () => {
  const result = evaluate(slugsOf(rank), cases);

  it('puts the right reason first for at least 97% and in the top 3 for all', () => {
    console.log(formatEvaluation('Ranker (createRanker)', result));
    for (const m of result.misses) {
      console.log(
        `  not first: [${m.case.kind}] ${JSON.stringify(m.case.q.slice(0, 80))} -> ${m.got.join(', ')}`,
      );
    }
    expect(result.overall.top1 / result.overall.total).toBeGreaterThanOrEqual(0.97);
    expect(result.misses.filter((m) => !m.got.includes(m.case.expect))).toEqual([]);
  });

  it('keeps every reason of a multi-message paste in the top 3', () => {
    expect(result.alsoMisses).toEqual([]);
  });

  it('beats a plain Fuse.js index over titles and messages (baseline, printed only)', () => {
    const fuse = new Fuse(reasons, { keys: ['title', 'messages'], includeScore: true });
    const baseline = evaluate((q) => fuse.search(q).map((r) => ({ slug: r.item.slug })), cases);
    console.log(formatEvaluation('Baseline (plain Fuse.js over title + messages)', baseline));
    expect(result.overall.top1).toBeGreaterThan(baseline.overall.top1);
  });

  it('ranks one query in well under a millisecond (timing printed, not asserted)', () => {
    for (const c of cases) rank(c.q); // warm-up: JIT and the typo cache, as after the first keystrokes
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const c of cases) {
        const start = performance.now();
        rank(c.q);
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    const build = performance.now();
    createRanker(reasons);
    const buildMs = performance.now() - build;
    console.log(
      `Timing per query over ${times.length} runs: median ${(at(0.5) * 1000).toFixed(0)} µs, p95 ${(at(0.95) * 1000).toFixed(0)} µs, max ${(at(1) * 1000).toFixed(0)} µs; createRanker ${buildMs.toFixed(1)} ms`,
    );
    expect(times.length).toBe(cases.length * 5);
  });
});

describe('normalize', () => {
  it('folds case, full-width characters, quotes and punctuation', () => {
    expect(normalize('“ＩＮＣＯＮＳＩＳＴＥＮＴ　Registrant   Information！”')).toBe(
      'inconsistent registrant information',
    );
    expect(normalize("Infringing other people's legal rights")).toBe(
      'infringing other peoples legal rights',
    );
    expect(normalize('[Lack of registrant certificate]\t(ERR_1033)')).toBe(
      'lack of registrant certificate err',
    );
  });

  it('strips domains, URLs, e-mail addresses, dates, times, order numbers and codes', () => {
    expect(
      normalize(
        'Domain zhang-san.com.cn, order 2025010400123, on 2025-01-05 10:20:31: see https://example.com/x?y=1 or mail help@example.com (E1033, req 5f2a11c9)',
      ),
    ).toBe('domain order on see or mail req');
    expect(normalize('2025年3月2日 审核')).toBe('审核');
  });

  it('keeps the small numbers that are part of messages and sizes', () => {
    expect(normalize('article 27 circumstance 9')).toBe('article 27 circumstance 9');
    expect(normalize('the photo is 12MB, minimum 55KB')).toBe('the photo is 12 mb minimum 55 kb');
  });

  it('splits log enums and separates Chinese from English', () => {
    expect(normalize('{"Code":"RealNameFailed","error":"InvalidFileFormat"}')).toBe(
      'code real name failed error invalid file format',
    );
    expect(normalize('原因：Inconsistent registrant information。')).toBe(
      '原因 inconsistent registrant information',
    );
    expect(normalize('失败原因Lack of registrant certificate')).toBe(
      '失败原因 lack of registrant certificate',
    );
  });

  it('reads "b/w" as black and white, and keeps WebP whole', () => {
    expect(normalize('a B/W copy in WebP')).toBe('a bw copy in webp');
  });

  it('is empty for text without words', () => {
    expect(normalize('')).toBe('');
    expect(normalize('  \n\t —— !!! ')).toBe('');
  });
});

describe('createRanker', () => {
  it('returns nothing for empty, blank or nonsense text', () => {
    for (const q of [
      '',
      '   ',
      '\n\n',
      '???',
      'asdfgh qwerty zxcvb',
      'hello',
      'the of and',
      '12345',
      '🙂🙂',
      '你好',
    ]) {
      expect(rank(q), JSON.stringify(q)).toEqual([]);
    }
  });

  it('names the matching message in `matched`', () => {
    const [first] = rank('Reason: Lack of registrant certificate. Please upload it again.');
    expect(first?.reason.slug).toBe('missing-registrant-certificate');
    expect(first?.matched).toBe('Lack of registrant certificate');
    expect(first?.language).toBe('en');
    const [typo] = rank('CERTIFICAT NUMBER CAN NOT BE FOUND!!');
    expect(typo?.matched).toBe('Certificate number cannot be found');
  });

  it('names the words that matched when there is no message', () => {
    const [first] = rank('my photo is 9 MB');
    expect(first?.reason.slug).toBe('file-size-invalid');
    expect(first?.matched).toMatch(/mb/);
  });

  it('keeps scores in descending order, each reason once', () => {
    const results = rank(
      'Invalid registrant certificate; unclear or covered photo; the seal is not red',
    );
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(results.map((r) => r.reason.slug)).size).toBe(results.length);
  });

  describe('does not confuse look-alike messages', () => {
    const pairs: [string, string][] = [
      ['Certificate cannot be found in the database', 'certificate-not-in-database'],
      ['Certificate number cannot be found', 'certificate-number-not-found'],
      ['cannot be found in the database', 'certificate-not-in-database'],
      ['certificate number not found', 'certificate-number-not-found'],
      ['Invalid registrant certificate', 'invalid-registrant-certificate'],
      ['Incomplete registrant certificate', 'incomplete-registrant-certificate'],
      ['invalid certificate information', 'invalid-certificate-information'],
      [
        'Verification failed due to invalid certificate information',
        'invalid-certificate-information',
      ],
      ['Registrant certificate verification failed', 'certificate-number-not-found'],
      ['Lack of registrant certificate', 'missing-registrant-certificate'],
      ['Registrant contact information invalid', 'invalid-registrant-contact-information'],
      ['Inconsistent registrant information', 'inconsistent-registrant-information'],
      ['Reason: Invalid registrant certificate (see attached)', 'invalid-registrant-certificate'],
      [
        'Status: Incomplete registrant certificate, please resubmit',
        'incomplete-registrant-certificate',
      ],
    ];
    it.each(pairs)('%s', (query, slug) => {
      expect(top(query, 1)).toEqual([slug]);
    });
  });

  it('lets the longest message win over a shorter phrase inside it', () => {
    // "Registrant certificate" is part of three messages; the full one decides.
    expect(top('The registry says: Invalid registrant certificate.', 1)).toEqual([
      'invalid-registrant-certificate',
    ]);
    expect(top('Submitted information inconsistent with registrant information', 1)).toEqual([
      'inconsistent-registrant-information',
    ]);
  });

  it('lists each reason of a multi-message paste in the top 3, the first one first', () => {
    const results = top(
      '1. Sensitive words. 2. Lack of registrant certificate. 3. Newly issued certificate',
    );
    expect(results[0]).toBe('sensitive-words-in-domain-name');
    expect(results).toEqual(
      expect.arrayContaining(['missing-registrant-certificate', 'certificate-not-in-database']),
    );
  });

  it('survives huge and hostile input quickly', () => {
    const hostile = [
      'x'.repeat(100_000),
      'Lack of registrant certificate '.repeat(4000),
      '<script>alert(1)</script><img src=x onerror=alert(1)> Invalid registrant certificate',
      '\u0000\u0007\u001b[31mUnclear or covered photo of certificate\u001b[0m\u200b\ufeff',
      '🙂'.repeat(30_000) + ' sensitive words',
      '证件'.repeat(20_000),
      'a.'.repeat(40_000) + 'cn',
      `${'ab1-'.repeat(10_000)}@${'c.'.repeat(10_000)}`,
      '\ud800\udfff\ud83d broken surrogates',
      Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i)).join(''),
    ];
    for (const q of hostile) {
      const start = performance.now();
      const results = rank(q);
      expect(performance.now() - start, q.slice(0, 20)).toBeLessThan(250);
      expect(Array.isArray(results)).toBe(true);
    }
    expect(top(hostile[2]!, 1)).toEqual(['invalid-registrant-certificate']);
    expect(top(hostile[3]!, 1)).toEqual(['unclear-certificate-image']);
  });

  it('reads only the first MAX_QUERY_CHARS characters, as the UI does', () => {
    const padding = 'Thank you for your patience. '.repeat(Math.ceil(MAX_QUERY_CHARS / 29));
    expect(top(`Lack of registrant certificate. ${padding}`, 1)).toEqual([
      'missing-registrant-certificate',
    ]);
    expect(top(`${padding} Lack of registrant certificate`)).not.toContain(
      'missing-registrant-certificate',
    );
  });

  it('works with an empty catalog and with reasons that have no messages', () => {
    expect(createRanker([])('Invalid registrant certificate')).toEqual([]);
    const small = createRanker([
      {
        slug: 'a',
        title: 'Upload refused',
        summary: 'The file is too big.',
        messages: [],
        keywords: ['mb'],
      },
      {
        slug: 'b',
        title: 'Name refused',
        summary: 'The name is not allowed.',
        messages: ['Sensitive words.'],
        keywords: [],
      },
    ]);
    expect(small('my scan is 9 MB').map((r) => r.reason.slug)).toEqual(['a']);
  });
});
