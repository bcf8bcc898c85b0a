import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';

// The accessibility rules these pages can break; the full axe run is too slow for this suite.
const AXE_RULES = ['label', 'button-name', 'link-name', 'select-name', 'aria-valid-attr-value', 'aria-allowed-attr', 'color-contrast', 'list', 'listitem', 'nested-interactive', 'duplicate-id-aria'];

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('shows every difference between the two names, and flags a shortened name', async ({ page }) => {
  // The reason page links to the tool that prevents it.
  await page.goto('/reasons/invalid-registrant-contact-information');
  await page.getByRole('link', { name: /Compare the two names/ }).click();
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

  // Fits a phone: no sideways scrolling, every target at least 44 px high, no axe violations.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const smallTargets = await page.getByRole('main').evaluate(
    (main, selector) =>
      [...main.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height < 44)
        .map((el) => el.outerHTML.slice(0, 80)),
    'a, button, textarea',
  );
  expect(smallTargets).toEqual([]);
  const axe = await new AxeBuilder({ page }).include('main').withRules(AXE_RULES).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

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
