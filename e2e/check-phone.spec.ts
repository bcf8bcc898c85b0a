// The checker on a 360 px phone: fits, big targets, labels, keyboard, results announced.
import AxeBuilder from '@axe-core/playwright';
import { checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('fits a 360 px screen with 44 px targets and no accessibility violations', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'renamed-png.jpg'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const small = await page
    .locator(
      'main a, main button, main label:has(input[type=radio]), main label[for], main input:not([type])',
    )
    .evaluateAll((els) =>
      els
        // A text field's label is not what is tapped: the field is (and is checked as an input).
        .filter(
          (el) =>
            !(el instanceof HTMLLabelElement) ||
            !(el.control instanceof HTMLInputElement) ||
            ['file', 'radio', 'checkbox'].includes(el.control.type),
        )
        .map((el) => ({
          text: (el.textContent ?? '').trim().slice(0, 40),
          h: el.getBoundingClientRect().height,
        }))
        .filter((t) => t.h < 44),
    );
  expect(small).toEqual([]);
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the file input offers the camera and the gallery on phones', async ({ page }) => {
  await page.goto('/check');
  const input = page.locator('input[type=file]');
  // image/* is what makes phone browsers offer "Take photo" next to the gallery and files…
  const accept = ((await input.getAttribute('accept')) ?? '')
    .split(',')
    .map((a) => a.trim().toLowerCase());
  expect(accept).toContain('image/*');
  // …and no `capture`: forcing it would open the camera only, hiding the gallery and files.
  expect(await input.getAttribute('capture')).toBeNull();
  // One file at a time.
  expect(await input.getAttribute('multiple')).toBeNull();
});

test('works from the keyboard and announces the result', async ({ page }) => {
  await page.goto('/check');
  const input = page.locator('input[type=file]');
  await expect(page.getByLabel('Choose a photo or file')).toHaveCount(1);
  await expect(
    page
      .getByRole('radiogroup', { name: /What is the document/ })
      .or(page.getByRole('group', { name: /What is the document/ })),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Resident identity card' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Business license' })).toBeChecked();
  await input.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(fixture(dir, 'gray.jpg'));
  await expect(page.getByRole('status')).toContainText('Check finished for gray.jpg');
  await expect(page.getByRole('status')).toContainText('likely to be refused');
});

test('a pasted picture is checked too', async ({ page }) => {
  await page.goto('/check');
  const base64 = (await import('node:fs'))
    .readFileSync(fixture(dir, 'good.webp'))
    .toString('base64');
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
  }, base64);
  await expect(page.locator('[data-verdict]')).toContainText('image.png', { timeout: 15_000 });
  await expect(page.locator('[data-check="format"]')).toHaveAttribute('data-status', 'pass');
});

test('a dropped file is checked too', async ({ page }) => {
  await page.goto('/check');
  const base64 = (await import('node:fs'))
    .readFileSync(fixture(dir, 'gray.jpg'))
    .toString('base64');
  const transfer = await page.evaluateHandle((data) => {
    const t = new DataTransfer();
    t.items.add(
      new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'dropped.jpg', {
        type: 'image/jpeg',
      }),
    );
    return t;
  }, base64);
  const zone = page.locator('div.border-dashed');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('[data-verdict]')).toContainText('dropped.jpg', { timeout: 15_000 });
});
