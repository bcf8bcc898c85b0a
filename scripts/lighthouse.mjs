// Lighthouse (mobile) on the built site, served by the shipped nginx config where nginx is
// installed (else vite preview). Prints one table; not part of `npm test`. Run `npm run build`
// first. Lighthouse 12.2.3 is the last version for Node 20; npx fetches it from the npm registry.
// Single runs vary (Total Blocking Time most), so each page runs RUNS times (default 3) and the
// table shows the median run, as Lighthouse's own documentation advises, with the TBT range.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 4180;
const runs = Number(process.env.RUNS ?? 3);
const pages = ['/', '/reasons/unclear-certificate-image', '/lookup?q=Sensitive%20words.', '/check'];
const chromeFlags = ['--headless=new', ...chromiumArgs].join(' ');

let hasNginx = true;
try {
  execFileSync('sh', ['-c', 'command -v nginx'], { stdio: 'ignore' });
} catch {
  hasNginx = false;
}
const server = hasNginx
  ? spawn('node', ['scripts/serve-nginx.mjs'], { env: { ...process.env, E2E_PORT: String(port) } })
  : spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 2500));

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));

/** One Lighthouse run on one page: the scores and metrics of its report. */
function lighthouse(page, out) {
  execFileSync(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      `http://127.0.0.1:${port}${page}`,
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${chromeFlags}`,
      '--quiet',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: Math.round(audit('total-blocking-time')),
    failed: Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

const rows = [];
try {
  for (const page of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(lighthouse(page, join(dir, `${run}.json`)));
    results.sort((a, b) => b.performance - a.performance || a.tbt - b.tbt);
    const median = results[Math.floor(results.length / 2)];
    const tbts = results.map((r) => r.tbt).sort((a, b) => a - b);
    rows.push({
      page,
      performance: median.performance,
      accessibility: median.accessibility,
      'best practices': median.bestPractices,
      SEO: median.seo,
      'LCP s': (median.lcp / 1000).toFixed(2),
      CLS: median.cls.toFixed(3),
      'TBT ms': median.tbt,
      [`TBT of ${runs} runs`]: `${tbts[0]}–${tbts.at(-1)}`,
    });
    if (median.failed.length)
      console.log(`${page}: audits not passed: ${median.failed.join(', ')}`);
  }
} finally {
  server.kill('SIGTERM');
}
console.log(`Lighthouse 12.2.3, mobile (simulated throttling), median of ${runs} runs per page:`);
console.table(rows);
