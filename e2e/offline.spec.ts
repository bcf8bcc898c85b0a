import { expect, test } from './test';

test('a visited reason page opens again offline, and nothing typed is cached', async ({
  page,
  context,
}) => {
  await page.goto('/reasons/unclear-certificate-image');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit happened before the worker controlled the page: visit again to cache it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.goto('/lookup?q=my%20private%20photo%20is%20blurry');
  await expect(page.locator('[data-reason]').first()).toBeVisible();

  await context.setOffline(true);
  await page.goto('/reasons/unclear-certificate-image');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('unclear');
  await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();

  const cachedUrls = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cachedUrls.some((url) => url.includes('private'))).toBe(false);
  expect(cachedUrls.some((url) => url.endsWith('/reasons/unclear-certificate-image'))).toBe(true);
  await context.setOffline(false);
});
