import { expectFitsPhone } from './fixtures/fits-phone';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('shows every difference between the two names, and flags a shortened name', async ({
  page,
}) => {
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
  await expect(
    result.getByText('Character 5: the registration has “（” (U+FF08, full-width)'),
  ).toBeVisible();

  await expectFitsPhone(page);

  await registrant.fill('杭州某某');
  await registrant.press('Enter');
  await expect(status).toContainText('the registrant name looks shortened');
  await expect(result.getByText(/Do not use abbreviated or shortened names/)).toBeVisible();

  await registrant.fill('杭州某某(集团)有限公司');
  await registrant.press('Enter');
  await expect(status).toHaveText('The names are exactly the same.');
  await result
    .getByRole('link', { name: /Registrant information does not match the certificate/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/reasons\/inconsistent-registrant-information$/);
});
