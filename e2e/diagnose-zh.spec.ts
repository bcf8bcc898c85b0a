// The guided "What to submit" questions in Chinese (/zh/diagnose): answered by their Chinese
// labels, a Chinese checklist whose links stay in Chinese, answers kept in the same URL.
import { readFileSync } from 'node:fs';
import { expectFitsPhone } from './fixtures/fits-phone';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const HAN = /\p{Script=Han}/u;

/** The reasons as built, in Chinese too: the titles and messages come from the content. */
const manifest = JSON.parse(
  readFileSync(`${process.env.OUT_DIR ?? 'dist'}/reasons.json`, 'utf8'),
) as { reasons: { slug: string; zh: { title: string; messages: string[] } }[] };
const chineseReason = (slug: string) => manifest.reasons.find((r) => r.slug === slug)!.zh;

test('中文：按中文选项回答，得到中文清单，答案保存在网址里', async ({ page }) => {
  await page.goto('/zh/diagnose');
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: '该交什么材料' })).toBeVisible();
  await expect(page).toHaveTitle(/^该交什么材料/);
  await expect(page.getByText('答完第 1 到第 3 题，就能看到你的清单。')).toBeVisible();

  await page
    .getByRole('group', { name: '1. 域名持有者是个人还是单位？' })
    .getByRole('radio', { name: '个人', exact: true })
    .check();
  await page
    .getByRole('group', { name: '2. 域名持有者在哪里？' })
    .getByRole('radio', { name: '中国大陆以外', exact: true })
    .check();
  await page
    .getByRole('group', { name: '3. 你准备提交哪种证件？' })
    .getByRole('radio', { name: '外国人永久居留身份证', exact: true })
    .check();

  const checklist = page.getByRole('region', { name: '你的清单' });
  await expect(checklist).toContainText('外国人永久居留身份证的正面和背面都要上传。');
  await expect(checklist).toContainText('中国大陆以外的个人，要交护照');
  await expect(checklist).toContainText('你选的是：外国人永久居留身份证。');
  await expect(checklist).toContainText('JPG、JPEG、PNG、BMP、HEIC 或 WebP');
  await expect(checklist).toContainText('55 KB 到 5 MB');
  await expect(checklist).toContainText('域名持有者：个人。所在地：中国大陆以外。');
  await expect(checklist).not.toContainText('Your checklist');
  await expect(checklist).not.toContainText('Upload');
  await expect(page.getByRole('status').first()).toContainText('你的清单已经生成');
  // The same answers in the URL as on the English page.
  await expect(page).toHaveURL(
    /\/zh\/diagnose\?who=individual&region=outside-chinese-mainland&certificate=foreign-permanent-resident-id$/,
  );

  await page.getByRole('radio', { name: '护照', exact: true }).check();
  await page.getByRole('checkbox', { name: '我的证件是最近才办下来的' }).check();
  const received = chineseReason('certificate-not-in-database');
  const joined = received.messages.join(' / ');
  await page.getByLabel('5. 你收到的是哪条提示？（选填）').selectOption({
    label: joined.length <= 90 ? joined : received.title,
  });
  await expect(checklist).not.toContainText('中国大陆以外的个人，要交护照');
  await expect(checklist).toContainText('日期：等证件生效满 10 个自然日再提交');
  await expect(checklist).toContainText('签发后满 10 个自然日再提交');
  await expect(page).toHaveURL(
    /\/zh\/diagnose\?who=individual&region=outside-chinese-mainland&certificate=passport&special=new-certificate&message=certificate-not-in-database$/,
  );

  // The same URL, opened fresh, shows the same Chinese checklist.
  await page.reload();
  await expect(page.getByRole('radio', { name: '护照', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '我的证件是最近才办下来的' })).toBeChecked();
  await expect(checklist).toContainText(`你收到的提示：${received.title}`);

  // Every reason link leads to the Chinese page, and is named in Chinese.
  const reasonLinks = checklist.locator('a[href*="/reasons/"]');
  await expect(reasonLinks.first()).toBeVisible();
  const links = await reasonLinks.evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href'), text: a.textContent ?? '' })),
  );
  expect(links.length).toBeGreaterThan(3);
  for (const { href, text } of links) {
    expect(href).toMatch(/^\/zh\/reasons\/[a-z-]+$/);
    expect(text).toMatch(HAN);
  }
  await expect(checklist.getByRole('link', { name: received.title }).first()).toHaveAttribute(
    'href',
    '/zh/reasons/certificate-not-in-database',
  );

  // And so do the tools.
  await checklist.getByRole('link', { name: '检查证件日期' }).click();
  await expect(page).toHaveURL(/\/zh\/tools\/certificate-dates$/);
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
});

