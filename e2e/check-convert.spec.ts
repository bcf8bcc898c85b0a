// "Fix it here": a file failing only on format, name or size becomes a JPEG that passes.
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

for (const [name, failing] of [
  ['big.jpg', 'size'],
  ['renamed-png.jpg', 'extension'],
  ['good.gif', 'format'],
] as const) {
  test(`${name} (fails on ${failing}) converts into a JPEG that passes`, async ({
    page,
  }, testInfo) => {
    await checkFile(page, fixture(dir, name));
    await expect(check(page, failing)).toHaveAttribute('data-status', 'fail');
    await page.getByRole('button', { name: 'Make a JPEG copy that fits' }).click();

    const copyName = name.replace(/\.[^.]+$/, '-converted.jpg');
    await expect(page.locator('[data-verdict]')).toContainText(copyName, { timeout: 20_000 });
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pass');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: `Download ${copyName}` }).click();
    const path = testInfo.outputPath(copyName);
    await (await download).saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThanOrEqual(56_320);
    expect(bytes.length).toBeLessThanOrEqual(5_000_000);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    // The downloaded file, checked afresh, passes.
    await page.goto('/check');
    await checkFile(page, path);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pass');
  });
}

test('no conversion is offered when the picture itself has a problem', async ({ page }) => {
  await checkFile(page, fixture(dir, 'gray.jpg'));
  await expect(page.getByRole('button', { name: 'Make a JPEG copy that fits' })).toHaveCount(0);
});
