import { expectFitsPhone } from './fixtures/fits-phone';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('answers lead to a checklist whose answers live in the URL', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'What to submit' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'What to submit' })).toBeVisible();

  await page.getByRole('radio', { name: 'An individual (a person)' }).check();
  await page.getByRole('radio', { name: 'Outside the Chinese mainland' }).check();
  await page.getByRole('radio', { name: 'Foreign permanent resident ID card' }).check();
  const checklist = page.getByRole('region', { name: 'Your checklist' });
  await expect(checklist).toContainText(
    'Upload images of both the front and the back of the card.',
  );
  await expect(checklist).toContainText(
    'Individuals outside the Chinese mainland submit a passport',
  );
  await expect(page.getByRole('status').first()).toContainText('Your checklist is ready');
  await expect(page).toHaveURL(
    /who=individual&region=outside-chinese-mainland&certificate=foreign-permanent-resident-id/,
  );

  await page.getByRole('radio', { name: 'Passport' }).check();
  await page.getByRole('checkbox', { name: /issued recently/ }).check();
  await page.getByLabel('5. Which message did you receive? (optional)').selectOption({
    label: 'Certificate cannot be found in the database / Newly issued certificate',
  });
  await expect(checklist).not.toContainText(
    'Individuals outside the Chinese mainland submit a passport',
  );
  await expect(checklist).toContainText(
    'Dates: wait until the certificate has been valid for 10 calendar days',
  );

  // The same URL, opened fresh, shows the same checklist: it can be bookmarked or shared.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Passport' })).toBeChecked();
  await expect(checklist).toContainText(
    'The message you received: Certificate not found in the database, or newly issued',
  );

  await checklist.getByRole('link', { name: 'Check your certificate dates' }).click();
  await expect(page).toHaveURL(/\/tools\/certificate-dates$/);
});

test('mainland organization with a business license; military warning; keep and forget on this device', async ({
  page,
}) => {
  await page.goto(
    '/diagnose?who=organization&region=chinese-mainland&certificate=business-license',
  );
  const checklist = page.getByRole('region', { name: 'Your checklist' });
  await expect(checklist).toContainText('Country or region: select Chinese mainland');
  await expect(checklist).toContainText(
    'If the license shows a duplicate number such as (1-1), leave it out.',
  );
  await expect(checklist).toContainText(
    'the page with the organization name, the certificate number and the seal of the registration authority',
  );
  await expect(
    checklist.getByRole('link', { name: 'Check your certificate photo' }),
  ).toHaveAttribute('href', '/check');

  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page.getByText('Kept on this device.')).toBeVisible();
  await page.goto('/diagnose');
  await page.getByRole('link', { name: 'Open my kept checklist' }).click();
  await expect(checklist).toContainText('Country or region: select Chinese mainland');
  await page.getByRole('button', { name: 'Forget it on this device' }).click();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);

  await expectFitsPhone(page);

  await page.goto(
    '/diagnose?who=individual&region=chinese-mainland&certificate=resident-id&special=military',
  );
  await expect(checklist).toContainText(
    'Military personnel cannot use the resident identity card number',
  );
});

test('prints the longest checklist on one page, without the site header, nav and footer', async ({
  page,
}) => {
  await page.goto(
    '/diagnose?who=individual&region=chinese-mainland&certificate=passport&special=name-change&special=military&special=new-certificate&message=registrant-identity-authentication-failed',
  );
  await expect(page.getByRole('region', { name: 'Your checklist' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('form', { name: 'Your situation' })).toBeHidden();
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
  }
});
