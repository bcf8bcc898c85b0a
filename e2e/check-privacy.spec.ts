// Nothing leaves the browser: every request during checks (page and worker, HEIC decoder and
// conversion included) is a GET of the portal's own static files.
import { checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});

test('checking and converting files sends nothing anywhere', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: { method: string; url: string; body: string | null }[] = [];
  // The context sees every request: the page's, the worker's and the service worker's.
  context.on('request', (request) =>
    requests.push({ method: request.method(), url: request.url(), body: request.postData() }),
  );

  await page.goto('/check');
  await expect(page.getByText('Your file stays on this device.')).toBeVisible();
  const before = requests.length;

  await checkFile(page, fixture(dir, 'good.jpg'));
  await checkFile(page, fixture(dir, 'good.heic'));
  await checkFile(page, fixture(dir, 'script.svg'));
  await checkFile(page, fixture(dir, 'big.jpg'));
  await page.getByRole('button', { name: 'Make a JPEG copy that fits' }).click();
  await expect(page.locator('[data-verdict]')).toContainText('big-converted.jpg', {
    timeout: 20_000,
  });

  const during = requests
    .slice(before)
    .filter((r) => !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  for (const request of during) {
    expect(request.method, request.url).toBe('GET');
    expect(new URL(request.url).origin, request.url).toBe(origin);
    expect(request.body, request.url).toBeNull();
  }
  // The worker, the HEIC decoder and its .wasm were the only downloads.
  expect(during.map((r) => new URL(r.url).pathname).join('\n')).toMatch(/\.wasm/);
});
