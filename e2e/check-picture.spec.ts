// Checks that look at the picture: it decodes, its size in pixels, colour, sharpness, light, seal.
import { check, checkFile, statuses } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});
test.beforeEach(async ({ page }) => {
  await page.goto('/check');
});

test('a clean colour scan of a business license passes every check', async ({ page }) => {
  await checkFile(page, fixture(dir, 'good.jpg'), 'Business license');
  expect(await statuses(page)).toEqual({
    format: 'pass',
    extension: 'pass',
    size: 'pass',
    decode: 'pass',
    dimensions: 'pass',
    color: 'pass',
    sharpness: 'pass',
    exposure: 'pass',
    mirror: 'pass',
    edited: 'pass',
    seal: 'pass',
    complete: 'skip',
    // Compared only when the person asks for the reading (e2e/check-reading.spec.ts).
    'number-match': 'skip',
    'name-match': 'skip',
    'type-match': 'skip',
  });
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pass');
  await expect(
    page.getByRole('heading', { name: 'Your file looks ready to upload' }),
  ).toBeVisible();
});

test('decode: a cut-off JPEG fails with clear words', async ({ page }) => {
  await checkFile(page, fixture(dir, 'truncated.jpg'));
  await expect(check(page, 'decode')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'decode')).toContainText('cut off');
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'skip');
});

test('decode: HEIC is decoded by the WASM decoder for the pixel checks', async ({ page }) => {
  await checkFile(page, fixture(dir, 'good.heic'));
  const found = await statuses(page);
  expect(found).toMatchObject({
    format: 'pass',
    decode: 'pass',
    color: 'pass',
    sharpness: 'pass',
    exposure: 'pass',
  });
});

test('dimensions: 1×1 fails, 600 px wide warns', async ({ page }) => {
  await checkFile(page, fixture(dir, 'tiny.png'));
  await expect(check(page, 'dimensions')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'dimensions')).toContainText('1 × 1 pixels');
  await checkFile(page, fixture(dir, 'small.jpg'));
  await expect(check(page, 'dimensions')).toHaveAttribute('data-status', 'warn');
});

test('color: a grey copy fails; a white page with a red seal is colour', async ({ page }) => {
  await checkFile(page, fixture(dir, 'gray.jpg'));
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'color')).toContainText('black-and-white');
  await checkFile(page, fixture(dir, 'good.jpg'));
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'pass');
});

test('sharpness: an out-of-focus photo fails; a large clean scan with plain margins passes', async ({
  page,
}) => {
  await checkFile(page, fixture(dir, 'blurred.jpg'));
  await expect(check(page, 'sharpness')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'sharpness')).toContainText('blurred');
  await checkFile(page, fixture(dir, 'large-scan.jpg'));
  await expect(check(page, 'sharpness')).toHaveAttribute('data-status', 'pass');
});

test('exposure: glare over the text and a very dark photo warn', async ({ page }) => {
  await checkFile(page, fixture(dir, 'glare.jpg'));
  await expect(check(page, 'exposure')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'exposure')).toContainText('glare');
  await checkFile(page, fixture(dir, 'dark.jpg'));
  await expect(check(page, 'exposure')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'exposure')).toContainText('dark');
});

test('seal: skipped unless the document is a license; missing seal warns', async ({ page }) => {
  await checkFile(page, fixture(dir, 'no-seal.jpg'));
  await expect(check(page, 'seal')).toHaveAttribute('data-status', 'skip');
  // Saying what the document is re-checks the same file.
  await page.getByRole('radio', { name: 'Business license' }).check();
  await expect(check(page, 'seal')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'seal')).toContainText('red seal');
  await page.getByRole('radio', { name: 'Organization certificate' }).check();
  await checkFile(page, fixture(dir, 'good.jpg'));
  await expect(check(page, 'seal')).toHaveAttribute('data-status', 'pass');
});

test('every check links to the reason page it helps avoid', async ({ page }) => {
  await checkFile(page, fixture(dir, 'gray.jpg'));
  await check(page, 'color').getByRole('link').click();
  await expect(page).toHaveURL(/\/reasons\/invalid-registrant-certificate$/);
});
