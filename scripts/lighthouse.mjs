// Lighthouse (mobile) on the built site, served by the shipped nginx config where nginx is
// installed (else vite preview). Prints one table; not part of `npm test`. Run `npm run build`
// first. Lighthouse 12.2.3 is the last version for Node 20; npx fetches it from the npm registry.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 4180;
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
const rows = [];
try {
  for (const page of pages) {
    const out = join(dir, `${rows.length}.json`);
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
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, CHROME_PATH: chromiumPath },
      },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round(report.categories[id].score * 100);
    const audit = (id) => report.audits[id].numericValue;
    rows.push({
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      SEO: score('seo'),
      'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(2),
      CLS: audit('cumulative-layout-shift').toFixed(3),
      'TBT ms': Math.round(audit('total-blocking-time')),
    });
    const failed = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failed.length) console.log(`${page}: audits not passed: ${failed.join(', ')}`);
  }
} finally {
  server.kill('SIGTERM');
}
console.log('Lighthouse 12.2.3, mobile (simulated throttling):');
console.table(rows);
