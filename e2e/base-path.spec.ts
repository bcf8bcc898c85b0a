// Runs against a build made with BASE_PATH=/help/realname/ (npm run test:base-path).
import { expect, test } from './test';

const base = process.env.E2E_BASE_PATH ?? '/help/realname/';

test('the portal works under a sub-path', async ({ page, request }) => {
  await page.goto(`${base}reasons/file-format-invalid`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('file format');
  for (const src of await page
    .locator('script[src], link[href]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''))) {
    // Canonical and alternate-language links are whole URLs (they name the public origin).
    expect(new URL(src, page.url()).pathname.startsWith(base), `${src} is under ${base}`).toBe(
      true,
    );
  }
  await page.getByRole('link', { name: '← All rejection reasons' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await page
    .getByRole('textbox', { name: 'Paste or type the message you received' })
    .fill('Lack of registrant certificate');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}lookup\\?q=Lack`));
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'missing-registrant-certificate',
  );

  const manifest = await (await request.get(`${base}reasons.json`)).json();
  expect(manifest.reasons[0].path.startsWith(`${base}reasons/`)).toBe(true);
});
