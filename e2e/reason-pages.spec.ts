import { readFileSync } from 'node:fs';
import { expect, test } from './test';

interface ManifestEntry {
  slug: string;
  title: string;
  path: string;
  messages: string[];
}

const manifest = JSON.parse(
  readFileSync(`${process.env.OUT_DIR ?? 'dist'}/reasons.json`, 'utf8'),
) as {
  reasons: ManifestEntry[];
};

test('the manifest lists all fourteen reasons with their messages', async ({ request }) => {
  const response = await request.get('/reasons.json');
  expect(response.ok()).toBe(true);
  const served = (await response.json()) as typeof manifest;
  expect(served.reasons).toHaveLength(14);
  expect(served).toEqual(manifest);
  const messages = served.reasons.flatMap((r) => r.messages);
  expect(messages).toContain('Unclear or covered photo of certificate');
  expect(messages).toContain('Certificate number cannot be found');
});

for (const reason of manifest.reasons) {
  test(`direct load of ${reason.path} shows the full page`, async ({ page }) => {
    await page.goto(reason.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reason.title);
    await expect(page).toHaveTitle(`${reason.title} · Real-name verification help`);
    for (const message of reason.messages) {
      await expect(page.locator('q', { hasText: message }).first()).toBeVisible();
    }
    for (const heading of [
      'What it means',
      'Likely causes',
      'How to fix it',
      'Before you resubmit',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    const description = await page
      .locator('meta[name="description"]')
      .last()
      .getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
  });
}

test('the copy button copies the exact message', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/reasons/invalid-registrant-certificate');
  await page
    .getByRole('button', { name: 'Copy the message: Invalid registrant certificate' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Message copied' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Invalid registrant certificate',
  );
});

test('related reasons link to each other', async ({ page }) => {
  await page.goto('/reasons/unclear-certificate-image');
  const related = page.getByRole('region', { name: 'Related reasons' });
  await related.getByRole('link', { name: /Certificate image is incomplete/ }).click();
  await expect(page).toHaveURL(/\/reasons\/incomplete-registrant-certificate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Certificate image is incomplete',
  );
});
