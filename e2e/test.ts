// Every spec imports `test` and `expect` from here. An automatic fixture watches each page and
// fails the test on a page error, a console error, a CSP violation, or any request that is not a
// GET to the portal's own origin: nothing a registrant types or chooses may leave the browser.
import { test as base, expect, type Page } from '@playwright/test';

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
      await use(guard);
      expect(guard.problems, 'the page stayed private and error-free').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
