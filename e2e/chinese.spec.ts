// The Chinese edition: every page prerendered in Chinese and readable without JavaScript, linked
// to its English twin; the offer of the Chinese page to a Chinese reader; the lookup across
// languages; the keyboard journey in Chinese. (axe and the 360 px check run over every Chinese
// route in accessibility.spec.ts and mobile.spec.ts.)
import { everyChineseRoute, everyEnglishRoute } from './routes';
import { expect, test } from './test';

const HAN = /\p{Script=Han}/u;

for (const route of everyChineseRoute.filter((r) => !r.path.includes('?'))) {
  test(`${route.name} is prerendered in Chinese and readable without JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.name === 'zh-not-found' ? 404 : 200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    expect(await heading.textContent()).toMatch(HAN);
    expect(await page.title()).toMatch(HAN);
    // Its own description, and the link to the same page in English.
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(HAN);
    const english = page.getByRole('link', { name: 'English', exact: true });
    await expect(english).toBeVisible();
    if (route.name !== 'zh-not-found') {
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveCount(1);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(route.path);
    }
    await context.close();
  });
}

test('an English page links to its Chinese twin, and back', async ({ page }) => {
  await page.goto('/reasons/invalid-registrant-certificate');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/reasons\/invalid-registrant-certificate$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('注册者证件不合格').first()).toBeVisible();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/reasons\/invalid-registrant-certificate$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a reader whose browser prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('is offered the Chinese page, in Chinese, and never redirected', async ({ page }) => {
    await page.goto('/reasons/file-size-invalid');
    const offer = page.getByRole('complementary', { name: '这个页面有简体中文版。' });
    await expect(offer).toBeVisible();
    await expect(page).toHaveURL(/\/reasons\/file-size-invalid$/);
    await offer.getByRole('link', { name: '查看中文版' }).click();
    await expect(page).toHaveURL(/\/zh\/reasons\/file-size-invalid$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(HAN);
    // On the Chinese page nothing more is offered.
    await expect(page.getByRole('complementary', { name: /简体中文版/ })).toHaveCount(0);
  });

  test('can close the offer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '关闭提示' }).click();
    await expect(page.getByRole('complementary', { name: /简体中文版/ })).toHaveCount(0);
  });
});

test('an English reader is not offered the Chinese page', async ({ page }) => {
  await page.goto('/reasons/file-size-invalid');
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  await expect(page.getByRole('complementary', { name: /简体中文版/ })).toHaveCount(0);
});

test('a Chinese message finds its reason on the Chinese lookup', async ({ page }) => {
  await page.goto(`/zh/lookup?q=${encodeURIComponent('注册者证件不合格')}`);
  const best = page.locator('[data-reason]').first();
  await expect(best).toHaveAttribute('data-reason', 'invalid-registrant-certificate');
  await best.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/zh\/reasons\/invalid-registrant-certificate$/);
});

test('a Chinese paste on an English page offers the Chinese page', async ({ page }) => {
  await page.goto('/lookup');
  await page
    .getByRole('textbox', { name: 'Paste or type the message you received' })
    .fill('您好，您的域名 shop.cn 实名认证失败，原因：注册者证件不清晰/被遮挡/水印');
  const best = page.locator('[data-reason]').first();
  await expect(best).toHaveAttribute('data-reason', 'unclear-certificate-image');
  const chinese = best.locator('[data-other-language="zh"]');
  await expect(chinese).toHaveAttribute('href', /\/zh\/reasons\/unclear-certificate-image$/);
  await chinese.click();
  await expect(page).toHaveURL(/\/zh\/reasons\/unclear-certificate-image$/);
});

test('an English paste on a Chinese page works too', async ({ page }) => {
  await page.goto('/zh/lookup');
  await page
    .getByRole('textbox', { name: '粘贴或输入你收到的提示' })
    .fill('Lack of registrant certificate');
  const best = page.locator('[data-reason]').first();
  await expect(best).toHaveAttribute('data-reason', 'missing-registrant-certificate');
  await expect(best.getByRole('link').first()).toHaveAttribute(
    'href',
    /\/zh\/reasons\/missing-registrant-certificate$/,
  );
});

test('a message without a page of its own gets its closest reasons and a general checklist', async ({
  page,
}) => {
  await page.goto(`/zh/lookup?q=${encodeURIComponent('注册联系人信息有误')}`);
  await expect(page.locator('[data-unlisted]')).toContainText('注册联系人信息有误');
  await expect(page.locator('[data-reason]').first()).toContainText('最接近的原因');
  await expect(page.getByRole('heading', { name: '重新提交前的通用检查清单' })).toBeVisible();
  await expect(page.getByText('通用建议', { exact: false }).first()).toBeVisible();
});

test('the Chinese lookup and a reason page work with the keyboard alone', async ({ page }) => {
  await page.goto('/zh');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  const box = page.getByRole('textbox', { name: '粘贴或输入你收到的提示' });
  await box.focus();
  await page.keyboard.insertText('未提交注册者证件');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/lookup\?q=/);
  const best = page.locator('[data-reason]').first().getByRole('link').first();
  await best.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/reasons\/missing-registrant-certificate$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(HAN);
});

test('an unknown Chinese path answers 404 with the Chinese helpful page', async ({ page }) => {
  const response = await page.goto('/zh/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('textbox', { name: '粘贴或输入你收到的提示' })).toBeVisible();
});

test('reasons.json links every reason in both languages', async ({ request }) => {
  const manifest = await (await request.get('/reasons.json')).json();
  expect(manifest.reasons).toHaveLength(14);
  const unclear = manifest.reasons.find(
    (r: { slug: string }) => r.slug === 'unclear-certificate-image',
  );
  expect(unclear.path).toBe('/reasons/unclear-certificate-image');
  expect(unclear.zh.path).toBe('/zh/reasons/unclear-certificate-image');
  expect(unclear.zh.messages).toContain('注册者证件不清晰/被遮挡/水印');
  expect(unclear.zh.title).toMatch(HAN);
});

test('robots.txt and sitemap.xml cover both languages with their alternates', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // Every page but the not-found ones, once in each language.
  const pages = everyEnglishRoute.filter((r) => !r.path.includes('?') && r.name !== 'not-found');
  for (const { path } of pages) {
    expect(locs).toContain(path);
    expect(locs).toContain(path === '/' ? '/zh' : `/zh${path}`);
  }
  expect(locs).toHaveLength(2 * (8 + 14 - 1));
  expect(sitemap).toContain('hreflang="zh-CN"');
  expect(sitemap).toContain('hreflang="x-default"');
});
