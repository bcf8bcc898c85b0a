// Shared by the browser benchmarks. For a benchmark run on its own (npm run bench:image, bench:reading): serves the build in
// OUT_DIR with `vite preview` on `port`, starts Chromium, runs `bench(browser, origin)`, and
// stops both. `npm run bench` runs every benchmark in one browser instead (bench-browser.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export async function benchOnBuild(port, bench) {
  const outDir = process.env.OUT_DIR ?? 'dist';
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`No build in ${outDir}/. Build first: npm run build`);
    process.exit(1);
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { env: { ...process.env, OUT_DIR: outDir }, stdio: 'ignore', detached: true },
  );
  const stopServer = () => {
    try {
      process.kill(-server.pid); // the preview and the npx that started it, by our own group id
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stopServer);

  const url = `http://127.0.0.1:${port}/check`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 100) throw new Error(`preview did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await bench(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    stopServer();
  }
}

/** Collects the page's long main-thread tasks (over 50 ms) into window.__longTasks. */
export function recordLongTasks(page) {
  return page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
