import { execSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.OUT_DIR ?? 'dist';
/** Set for the run against a build made with BASE_PATH (see "test:base-path"). */
const basePath = process.env.E2E_BASE_PATH;

const hasNginx = (() => {
  try {
    execSync('command -v nginx', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// Test the site as deployed, behind the shipped nginx config, wherever nginx is installed.
const server = process.env.E2E_SERVER ?? (hasNginx && !basePath ? 'nginx' : 'preview');

export default defineConfig({
  testDir: 'e2e',
  // The base-path run checks a different build; the deploy checks need the real nginx.
  testMatch: basePath ? /base-path\.spec\.ts$/ : /\.spec\.ts$/,
  testIgnore: basePath
    ? []
    : [/base-path\.spec\.ts$/, ...(server === 'nginx' ? [] : [/deploy\.spec\.ts$/])],
  globalSetup: ['./e2e/privacy-summary.ts', './e2e/fixtures/make-image-fixtures-once.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  // Two browsers share two cores here: the first search of a page (its chunks, then the
  // ranking's index) can take seconds on a busy machine. Speed is measured by `npm run bench`.
  expect: { timeout: 10_000 },
  // Separate per port, so runs side by side do not clear each other's results.
  outputDir: `test-results/${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath ?? ''}`,
    trace: 'retain-on-failure',
    // Any Chromium works: set CHROMIUM_PATH to use another browser than Debian's.
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built site: `npm test` builds before it runs these tests.
    command:
      server === 'nginx'
        ? 'node scripts/serve-nginx.mjs'
        : `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}${basePath ?? '/'}`,
    env: { OUT_DIR: outDir, E2E_PORT: String(port), ...(basePath ? { BASE_PATH: basePath } : {}) },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
