// Runs against the shipped deploy/nginx.conf (see playwright.config.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test';

test('pages are served with the security headers and no caching', async ({ request }) => {
  const response = await request.get('/reasons/file-size-invalid');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toContain('text/html');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(await response.text()).toContain('Upload refused because of the file size</h1>');
});

test('hashed assets are cached for a year and compressed', async ({ page, request }) => {
  await page.goto('/');
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  const response = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('the text reader’s engine and models are sent compressed and cached', async ({ request }) => {
  const assets = readdirSync(join(process.env.OUT_DIR ?? 'dist', 'assets'));
  const files = assets.filter((name) =>
    /^(det-.*\.onnx|rec-.*\.onnx|ort-wasm.*\.wasm)$/.test(name),
  );
  expect(files).toHaveLength(3);
  for (const name of files) {
    const response = await request.get(`/assets/${name}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-encoding'], name).toBe('gzip');
    expect(response.headers()['cache-control'], name).toBe('public, max-age=31536000, immutable');
  }
});

test('an unknown path answers 404 with the helpful page', async ({ page }) => {
  const response = await page.goto('/definitely/not/here');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(
    page.getByRole('textbox', { name: 'Paste or type the message you received' }),
  ).toBeVisible();
});

test('a trailing slash redirects to the page', async ({ page }) => {
  await page.goto('/reasons/unclear-certificate-image/');
  await expect(page).toHaveURL(/\/reasons\/unclear-certificate-image$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('unclear');
});

test('a reason page is complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/reasons/certificate-not-in-database');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Certificate not found in the database, or newly issued',
  );
  await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  await expect(page.getByText('Certificate cannot be found in the database').first()).toBeVisible();
  await expect(page).toHaveTitle(/Certificate not found in the database/);
  await context.close();
});
