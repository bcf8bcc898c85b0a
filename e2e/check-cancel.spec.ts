// A new file cancels the check of the previous one: its result never shows up later.
import { check, checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});

test('choosing another file while checking shows only the new file’s results', async ({ page }) => {
  await page.goto('/check');
  // HEIC is the slowest check (the decoder loads first): replace it while it runs.
  await page.locator('input[type=file]').setInputFiles(fixture(dir, 'good.heic'));
  await expect(page.getByRole('status')).toHaveText('Checking good.heic…');
  await checkFile(page, fixture(dir, 'gray.jpg'));
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'fail');
  // Long enough for the HEIC check to have finished had it not been cancelled.
  await page.waitForTimeout(4_000);
  await expect(page.locator('[data-verdict]')).toContainText('gray.jpg');
  await expect(page.locator('[data-verdict]')).not.toContainText('good.heic');
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'fail');
});
