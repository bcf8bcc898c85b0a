#!/usr/bin/env node
// Benchmark (prints figures; not a test): the image check on a ~5 MB, 24-megapixel JPEG against
// the built site, compared with the browser's bare decode of the same file, plus the longest
// main-thread task while checking. Part of `npm run bench` (scripts/bench-browser.mjs), or on
// its own after `npm run build`: `npm run bench:image` (BENCH_PORT, BENCH_RUNS to adjust).
// Targets: check time ≤ 1.5 × bare decode; longest main-thread task ≤ 50 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchOnBuild, recordLongTasks } from './bench-on-build.mjs';
import { certificatePageArgs } from './certificate-page.mjs';
import { missingDrawingTools } from './test-tools.mjs';

const port = Number(process.env.BENCH_PORT ?? 4305);
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Runs the image-check benchmark in an open browser against the built site at `origin`. */
export async function benchImageCheck(browser, origin) {
  // A certificate-like 6000 × 4000 picture; sensor-like noise brings the JPEG to about 5 MB.
  const missing = missingDrawingTools();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), 'bench-image-'));
  const file = join(dir, 'photo-24mp.jpg');
  execFileSync('convert', [
    ...certificatePageArgs(),
    '-resize',
    '6000x4000!',
    '-attenuate',
    '0.5',
    '+noise',
    'Gaussian',
    '-quality',
    '88',
    file,
  ]);
  const bytes = statSync(file).size;

  const page = await browser.newPage();
  await recordLongTasks(page);
  await page.addInitScript(() => {
    // Keep the chosen File: the page clears the input so the same file can be chosen again.
    document.addEventListener(
      'change',
      (event) => {
        const input = event.target;
        if (input instanceof HTMLInputElement && input.files?.[0]) {
          window.__file = input.files[0];
          window.__changedAt = performance.now();
        }
      },
      true,
    );
  });
  await page.goto(`${origin}/check`);
  // Measure the checker, not the page's start: wait until the app has taken over the picker.
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });

  async function timeCheck() {
    await page.evaluate(() => {
      window.__done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-verdict]')?.textContent?.includes('photo-24mp.jpg')) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.locator('input[type=file]').setInputFiles(file);
    return page.evaluate(async () => {
      const end = await window.__done;
      const start = window.__changedAt;
      const tasks = window.__longTasks.filter(
        (t) => t.start + t.duration >= start && t.start <= end,
      );
      const verdict = document.querySelector('[data-verdict]')?.getAttribute('data-verdict');
      return { ms: end - start, longest: Math.max(0, ...tasks.map((t) => t.duration)), verdict };
    });
  }

  async function timeBareDecode() {
    return page.evaluate(async () => {
      const start = performance.now();
      const bitmap = await createImageBitmap(window.__file);
      const ms = performance.now() - start;
      bitmap.close();
      return ms;
    });
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cold = await timeCheck();
  const checks = [];
  const decodes = [];
  for (let i = 0; i < runs; i++) {
    // A fresh choice each time: the previous worker is stopped and a new one started, as for a person.
    checks.push(await timeCheck());
    decodes.push(await timeBareDecode());
  }
  await page.close();

  const check = median(checks.map((c) => c.ms));
  const decode = median(decodes);
  const longest = Math.max(cold.longest, ...checks.map((c) => c.longest));
  const f = (ms) => `${ms.toFixed(0)} ms`;
  console.log(`file:                      ${file} (${(bytes / 1e6).toFixed(2)} MB, 6000 × 4000)`);
  console.log(`verdict:                   ${cold.verdict}`);
  console.log(
    `full check, first (cold):  ${f(cold.ms)}   (worker start and first compile included)`,
  );
  console.log(
    `full check, median of ${runs}:  ${f(check)}   [${checks.map((c) => c.ms.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `bare createImageBitmap:    ${f(decode)}   [${decodes.map((d) => d.toFixed(0)).join(', ')}]`,
  );
  console.log(`ratio check / decode:      ${(check / decode).toFixed(2)}   (target ≤ 1.5)`);
  console.log(
    `longest main-thread task:  ${longest ? f(longest) : 'none over 50 ms'}   (target ≤ 50 ms)`,
  );
}

// Run on its own (npm run bench:image): serve the build and start a browser for this alone.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchOnBuild(port, benchImageCheck);
}