test('中国大陆的企业交营业执照；军人提醒；保存在这台设备上，再删除', async ({ page }) => {
  await page.goto(
    '/zh/diagnose?who=organization&region=chinese-mainland&certificate=business-license',
  );
  await expect(page.locator('html[lang="zh-CN"]')).toBeAttached();
  await expect(page.getByRole('radio', { name: '企业或其他组织', exact: true })).toBeChecked();
  const checklist = page.getByRole('region', { name: '你的清单' });
  await expect(checklist).toContainText('国家或地区：选“中国大陆”');
  await expect(checklist).toContainText('完整填写 18 位统一社会信用代码');
  await expect(checklist).toContainText('营业执照上如果有 (1-1) 这样的副本编号，不要填进去。');
  await expect(checklist).toContainText('全国组织机构统一社会信用代码数据服务中心');
  await expect(checklist).toContainText('400-807-6000');
  await expect(checklist).toContainText('国徽和登记机关的公章');
  await expect(checklist).toContainText('写有单位名称、证件号码和登记机关印章的那一页');
  await expect(checklist).toContainText('不要用简称或缩写');
  await expect(checklist.getByRole('heading', { name: '这些都不能用' })).toBeVisible();
  await expect(checklist.getByRole('link', { name: '检查证件照片' })).toHaveAttribute(
    'href',
    '/zh/check',
  );

  await page.getByRole('button', { name: '保存在这台设备上' }).click();
  await expect(page.getByText('已保存在这台设备上。')).toBeVisible();
  await page.goto('/zh/diagnose');
  await expect(page.getByText('你之前在这台设备上保存过一份清单。')).toBeVisible();
  await page.getByRole('link', { name: '打开我保存的清单' }).click();
  await expect(page).toHaveURL(
    /\/zh\/diagnose\?who=organization&region=chinese-mainland&certificate=business-license$/,
  );
  await expect(checklist).toContainText('国家或地区：选“中国大陆”');
  await page.getByRole('button', { name: '从这台设备上删除' }).click();
  await expect(page.getByText('已删除：这台设备上没有保存任何内容。')).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);

  await expectFitsPhone(page);

  await page.goto(
    '/zh/diagnose?who=individual&region=chinese-mainland&certificate=resident-id&special=military',
  );
  await expect(
    page.getByRole('checkbox', { name: '我是军人（或从事其他特殊职业）' }),
  ).toBeChecked();
  await expect(checklist).toContainText('军人不能用居民身份证号码做实名认证');
  await expect(checklist).toContainText('不能用 18 位居民身份证号码');
});

test('复制的链接打开的是同一份中文清单', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = '/zh/diagnose?who=individual&region=chinese-mainland&certificate=household-register';
  await page.goto(path);
  const checklist = page.getByRole('region', { name: '你的清单' });
  await expect(checklist).toContainText('户口簿中登记域名持有者本人户籍信息的那一页');
  await expect(checklist).toContainText('中国大陆的个人，要交居民身份证');
  await page.getByRole('button', { name: '复制这份清单的链接' }).click();
  await expect(page.getByText('链接已复制。')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(`${copied.pathname}${copied.search}`).toBe(path);
});

test('最长的中文清单打印出来只有一页，不带页眉、导航和页脚', async ({ page }) => {
  await page.goto(
    '/zh/diagnose?who=individual&region=chinese-mainland&certificate=passport&special=name-change&special=military&special=new-certificate&message=registrant-identity-authentication-failed',
  );
  await expect(page.getByRole('region', { name: '你的清单' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('form', { name: '你的情况' })).toBeHidden();
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
  }
});
