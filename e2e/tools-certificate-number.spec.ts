import { expectFitsPhone } from './fixtures/fits-phone';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const result = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Result' });
const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /number/ });

test('finds a letter O in a resident identity card number, points at it and shows the correction, on a phone', async ({
  page,
}) => {
  await page.goto('/tools/certificate-number');
  await page.getByLabel('Certificate type').selectOption({ label: 'Resident identity card' });
  await page.getByLabel('Certificate number').fill('11O105 19491231 002x');
  await page.getByRole('button', { name: 'Check number' }).click();

  await expect(status(page)).toContainText('will be rejected');
  await expect(status(page)).toContainText('Corrected number: 11010519491231002X');
  await expect(result(page)).toHaveAttribute('data-verdict', 'fail');
  await expect(result(page).getByText('Removed 2 spaces')).toBeVisible();
  await expect(
    result(page).getByText('Changed 1 lower-case letter to capitals (x → X).'),
  ).toBeVisible();
  await expect(
    result(page).getByText(
      'Position 3: you typed the letter O, but a resident identity card number has only digits there.',
    ),
  ).toBeVisible();

  await expectFitsPhone(page);

  // Every message links to the reason page it prevents.
  await result(page)
    .getByRole('link', { name: /Rejection this prevents: Certificate type or certificate number/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/reasons\/invalid-certificate-type-or-number$/);
});

test('keyboard alone; business license “(1-1)”; a failed checksum warns; a type change re-checks', async ({
  page,
}) => {
  // The reason page links to the tool that prevents it.
  await page.goto('/reasons/invalid-certificate-type-or-number');
  await page.getByRole('link', { name: /Check your certificate number/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check your certificate number' }),
  ).toBeVisible();
  await page.getByLabel('Certificate type').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Certificate number')).toBeFocused();
  await page.keyboard.type('91110000600037341L');
  await page.keyboard.press('Enter');
  await expect(result(page).getByText(/This is a Unified Social Credit Code/)).toBeVisible();
  await page.getByLabel('Certificate type').selectOption('business-license');
  await expect(status(page)).toHaveText('The number passed the checks.');
  await expect(result(page)).toHaveAttribute('data-verdict', 'pass');

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
