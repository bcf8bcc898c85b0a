// How a page comes to life: its prerendered text paints before any JavaScript is requested, and
// React then hydrates that painted page instead of replacing it (see src/config/boot-script.ts).
import type { Browser, Page } from '@playwright/test';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

/** A page whose JavaScript is held back until `release()`, outside the fixture's goto. */
async function pageWithHeldScripts(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { page, errors, release, close: () => context.close() };
}

/** Tags the painted elements, so we can tell afterwards whether React kept or replaced them. */
const tag = (page: Page, selectors: string[]) =>
  page.evaluate((list) => {
    for (const selector of list)
      document.querySelector<HTMLElement>(selector)!.dataset.painted = '';
  }, selectors);

test('a reason page paints its text before any JavaScript is requested', async ({ page }) => {
  await page.goto('/reasons/unclear-certificate-image');
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
  expect(scripts.length).toBeGreaterThan(3);
  for (const start of scripts) expect(start).toBeGreaterThanOrEqual(paint);
});

for (const { path, painted, after } of [
  {
    path: '/reasons/unclear-certificate-image',
    painted: ['h1', 'main h2'],
    after: (page: Page) =>
      expect(page.getByRole('button', { name: /copy/i }).first()).toBeEnabled(),
  },
  {
    path: `/lookup?q=${encodeURIComponent('Sensitive words.')}`,
    painted: ['h1', 'textarea'],
    after: async (page: Page) => {
      await expect(page.getByRole('textbox')).toHaveValue('Sensitive words.');
      await expect(page.getByRole('status')).toContainText('found, best first');
    },
  },
]) {
  test(`${path} hydrates the painted page instead of replacing it`, async ({
    browser,
    baseURL,
  }) => {
    const held = await pageWithHeldScripts(browser, baseURL!);
    await held.page.goto(path, { waitUntil: 'domcontentloaded' });
    await tag(held.page, painted);
    held.release();
    await held.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await after(held.page);
    for (const selector of painted) {
      await expect(held.page.locator(`${selector}[data-painted]`).first()).toBeAttached();
    }
    expect(held.errors).toEqual([]);
    await held.close();
  });
}

test('a photo chosen before the page has started is checked once it is ready', async ({
  browser,
  baseURL,
}) => {
  const photo = fixture(imageFixtures(), 'good.jpg');
  const held = await pageWithHeldScripts(browser, baseURL!);
  await held.page.goto('/check', { waitUntil: 'domcontentloaded' });
  // The prerendered picker takes the file while no JavaScript has run yet.
  await held.page.locator('input[type=file]').setInputFiles(photo);
  held.release();
  await expect(held.page.locator('[data-verdict]')).toContainText('good.jpg', { timeout: 20_000 });
  await expect(held.page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pass');
  expect(held.errors).toEqual([]);
  await held.close();
});

test('a message pasted before the page has started is searched once it is ready', async ({
  browser,
  baseURL,
}) => {
  const held = await pageWithHeldScripts(browser, baseURL!);
  await held.page.goto('/', { waitUntil: 'domcontentloaded' });
  await held.page.getByRole('textbox').fill('Sensitive words.');
  held.release();
  await expect(held.page.getByRole('status')).toContainText('found, best first');
  await expect(held.page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'sensitive-words-in-domain-name',
  );
  await expect(held.page.getByRole('textbox')).toHaveValue('Sensitive words.');
  expect(held.errors).toEqual([]);
  await held.close();
});

test('a certificate number typed before the page has started is checked once it is ready', async ({
  browser,
  baseURL,
}) => {
  const held = await pageWithHeldScripts(browser, baseURL!);
  await held.page.goto('/tools/certificate-number', { waitUntil: 'domcontentloaded' });
  await held.page.getByLabel('Certificate type').selectOption({ label: 'Resident identity card' });
  await held.page.getByLabel('Certificate number').fill('11O105 19491231 002x');
  held.release();
  await held.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await held.page.getByRole('button', { name: 'Check number' }).click();
  await expect(held.page.getByRole('status').filter({ hasText: /number/ })).toContainText(
    'Corrected number: 11010519491231002X',
  );
  expect(held.errors).toEqual([]);
  await held.close();
});

test('an answer chosen before the page has started counts once it is ready', async ({
  browser,
  baseURL,
}) => {
  const held = await pageWithHeldScripts(browser, baseURL!);
  await held.page.goto('/diagnose', { waitUntil: 'domcontentloaded' });
  await held.page.getByRole('radio', { name: 'An individual (a person)' }).check();
  held.release();
  await expect(
    held.page.getByRole('radio', { name: 'Outside the Chinese mainland' }),
  ).toBeVisible();
  await expect(held.page).toHaveURL(/who=individual/);
  await expect(held.page.getByRole('radio', { name: 'An individual (a person)' })).toBeChecked();
  expect(held.errors).toEqual([]);
  await held.close();
});
