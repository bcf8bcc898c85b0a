// Checks that need only the file: format (from its bytes), name ending, size.
import { readFileSync } from 'node:fs';
import { check, checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});
test.beforeEach(async ({ page }) => {
  await page.goto('/check');
});

test('format: JPEG, PNG, WebP, BMP and HEIC are accepted', async ({ page }) => {
  for (const name of ['good.jpg', 'good.png', 'good.webp', 'good.bmp', 'good.heic']) {
    await checkFile(page, fixture(dir, name));
    await expect(check(page, 'format'), name).toHaveAttribute('data-status', 'pass');
  }
});

test('format: anything else fails and says what it really is', async ({ page }) => {
  for (const [name, says] of [
    ['good.gif', /GIF image/],
    ['good.tiff', /TIFF image/],
    ['scan.pdf', /PDF document/],
    ['script.svg', /SVG drawing/],
    ['notes.txt', /text file/],
    ['random.jpg', /not a picture we recognise/],
    ['empty.jpg', /empty/],
  ] as const) {
    await checkFile(page, fixture(dir, name));
    await expect(check(page, 'format'), name).toHaveAttribute('data-status', 'fail');
    await expect(check(page, 'format'), name).toContainText(says);
    await expect(page.locator('[data-verdict]'), name).toHaveAttribute('data-verdict', 'fail');
  }
});

test('extension: must match the real format, whatever its case', async ({ page }) => {
  await checkFile(page, fixture(dir, 'renamed-png.jpg'));
  await expect(check(page, 'extension')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'extension')).toContainText('really a PNG image');
  await expect(check(page, 'format')).toHaveAttribute('data-status', 'pass');

  const input = page.locator('input[type=file]');
  await input.setInputFiles({
    name: 'ID-CARD.JPG',
    mimeType: 'image/jpeg',
    buffer: readFileSync(fixture(dir, 'good.jpg')),
  });
  await expect(page.locator('[data-verdict]')).toContainText('ID-CARD.JPG');
  await expect(check(page, 'extension')).toHaveAttribute('data-status', 'pass');

  // A PDF renamed to .jpg: renaming does not convert.
  await input.setInputFiles({
    name: 'licence.jpg',
    mimeType: 'image/jpeg',
    buffer: readFileSync(fixture(dir, 'scan.pdf')),
  });
  await expect(page.locator('[data-verdict]')).toContainText('licence.jpg');
  await expect(check(page, 'extension')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'extension')).toContainText('PDF document');
});

test('size: pass only where both readings of 55 KB–5 MB accept, warn in between', async ({
  page,
}) => {
  for (const [name, status, says] of [
    ['too-small.jpg', 'fail', /smaller than the 55 KB minimum/],
    ['size-low-band.jpg', 'warn', /1,024 bytes/],
    ['good.jpg', 'pass', /within 55 KB to 5 MB/],
    ['size-high-band.jpg', 'warn', /5,000,000 bytes or less/],
    ['big.jpg', 'fail', /larger than the 5 MB maximum/],
  ] as const) {
    await checkFile(page, fixture(dir, name));
    await expect(check(page, 'size'), name).toHaveAttribute('data-status', status);
    await expect(check(page, 'size'), name).toContainText(says);
  }
});
