// Reading the certificate (issue 13), end to end in Chromium: the opt-in click downloads the
// reader from the portal itself (the privacy guard in ./test.ts fails any other request), reads
// the invented specimens of scripts/certificate-specimens.mjs, and compares with what is typed.
import { check, checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});

// The first reading downloads ~7 MB and starts the engine: slow on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });
const READ_TIMEOUT = 90_000;

const panel = (page: Page) => page.locator('section[data-reading]');

async function read(page: Page, button = 'Read the text on my certificate') {
  await page.getByRole('button', { name: button }).click();
  await expect(panel(page)).toHaveAttribute('data-reading', 'done', { timeout: READ_TIMEOUT });
}

test('before the reading, the three comparisons are skipped and nothing is downloaded', async ({
  page,
  guard,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-id-card.png'));
  for (const id of ['number-match', 'name-match', 'type-match']) {
    await expect(check(page, id)).toHaveAttribute('data-status', 'skip');
    await expect(check(page, id)).toContainText('Not compared yet');
  }
  await expect(panel(page)).toHaveAttribute('data-reading', 'idle');
  expect(guard.requests.filter((url) => /\.onnx|ort-wasm|read-text/.test(url))).toEqual([]);
});

test('reads an ID card and compares the number and name with what was entered', async ({
  page,
  guard,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-id-card.png'), 'Resident identity card');
  await read(page);
  // Only the portal's own files were fetched for it (the guard fails anything else).
  expect(guard.requests.some((url) => /\.onnx$/.test(url))).toBe(true);

  const what = page.locator('[data-read]');
  await expect(what).toContainText('11010519491231002X');
  await expect(what).toContainText('张晓明');
  await expect(check(page, 'type-match')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'number-match')).toContainText('Type the number');

  // The right number, and a name with one wrong character that sounds alike.
  await page.getByLabel('Certificate number').fill('110105 19491231002x');
  await expect(check(page, 'number-match')).toHaveAttribute('data-status', 'pass');
  await page.getByLabel('Registrant name').fill('张小明');
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'fail');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  const differences = page.getByRole('list', { name: 'How the names differ' });
  await expect(differences).toContainText('小');
  await expect(differences.getByRole('link').first()).toHaveAttribute(
    'href',
    '/reasons/inconsistent-registrant-information',
  );

  // A look-alike letter O for the digit 0.
  await page.getByLabel('Certificate number').fill('11O10519491231002X');
  await expect(check(page, 'number-match')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByRole('list', { name: 'How the numbers differ' })).toContainText(
    'look alike',
  );
  // The boxes of what was read are drawn on the photo.
  await expect(page.locator('figure[data-picture] [data-mark="read"]')).toBeVisible();
});

test('a mirrored photo fails “mirror” from its pixels, though its file says nothing', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-id-card-mirrored.png'));
  // The file has no metadata that would say so: before the reading, the check cannot tell.
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'mirror')).toContainText('Nothing in the file says it is mirrored');
  await read(page);
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'mirror')).toContainText('this photo is mirrored');
  // Read the right way round once flipped back.
  await expect(page.locator('[data-read]')).toContainText('11010519491231002X');
});

test('a license photographed on a desk: the type chosen differs, and “(1-1)” is explained', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-license-desk.jpg'), 'Resident identity card');
  await read(page);
  await expect(check(page, 'type-match')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'type-match')).toContainText('a business license');
  await page.getByLabel('Certificate number').fill('91350100M000100Y43(1-1)');
  await expect(check(page, 'number-match')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'number-match')).toContainText('Leave out “(1-1)”');
  await page.getByLabel('Registrant name').fill('福州青松贸易有限公司');
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'pass');
});

test('the reading can be stopped while it downloads, and started again', async ({ page }) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-id-card.png'));
  await page.getByRole('button', { name: 'Read the text on my certificate' }).click();
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop reading' }).click();
  await expect(panel(page)).toHaveAttribute('data-reading', 'cancelled');
  await expect(panel(page)).toContainText('Reading stopped');
  await read(page);
  await expect(page.locator('[data-read]')).toContainText('张晓明');
});

test('in Chinese: the reading, its checks and the differences are in Chinese', async ({ page }) => {
  await page.goto('/zh/check');
  await checkFile(page, fixture(dir, 'reading-id-card.png'));
  await read(page, '识别证件上的文字');
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await expect(check(page, 'number-match')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'number-match')).toContainText('您填写的证件号码和证件上的一致');
  await page.getByLabel('注册者名称').fill('張晓明');
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByRole('list', { name: '名称哪里不一样' })).toContainText('繁体');
  await expect(check(page, 'type-match')).toContainText('这看起来是居民身份证');
});

test('a second photo is read by the reader already loaded, and the typed values stay', async ({
  page,
  guard,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-id-card.png'));
  await read(page);
  await page.getByLabel('Registrant name').fill('张晓明');
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'pass');

  await checkFile(page, fixture(dir, 'reading-id-card-mirrored.png'));
  await expect(panel(page)).toHaveAttribute('data-reading', 'idle');
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'skip');
  await expect(page.getByLabel('Registrant name')).toHaveValue('张晓明');
  await read(page);
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'pass');
  // The models were downloaded once.
  expect(guard.requests.filter((url) => url.endsWith('.onnx'))).toHaveLength(2);
});

test('once read, the reader works offline: the service worker keeps its files', async ({
  page,
  context,
}) => {
  await page.goto('/check');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await checkFile(page, fixture(dir, 'reading-id-card.png'));
  await read(page);

  await context.setOffline(true);
  await page.reload();
  await checkFile(page, fixture(dir, 'reading-id-card.png'));
  await read(page);
  await expect(page.locator('[data-read]')).toContainText('11010519491231002X');
  await context.setOffline(false);
});

test('a picture without text: the reading says so and suggests a better photo', async ({
  page,
}) => {
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'blank-sheet-cut-right.jpg'));
  await read(page);
  for (const id of ['number-match', 'name-match', 'type-match']) {
    await expect(check(page, id)).toHaveAttribute('data-status', 'skip');
    await expect(check(page, id)).toContainText('could not read enough of the text');
  }
  await expect(page.locator('[data-read]')).toContainText('in even light');
  // Nothing read, so nothing said about mirroring either.
  await expect(check(page, 'mirror')).not.toHaveAttribute('data-status', 'fail');
});

test('a HEIC photo is read through the same decoder as the checks', async ({ page, guard }) => {
  // Chromium cannot show HEIC, so the marked photo's <img> fails; Playwright's trace recorder then
  // fetches its blob: URL itself, which the CSP rightly blocks. The page makes no such request.
  guard.allowConsoleError(
    /^(Connecting to 'blob:.*connect-src|CSP violation: connect-src blocked blob)/,
  );
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'good.heic'));
  await read(page);
  await expect(page.locator('[data-read]')).toBeVisible();
  await expect(panel(page)).not.toContainText('could not start');
});

test('the reading panel is accessible, and usable on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/check');
  await checkFile(page, fixture(dir, 'reading-id-card.png'), 'Resident identity card');
  await read(page);
  await page.getByLabel('Registrant name').fill('张小明');
  await page.getByLabel('Certificate number').fill('11O10519491231002X');
  await expect(check(page, 'name-match')).toHaveAttribute('data-status', 'fail');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  for (const control of [
    page.getByRole('button', { name: 'Read again' }),
    page.getByLabel('Registrant name'),
    page.getByLabel('Certificate number'),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  // The keyboard reaches the button from the fields.
  await page.getByLabel('Certificate number').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Read again' })).toBeFocused();
});
