// The checker on a real phone photo (e2e/real-photos/handwriting-text5.jpg, a handwritten sheet on
// a wooden desk; MIT, see e2e/real-photos/manifest.json) and on problems made from it the way
// `npm run eval:images` makes them: a subset of that evaluation, in a real browser, through the
// worker and the browser's own decoder.
import { join } from 'node:path';
import { check, checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

const realPhoto = join(import.meta.dirname, 'real-photos', 'handwriting-text5.jpg');

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});

test('a good phone photo of a whole sheet on a desk passes the picture checks', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, realPhoto);
  for (const id of ['complete', 'sharpness', 'exposure', 'dimensions']) {
    await expect(check(page, id), id).toHaveAttribute('data-status', 'pass');
  }
  // A colour photo of a sheet with no colour on it: said gently, never "little colour".
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'skip');
  await expect(check(page, 'color')).toContainText('we cannot tell whether it is the original');
  await expect(page.locator('figure[data-picture] [data-mark="outline"]')).toBeVisible();
});

test('the same photo with the bottom of the sheet cut off fails “complete”', async ({ page }) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'real-cut-bottom.jpg'));
  await expect(check(page, 'complete')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'complete')).toContainText(
    'The bottom edge of the certificate is cut off',
  );
  await expect(page.locator('figure[data-picture] [data-mark="cut"]')).toContainText('bottom');
});

test('the same photo overexposed is called washed out, and the white is boxed', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'real-overexposed.jpg'));
  await expect(check(page, 'exposure')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'exposure')).toContainText('washed out to white');
  await expect(page.locator('figure[data-picture] [data-mark="glare"]')).toBeVisible();
});

test('the same photo taken with a moving hand is called blurred', async ({ page }) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'real-motion-blur.jpg'));
  await expect(check(page, 'sharpness')).toHaveAttribute('data-status', /^(warn|fail)$/);
  await expect(page.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'pass');
});

test('a big portrait photo stored on its side (EXIF orientation 6) is judged as it is seen', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'real-cut-bottom-sideways.jpg'));
  // The bottom as the person sees it, not the side the pixels lie on in the file. (Whether the
  // thin pen strokes at the cut still count as print after the enlarging is borderline: warn or
  // fail, the side is what this test is about.)
  await expect(check(page, 'complete')).toHaveAttribute('data-status', /^(warn|fail)$/);
  await expect(check(page, 'complete')).toContainText(/the bottom edge/i);
  // The marks are drawn on the upright picture: portrait, like the photo shown under them.
  const overlay = page.locator('figure[data-picture] svg').first();
  const viewBox = await overlay.getAttribute('viewBox');
  const [, , width, height] = viewBox!.split(' ').map(Number);
  expect(height).toBeGreaterThan(width!);
});
