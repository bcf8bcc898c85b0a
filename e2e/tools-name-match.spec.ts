import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('shows every difference between the two names, and flags a shortened name', async ({ page }) => {
  await page.goto('/tools/name-match');
  const registrant = page.getByRole('textbox', { name: 'Registrant name' });
  const certificate = page.getByRole('textbox', { name: 'Name on the certificate' });
  const status = page.getByRole('status');
  const result = page.getByRole('region', { name: 'Result' });

  await registrant.fill('杭州某某（集团）有限公司');
  await certificate.fill('杭州某某(集团)有限公司');
  await page.getByRole('button', { name: 'Compare names' }).click();
  await expect(status).toHaveText('The names differ: 2 differences.');
  await expect(result).toHaveAttribute('data-verdict', 'fail');
  await expect(result.getByText('Character 5: the registration has “（” (U+FF08, full-width)')).toBeVisible();

  await registrant.fill('杭州某某');
  await registrant.press('Enter');
  await expect(status).toContainText('the registrant name looks shortened');
  await expect(result.getByText(/Do not use abbreviated or shortened names/)).toBeVisible();

  await registrant.fill('杭州某某(集团)有限公司');
  await registrant.press('Enter');
  await expect(status).toHaveText('The names are exactly the same.');
  await result.getByRole('link', { name: /Registrant information does not match the certificate/ }).first().click();
  await expect(page).toHaveURL(/\/reasons\/inconsistent-registrant-information$/);
});

test('fits a phone: no sideways scrolling, targets at least 44 px, no axe violations', async ({ page }) => {
  await page.goto('/tools/name-match');
  await page.getByRole('textbox', { name: 'Registrant name' }).fill('Example Tech Co., Ltd.');
  await page.getByRole('textbox', { name: 'Name on the certificate' }).fill('Example Technology Co., Ltd.');
  await page.getByRole('button', { name: 'Compare names' }).click();
  await expect(page.getByRole('region', { name: 'Result' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const target of await page.getByRole('main').locator('a, button, textarea').all()) {
    const box = await target.boundingBox();
    expect(box?.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }
  const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
