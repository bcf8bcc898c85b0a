import { expect, test } from './test';

test('an unknown page is a helpful 404 with the lookup box', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page).toHaveTitle(/Page not found/);
  await page
    .getByRole('textbox', { name: 'Paste or type the message you received' })
    .fill('Newly issued certificate');
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'certificate-not-in-database',
  );
});

test('an unknown reason slug suggests the nearest reason', async ({ page }) => {
  await page.goto('/reasons/file-size-invald');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.locator('[data-reason]').first()).toHaveAttribute(
    'data-reason',
    'file-size-invalid',
  );
});

test('a mangled slug in upper case goes to its page', async ({ page }) => {
  await page.goto('/reasons/File-Size-Invalid');
  await expect(page).toHaveURL(/\/reasons\/file-size-invalid$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('file size');
});

test('back and forward move between home, a reason and the lookup', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Certificate image is not acceptable/ }).click();
  await expect(page).toHaveURL(/\/reasons\/invalid-registrant-certificate$/);
  await page.getByRole('link', { name: 'Search for the text you received' }).click();
  await expect(page).toHaveURL(/\/lookup$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Certificate image is not acceptable',
  );
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Real-name verification rejected?',
  );
  await page.goForward();
  await expect(page).toHaveURL(/\/reasons\/invalid-registrant-certificate$/);
  await expect(page).toHaveTitle(/Certificate image is not acceptable/);
});

test('the header links are reachable with the keyboard', async ({ page }) => {
  await page.goto('/reasons/file-format-invalid');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '← All rejection reasons' })).toBeFocused();
});

test.describe('without a service worker, so the page sees the network fail', () => {
  test.use({ serviceWorkers: 'block' });

  test('a page that fails to load shows a way back and keeps the header', async ({ page }) => {
    await page.goto('/reasons/invalid-registrant-contact-information');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The connection drops just as the person opens the name tool.
    const chunk = /\/assets\/name-match-[^/]*\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: /Compare the two names/ }).click();
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.unroute(chunk);
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Real-name verification rejected?',
    );
  });
});
