// The whole certificate in the picture (`complete`), and the photo shown back with what the checks
// saw drawn on it: the outline, the cut-off edge, the seal. The photo never leaves the browser.
import type { Page } from '@playwright/test';
import { check, checkFile } from './fixtures/check-page';
import { expectFitsPhone } from './fixtures/fits-phone';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});

const picture = (page: Page) => page.locator('figure[data-picture]');

test('a certificate on a table with all four edges visible passes, its outline drawn', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'on-table.jpg'), 'Business license');
  await expect(check(page, 'complete')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'complete')).toContainText(
    'All four edges of the certificate are in the picture.',
  );
  await expect(check(page, 'complete').getByRole('link')).toHaveAttribute(
    'href',
    /\/reasons\/incomplete-registrant-certificate$/,
  );
  // The photo, from this device, with the outline and the seal listed in words.
  const figure = picture(page);
  await expect(figure.getByRole('heading', { name: 'What we saw in your photo' })).toBeVisible();
  const photo = figure.getByRole('img', { name: /Your photo, with what we found marked on it/ });
  await expect(photo).toBeVisible();
  expect(await photo.getAttribute('src')).toMatch(/^blob:/);
  await expect(figure.locator('[data-mark]')).toHaveText([
    'Solid green line: the edges of the certificate we found.',
    'Purple ring marked “seal”: where we found the red seal.',
  ]);
  await expect(figure.locator('svg polygon').first()).toBeAttached();
});

test('a certificate whose left edge is cut off fails, and the cut edge is marked', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'cut-left.jpg'));
  await expect(check(page, 'complete')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'complete')).toContainText(
    'The left edge of the certificate is cut off',
  );
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  const figure = picture(page);
  await expect(figure.locator('[data-mark="cut"]')).toHaveText(
    'Red dashed line marked “cut off”: the certificate runs off the left of the picture.',
  );
  // Drawn as a dashed line along the picture's left border, with the words on the photo.
  const cut = figure.locator('svg g[stroke-dasharray] line');
  await expect(cut.first()).toBeAttached();
  expect(Number(await cut.first().getAttribute('x1'))).toBeLessThan(20);
  await expect(figure.locator('svg text', { hasText: 'cut off' })).toBeAttached();
});

test('a blank sheet running off the right warns that its border is missing, not that it is cut', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'blank-sheet-cut-right.jpg'));
  await expect(check(page, 'complete')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'complete')).toContainText('its border there is not in it');
  const figure = picture(page);
  await expect(figure.locator('[data-mark="cut"]')).toHaveText(
    'Red dashed line marked “border missing”: the certificate reaches the right of the picture, so its border there is not in it.',
  );
  await expect(figure.locator('svg text', { hasText: 'border missing' })).toBeAttached();
  await expect(figure.locator('svg text', { hasText: 'cut off' })).toHaveCount(0);

  await page.goto('/zh/check');
  await checkFile(page, fixture(dir, 'blank-sheet-cut-right.jpg'));
  await expect(check(page, 'complete')).toContainText('那一边的边框没拍进来');
  await expect(picture(page).locator('svg text', { hasText: '缺边框' })).toBeAttached();
});

test('a scan cropped to the page is not judged, and says why', async ({ page }) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'good.jpg'));
  await expect(check(page, 'complete')).toHaveAttribute('data-status', 'skip');
  await expect(check(page, 'complete')).toContainText('fill the whole picture');
});

test('glare is boxed on the photo and listed', async ({ page }) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'glare.jpg'));
  await expect(check(page, 'exposure')).toHaveAttribute('data-status', 'warn');
  await expect(picture(page).locator('[data-mark="glare"]')).toContainText('glare');
  await expect(picture(page).locator('svg text', { hasText: 'glare' }).first()).toBeAttached();
});

test('the photo’s object URL is let go when another file is chosen', async ({ page }) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'cut-left.jpg'));
  const first = await picture(page).getByRole('img').getAttribute('src');
  expect(first).toMatch(/^blob:/);
  await checkFile(page, fixture(dir, 'on-table.jpg'));
  await expect(picture(page).getByRole('img')).not.toHaveAttribute('src', first!);
  // (The CSP lets blob: URLs be shown as images, never fetched.)
  const stillThere = await page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const probe = new Image();
        probe.onload = () => resolve(true);
        probe.onerror = () => resolve(false);
        probe.src = url;
      }),
    first!,
  );
  expect(stillThere).toBe(false);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('the marked photo fits and passes axe', async ({ page }) => {
    await page.goto('/check');
    await checkFile(page, fixture(dir, 'cut-left.jpg'));
    await expect(picture(page).getByRole('img')).toBeVisible();
    const box = await picture(page).getByRole('img').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    // The file input itself is visually hidden behind its big label.
    await expectFitsPhone(page, 'a, button, select, label:has(input)');
  });
});

test('in Chinese: the cut edge and the marks are said in Chinese', async ({ page }) => {
  await page.goto('/zh/check');
  await checkFile(page, fixture(dir, 'cut-left.jpg'));
  await expect(check(page, 'complete')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'complete')).toContainText('证件的左边被切掉了');
  const figure = picture(page);
  await expect(figure.getByRole('heading', { name: '我们在照片上看到的' })).toBeVisible();
  await expect(figure.locator('[data-mark="cut"]')).toContainText('证件从图片的左边超出了画面');
  await expect(figure.locator('svg text', { hasText: '被切掉' })).toBeAttached();
  expect(await figure.innerText()).not.toMatch(/[A-Za-z]{3,}/);
});
