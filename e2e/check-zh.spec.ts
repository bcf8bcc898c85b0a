// The checker in Chinese (/zh/check): the same checks, statuses and verdicts as in English, every
// sentence in Chinese, and links that keep the reader in Chinese.
import { check, checkFile, statuses } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});
test.beforeEach(async ({ page }) => {
  await page.goto('/zh/check');
});

test('a good JPEG passes and a grey copy fails, both said in Chinese', async ({ page }) => {
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
  await expect(page).toHaveTitle(/检查证件照片/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查证件照片');
  await expect(page.getByText('文件只留在你的设备上。')).toBeVisible();

  await checkFile(page, fixture(dir, 'good.jpg'), '营业执照');
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
  await expect(page.getByRole('heading', { name: '文件看起来可以上传了' })).toBeVisible();
  await expect(check(page, 'format')).toContainText('这是 JPEG 图片，格式符合要求。');
  await expect(check(page, 'size')).toContainText('在 55 KB 到 5 MB 之间');
  await expect(check(page, 'size')).toContainText('字节');

  await checkFile(page, fixture(dir, 'gray.jpg'));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail');
  await expect(page.getByRole('heading', { name: '这个文件很可能通不过' })).toBeVisible();
  await expect(check(page, 'color')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'color')).toContainText('必须修改');
  await expect(
    check(page, 'color').getByText('这看起来是黑白或灰色的复印件，审核不会接受。', {
      exact: false,
    }),
  ).toBeVisible();
  // Screen readers hear the end of the check in Chinese too.
  await expect(page.getByRole('status')).toContainText('gray.jpg 检查完了');
  await expect(page.getByRole('status')).toContainText('这个文件很可能通不过');
  // Nothing on the page was left in English.
  expect(await page.getByRole('main').innerText()).not.toMatch(
    /\b(the|your|file|picture|check|must|fix)\b/i,
  );
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();

  // The link to the reason behind a check keeps the reader in Chinese.
  await check(page, 'color').getByRole('link').click();
  await expect(page).toHaveURL(/\/zh\/reasons\/invalid-registrant-certificate$/);
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
});

test('the JPEG copy is offered and made in Chinese', async ({ page }) => {
  await checkFile(page, fixture(dir, 'big.jpg'));
  await expect(check(page, 'size')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'size')).toContainText('超过了 5 MB 的上限');
  await page.getByRole('button', { name: '生成符合要求的 JPEG 副本' }).click();
  await expect(page.locator('[data-verdict]')).toContainText('big-converted.jpg', {
    timeout: 20_000,
  });
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'pass');
  await expect(page.locator('[data-verdict]')).toContainText('已检查新副本：');
  await expect(page.getByRole('heading', { name: '新副本做好了' })).toBeVisible();
  await expect(page.getByRole('link', { name: '下载 big-converted.jpg' })).toBeVisible();
});
