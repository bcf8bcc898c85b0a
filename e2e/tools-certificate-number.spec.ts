import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/tools/certificate-number');
});

const result = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Result' });
const status = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /number/ });

test('finds a letter O in a resident identity card number, points at it and shows the correction', async ({ page }) => {
  await page.getByLabel('Certificate type').selectOption({ label: 'Resident identity card (18-digit number)' });
  await page.getByLabel('Certificate number').fill('11O105 19491231 002x');
  await page.getByRole('button', { name: 'Check number' }).click();

  await expect(status(page)).toContainText('will be rejected');
  await expect(status(page)).toContainText('Corrected number: 11010519491231002X');
  await expect(result(page)).toHaveAttribute('data-verdict', 'fail');
  await expect(result(page).getByText('Removed 2 spaces')).toBeVisible();
  await expect(result(page).getByText('Changed 1 lower-case letter to capitals (x → X).')).toBeVisible();
  await expect(
    result(page).getByText('Position 3: you typed the letter O, but a resident identity card number has only digits there.'),
  ).toBeVisible();

  // Every message links to the reason page it prevents.
  await result(page).getByRole('link', { name: /Rejection this prevents: Certificate type or certificate number/ }).first().click();
  await expect(page).toHaveURL(/\/reasons\/invalid-certificate-type-or-number$/);
});

test('works from the keyboard alone, and passes a valid number', async ({ page }) => {
  await page.getByLabel('Certificate type').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Certificate number')).toBeFocused();
  await page.keyboard.type('11010519491231002X');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('The number passed the checks.');
  await expect(result(page)).toHaveAttribute('data-verdict', 'pass');
});

test('business license: leave out “(1-1)”, and a failed checksum is a warning, not a block', async ({ page }) => {
  await page.getByLabel('Certificate type').selectOption('business-license');
  await page.getByLabel('Certificate number').fill('91110000600037341L（1-1）');
  await page.getByLabel('Certificate number').press('Enter');
  await expect(result(page).getByText('Leave out the duplicate number “(1-1)”.')).toBeVisible();
  await expect(status(page)).toContainText('Corrected number: 91110000600037341L');

  await page.getByLabel('Certificate number').fill('91110000600037341M');
  await page.getByLabel('Certificate number').press('Enter');
  await expect(result(page)).toHaveAttribute('data-verdict', 'warn');
  await expect(result(page).getByText(/you can still submit it/)).toBeVisible();
  await expect(result(page).getByText(/400-807-6000/)).toBeVisible();
});

test('changing the certificate type checks the number again', async ({ page }) => {
  await page.getByLabel('Certificate number').fill('91110000600037341L');
  await page.getByRole('button', { name: 'Check number' }).click();
  await expect(result(page).getByText(/This is a Unified Social Credit Code/)).toBeVisible();
  await page.getByLabel('Certificate type').selectOption('business-license');
  await expect(status(page)).toHaveText('The number passed the checks.');
});

test('fits a phone: no sideways scrolling, targets at least 44 px, labelled fields, no axe violations', async ({ page }) => {
  await page.getByLabel('Certificate number').fill('44O3O5197311150BB5');
  await page.getByRole('button', { name: 'Check number' }).click();
  await expect(result(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const target of await page.getByRole('main').locator('a, button, input, select').all()) {
    const box = await target.boundingBox();
    expect(box?.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }
  const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
