import { expectFitsPhone } from './fixtures/fits-phone';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, timezoneId: 'Asia/Shanghai' });

test.beforeEach(async ({ page }) => {
  // 29 November 2026, late evening in Beijing: already 29 November there, still 29th in UTC too.
  await page.clock.setFixedTime(new Date('2026-11-29T23:30:00+08:00'));
  await page.goto('/tools/certificate-dates');
});

const status = (page: import('@playwright/test').Page) => page.getByRole('status');
const result = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Result' });

test('a certificate issued 9 days ago: not yet, with the first date it can be submitted', async ({
  page,
}) => {
  await page.getByRole('textbox', { name: 'Issue date', exact: true }).fill('2026-11-20');
  await page.getByRole('checkbox', { name: /Long-term/ }).check();
  await page.getByRole('button', { name: 'Check dates' }).click();
  await expect(status(page)).toHaveText('The dates do not meet the rules yet: see below.');
  await expect(result(page).getByText('First day you can submit:')).toContainText(
    'Monday 30 November 2026',
  );
  await expectFitsPhone(page);

  await result(page)
    .getByRole('link', { name: /Certificate not found in the database, or newly issued/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/reasons\/certificate-not-in-database$/);
});

test('local calendar; expired fails; expiring soon warns; picker and typed dates agree', async ({
  page,
}) => {
  const issue = page.getByRole('textbox', { name: 'Issue date', exact: true });
  const expiry = page.getByRole('textbox', { name: 'Expiry date', exact: true });
  await expiry.fill('2026/11/28');
  await expiry.press('Enter');
  await expect(result(page)).toHaveAttribute('data-verdict', 'fail');
  await expect(result(page).getByText(/expired on Saturday 28 November 2026/)).toBeVisible();

  await expiry.fill('2026-12-10');
  await expiry.press('Enter');
  await expect(result(page)).toHaveAttribute('data-verdict', 'warn');
  await expect(
    result(page).getByText(/expires in 11 calendar days, on Thursday 10 December 2026/),
  ).toBeVisible();

  await issue.fill('05/03/2024');
  await issue.press('Enter');
  await expect(status(page)).toContainText('Write the year first');
  await expect(issue).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page)).toHaveCount(0);

  await page.getByLabel('Or pick the issue date').fill('2026-11-20');
  await expect(issue).toHaveValue('2026-11-20');
  await expiry.fill('');
  // 30 November 01:30 in Beijing is still 29 November in UTC: the local day counts.
  await page.clock.setFixedTime(new Date('2026-11-29T17:30:00Z'));
  await issue.press('Enter');
  await expect(status(page)).toHaveText('The dates meet the rules.');
});
