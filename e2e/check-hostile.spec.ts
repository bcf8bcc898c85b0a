// Hostile and huge files: each gets a verdict within seconds, in words, and the page stays usable.
import { check } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});

const cases = [
  { name: 'huge-100mp.png', verdict: 'warn', check: 'decode', says: /100 million/ },
  { name: 'bomb.png', verdict: 'warn', check: 'decode', says: /20000 × 20000 pixels/ },
  { name: 'sparse-200mb.jpg', verdict: 'fail', check: 'size', says: /larger than the 5 MB maximum/ },
  { name: 'empty.jpg', verdict: 'fail', check: 'format', says: /empty/ },
  { name: 'random.jpg', verdict: 'fail', check: 'format', says: /not a picture we recognise/ },
  { name: 'truncated.jpg', verdict: 'fail', check: 'decode', says: /cut off/ },
  { name: 'script.svg', verdict: 'fail', check: 'format', says: /SVG drawing/ },
  { name: 'garbage.heic', verdict: 'fail', check: 'decode', says: /could not be opened/ },
] as const;

test('each hostile file gets a verdict within seconds, and the page stays responsive', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/check');
  for (const c of cases) {
    const started = Date.now();
    await page.locator('input[type=file]').setInputFiles(fixture(dir, c.name));
    await expect(page.locator('[data-verdict]'), c.name).toContainText(c.name, { timeout: 5_000 });
    expect(Date.now() - started, c.name).toBeLessThan(5_000);
    await expect(page.locator('[data-verdict]'), c.name).toHaveAttribute('data-verdict', c.verdict);
    await expect(check(page, c.check), c.name).toContainText(c.says);
    // The main thread answers at once: nothing heavy ran on it.
    const lag = await page.evaluate(
      () => new Promise<number>((resolve) => {
        const t = performance.now();
        setTimeout(() => resolve(performance.now() - t), 0);
      }),
    );
    expect(lag, c.name).toBeLessThan(100);
  }
});

test('a decompression bomb is judged from its header: pixel checks skipped, not attempted', async ({ page }) => {
  await page.goto('/check');
  await page.locator('input[type=file]').setInputFiles(fixture(dir, 'bomb.png'));
  for (const id of ['color', 'sharpness', 'exposure']) {
    await expect(check(page, id)).toHaveAttribute('data-status', 'skip');
  }
  await expect(check(page, 'dimensions')).toContainText('20000 × 20000');
});
