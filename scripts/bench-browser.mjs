// Browser benchmarks on the built site, in one Chromium run: lookup ranking per query (median
// and p95 over the evaluation set), time from navigation to the first result for an email deep
// link, then the image checker's figures (scripts/bench-image-check.mjs). Prints figures only.
// Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { preview } from 'vite';
import { readManifest } from './page-assets.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const cases = JSON.parse(readFileSync('src/features/lookup/evaluation-set.json', 'utf8'));
const engineFile = readManifest(outDir)['src/features/lookup/engine.ts'].file;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => `${value.toFixed(3)} ms`;

const server = await preview({ preview: { port: 4190, strictPort: true }, logLevel: 'silent' });
const origin = 'http://127.0.0.1:4190';
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

try {
  // 1. Ranking in the browser: the real engine chunk, every evaluation query, 5 passes. The
  // page's timer is coarse (0.1 ms), so each query is also timed as 20 repeats, divided by 20.
  const page = await browser.newPage();
  await page.goto(`${origin}/lookup`);
  const times = await page.evaluate(
    async ({ file, queries }) => {
      const { rank } = await import(`/${file}`);
      for (const q of queries) rank(q); // warm-up
      const out = [];
      for (let pass = 0; pass < 5; pass++) {
        for (const q of queries) {
          const start = performance.now();
          for (let i = 0; i < 20; i++) rank(q);
          out.push((performance.now() - start) / 20);
        }
      }
      return out;
    },
    { file: engineFile, queries: cases.map((c) => c.q) },
  );
  console.log(`Lookup ranking in Chromium, ${cases.length} queries × 5 passes:`);
  console.log(
    `  median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`,
  );

  // 2. Deep link from an email: navigation start to the first ranked result on screen.
  const email =
    'Dear customer, the real-name verification of example-shop.cn (order 2025010400123) was not approved. ' +
    'Reason: Submitted information inconsistent with registrant information. Please correct and resubmit.';
  const firstResult = [];
  for (let run = 0; run < 10; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/lookup?q=${encodeURIComponent(email)}`, { waitUntil: 'commit' });
    await tab.locator('[data-reason]').first().waitFor();
    firstResult.push(await tab.evaluate(() => performance.now()));
    await context.close();
  }
  console.log('Email deep link, navigation to first result (10 cold loads, local server):');
  console.log(
    `  median ${ms(percentile(firstResult, 50))}, p95 ${ms(percentile(firstResult, 95))}`,
  );
  await page.close();

  // 3. The image checker, in the same browser.
  const { benchImageCheck } = await import('./bench-image-check.mjs');
  await benchImageCheck(browser, origin);

  // 4. Reading the certificate (the opt-in text recognition), in the same browser.
  const { benchReading } = await import('./bench-reading.mjs');
  await benchReading(browser, origin);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
