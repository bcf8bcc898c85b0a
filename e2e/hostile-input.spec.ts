import { expect, test } from './test';

const box = (page: import('@playwright/test').Page) =>
  page.getByRole('textbox', { name: 'Paste or type the message you received' });

test('100 KB of pasted text is searched by its first part, and the page keeps working', async ({
  page,
}) => {
  await page.goto('/lookup');
  const huge = `Reason: Incomplete registrant certificate. ${'lorem '.repeat(20_000)}`;
  await box(page).fill(huge);
  await expect(page.getByText(/only its first 4,000 characters were searched/)).toBeVisible();
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'incomplete-registrant-certificate',
  );
  // The page writes the query into its URL just after the results show: wait for it.
  await expect
    .poll(() => new URL(page.url()).searchParams.get('q')?.length ?? Infinity)
    .toBeLessThanOrEqual(4000);
});

test('HTML and script in a paste stay inert text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const q = '<img src=x onerror=alert(1)><script>alert(2)</script>"Invalid registrant certificate"';
  await page.goto(`/lookup?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'invalid-registrant-certificate',
  );
  await expect(box(page)).toHaveValue(q);
  await expect(page).toHaveTitle(/<img src=x/);
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('control characters, emoji and mixed scripts get an answer', async ({ page }) => {
  const q =
    '\u0000\u0007\u202e😀 实名认证失败 Reason：Unclear or covered photo of certificate\u0008 🙏';
  await page.goto('/lookup');
  await box(page).fill(q);
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'unclear-certificate-image',
  );
});

test('a q parameter with broken percent-encoding still answers', async ({ page }) => {
  await page.goto('/lookup?q=Sensitive%20words%E0%A4%A%ZZ');
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'sensitive-words-in-domain-name',
  );
});

test('odd URLs get a helpful page, never a blank one', async ({ page, baseURL }) => {
  for (const path of [
    '/reasons/unclear-certificate-image/',
    '//reasons//unclear-certificate-image',
    '/REASONS/UNCLEAR-CERTIFICATE-IMAGE',
    `/reasons/${'x'.repeat(3000)}`,
    '/reasons/%E0%A4%A',
    '/lookup/extra/segments',
  ]) {
    // A plain string: `//x` would otherwise be read as a host name.
    await page.goto(`${new URL(baseURL!).origin}${path}`);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(
      page
        .getByRole('textbox', { name: 'Paste or type the message you received' })
        .or(page.getByRole('heading', { name: 'How to fix it' })),
      path,
    ).toBeVisible();
  }
});
