// The three tools on their Chinese pages: every label, finding and announcement in Chinese, and
// the name check's explanations of Traditional forms and characters that sound alike.
import { expectFitsPhone } from './fixtures/fits-phone';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, timezoneId: 'Asia/Shanghai' });

const result = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: '检查结果' });

test('the name check explains a Traditional character and a homophone, in Chinese', async ({
  page,
}) => {
  await page.goto('/zh/tools/name-match');
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: '对比两个名字' })).toBeVisible();

  await page.getByRole('textbox', { name: '注册者名称' }).fill('张小明');
  await page.getByRole('textbox', { name: '证件上的名称' }).fill('張晓明');
  await page.getByRole('button', { name: '对比名称' }).click();

  await expect(page.getByRole('status')).toHaveText('两个名称不一样：有 2 处不同。');
  await expect(result(page)).toHaveAttribute('data-verdict', 'fail');
  // The explanations come from tables that load only now, when two Chinese characters differ.
  await expect(
    result(page).getByText('第 1 个字：证件上是繁体的“張”，你填的是简体的“张”。两者要完全一致。'),
  ).toBeVisible();
  await expect(
    result(page).getByText('第 2 个字：“晓”和“小”读音相同（xiǎo），但是不同的字。'),
  ).toBeVisible();
  await expect(result(page).locator('[data-status="error"]')).toHaveCount(2);
  await expect(result(page)).toHaveAttribute('aria-busy', 'false');

  await expectFitsPhone(page);

  // Each finding links to the Chinese page of the rejection it prevents.
  await result(page)
    .getByRole('link', { name: '可避免的失败原因：持有者信息和证件对不上' })
    .first()
    .click();
  await expect(page).toHaveURL(/\/zh\/reasons\/inconsistent-registrant-information$/);
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
});

test('the number check finds a letter O and says so in Chinese', async ({ page }) => {
  await page.goto('/zh/tools/certificate-number');
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: '检查证件号码' })).toBeVisible();

  await page.getByLabel('证件类型', { exact: true }).selectOption({ label: '居民身份证' });
  await page.getByLabel('证件号码', { exact: true }).fill('1101O5 19491231 002x');
  await page.getByRole('button', { name: '检查号码' }).click();

  const status = page.getByRole('status').filter({ hasText: /号码/ });
  await expect(status).toContainText('号码这样提交会被拒绝');
  await expect(status).toContainText('改正后的号码：11010519491231002X');
  await expect(result(page)).toHaveAttribute('data-verdict', 'fail');
  await expect(
    result(page).getByText('第 5 位是字母 O，身份证号码里只有数字和末位的 X。你可能想输入数字 0。'),
  ).toBeVisible();
  await expect(result(page).getByText('去掉了 2 个空格或换行。')).toBeVisible();
  await expect(result(page).getByText('把 1 个小写字母改成了大写（x → X）。')).toBeVisible();
  await expect(result(page).getByRole('button', { name: '复制改正后的号码' })).toBeVisible();
});

test('the date check writes dates the Chinese way', async ({ page }) => {
  // 29 November 2026 in Beijing.
  await page.clock.setFixedTime(new Date('2026-11-29T20:00:00+08:00'));
  await page.goto('/zh/tools/certificate-dates');
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();

  await page.getByRole('textbox', { name: '签发日期', exact: true }).fill('2026年11月20日');
  await page.getByRole('checkbox', { name: /长期有效/ }).check();
  await page.getByRole('button', { name: '检查日期' }).click();

  await expect(page.getByRole('status')).toHaveText('日期还不符合要求：请看下面的说明。');
  await expect(result(page).getByText('最早可以提交的日期：')).toContainText(
    '2026年11月30日（星期一）',
  );
  await expect(result(page).getByText(/签发才 9 个自然日/)).toBeVisible();

  await page.getByRole('textbox', { name: '签发日期', exact: true }).fill('05/03/2024');
  await page.getByRole('textbox', { name: '签发日期', exact: true }).press('Enter');
  await expect(page.getByRole('status')).toContainText('请把年份写在最前面');
});
