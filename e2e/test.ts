// Every spec imports `test` and `expect` from here. An automatic fixture watches each page and
// fails the test on a page error, a console error, a CSP violation, or any request that is not a
// GET to the portal's own origin: nothing a registrant types or chooses may leave the browser.
import { appendFileSync, mkdirSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/** Where each test's request counts go; e2e/privacy-summary.ts adds them up after the run. */
export const privacyLog = `test-results/privacy-${process.env.E2E_PORT ?? 4173}.jsonl`;

/** Storage the portal may write without being asked: react-router's scroll positions. */
const ALLOWED_STORAGE = new Set(['react-router-scroll-positions']);

export interface PageGuard {
  /** Problems seen so far; the fixture asserts this is empty after each test. */
  problems: string[];
  /** Every request URL the page made, in order. */
  requests: string[];
  /** Lets a test that provokes an expected console error say so. */
  allowConsoleError: (pattern: RegExp) => void;
}

async function watch(page: Page, baseURL: string, guard: PageGuard, allowed: RegExp[]) {
  const origin = new URL(baseURL).origin;
  page.on('pageerror', (error) => guard.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A 404 page is a 404 to the browser too; failed subresources are caught as responses below.
    if (message.text().startsWith('Failed to load resource')) return;
    if (allowed.some((pattern) => pattern.test(message.text()))) return;
    guard.problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    guard.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) guard.problems.push(`cross-origin request: ${url}`);
    if (request.method() !== 'GET') guard.problems.push(`${request.method()} request: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      guard.problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const allowed: RegExp[] = [];
      const guard: PageGuard = {
        problems: [],
        requests: [],
        allowConsoleError: (pattern) => allowed.push(pattern),
      };
      await watch(page, baseURL!, guard, allowed);
      // Act as a person does: on a page that has come to life, not on its first painted HTML.
      const goto = page.goto.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
        return response;
      };
      await use(guard);
      // Nothing typed or chosen is kept unless the person asked (and the test then cleared it).
      const stored = await page
        .evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
        .catch(() => [] as string[]);
      for (const key of stored) {
        if (!ALLOWED_STORAGE.has(key)) guard.problems.push(`left in storage: ${key}`);
      }
      const origin = new URL(baseURL!).origin;
      mkdirSync('test-results', { recursive: true });
      appendFileSync(
        privacyLog,
        JSON.stringify({
          requests: guard.requests.length,
          crossOrigin: guard.requests.filter(
            (u) => /^https?:/.test(u) && new URL(u).origin !== origin,
          ).length,
          problems: guard.problems.length,
        }) + '\n',
      );
      expect(guard.problems, 'the page stayed private and error-free').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
