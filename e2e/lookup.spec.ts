import { expect, test } from './test';

const results = (page: import('@playwright/test').Page) => page.locator('[data-reason]');

test('an email deep link ranks the right reason first', async ({ page }) => {
  const email =
    'Hello, the real-name review of example-shop.cn (order 2025010400123) finished. Result: not approved. ' +
    'Reason: Submitted information inconsistent with registrant information. Please correct it.';
  await page.goto(`/lookup?q=${encodeURIComponent(email)}`);
  await expect(results(page).first()).toHaveAttribute(
    'data-reason',
    'inconsistent-registrant-information',
  );
  await expect(
    page.getByRole('textbox', { name: 'Paste or type the message you received' }),
  ).toHaveValue(email);
  await expect(results(page).first()).toContainText('Matched:');
});

test('typing updates results and the URL without a history entry per key', async ({ page }) => {
  await page.goto('/lookup');
  const box = page.getByRole('textbox', { name: 'Paste or type the message you received' });
  await expect(box).toBeFocused();
  const historyBefore = await page.evaluate(() => history.length);
  await box.pressSequentially('Certificate number cannot be found', { delay: 5 });
  await expect(results(page).first()).toHaveAttribute(
    'data-reason',
    'certificate-number-not-found',
  );
  await expect(page).toHaveURL(/\/lookup\?q=Certificate\+number\+cannot\+be\+found$/);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await expect(
    page.getByRole('status').filter({ hasText: /matching reasons? found/ }),
  ).toBeVisible();
});

test('clicking a result opens its reason page, and back returns to the results', async ({
  page,
}) => {
  await page.goto(`/lookup?q=${encodeURIComponent('Unclear or covered photo of certificate')}`);
  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/reasons\/unclear-certificate-image$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('unclear');
  await page.goBack();
  await expect(page).toHaveURL(/\/lookup\?q=Unclear/);
  await expect(results(page).first()).toHaveAttribute('data-reason', 'unclear-certificate-image');
  await page.goForward();
  await expect(page).toHaveURL(/\/reasons\/unclear-certificate-image$/);
});

test('the home page box shows results as you type and Enter opens the lookup page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'All rejection reasons' })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Paste or type the message you received' });
  await box.fill('Sensitive words.');
  await expect(results(page).first()).toHaveAttribute(
    'data-reason',
    'sensitive-words-in-domain-name',
  );
  await box.press('Enter');
  await expect(page).toHaveURL(/\/lookup\?q=Sensitive\+words\./);
  await expect(results(page).first()).toHaveAttribute(
    'data-reason',
    'sensitive-words-in-domain-name',
  );
});

test('nonsense gets a friendly message and the full list', async ({ page }) => {
  await page.goto('/lookup?q=zzqxv%20wpqk');
  await expect(page.getByText('No rejection reason matches that text.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'All rejection reasons' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Certificate image is incomplete/ })).toBeVisible();
});

test('several messages in one paste bring up each reason', async ({ page }) => {
  const q =
    'Reason 1: Unclear or covered photo of certificate. Reason 2: Inconsistent registrant information.';
  await page.goto(`/lookup?q=${encodeURIComponent(q)}`);
  await expect(results(page).first()).toBeVisible();
  const top = await results(page).evaluateAll((els) =>
    els.slice(0, 3).map((e) => e.getAttribute('data-reason')),
  );
  expect(top).toContain('unclear-certificate-image');
  expect(top).toContain('inconsistent-registrant-information');
});
