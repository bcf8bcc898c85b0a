import AxeBuilder from '@axe-core/playwright';
import { everyRoute } from './routes';
import { expect, test } from './test';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    // axe walks every node of a long page: on a busy two-core machine that alone can take most
    // of the default 30 s. A slow scan is not a violation; a violation still fails at once.
    test.describe.configure({ timeout: 60_000 });
    for (const route of everyRoute) {
      test(`${route.name} has no axe violations`, async ({ page }) => {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Let lazy content and results settle before the scan.
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          ),
        ).toEqual([]);
      });
    }
  });
}

test('the lookup and a reason page work with the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Skip link, then the lookup box.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const box = page.getByRole('textbox', { name: 'Paste or type the message you received' });
  await box.focus();
  await page.keyboard.type('Lack of registrant certificate');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lookup\?q=Lack/);
  const best = page.locator('[data-reason]').first().getByRole('link');
  await best.focus();
  await expect(best).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reasons\/missing-registrant-certificate$/);
  // Tab reaches the copy button; Space presses it.
  const copy = page.getByRole('button', { name: /Copy the message/ });
  for (let i = 0; i < 10 && !(await copy.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(copy).toBeFocused();
  const outline = await copy.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, 'focus is visible').not.toBe('none');
  await page.keyboard.press('Space');
  await expect(copy).toHaveText('Copied');
});

test('motion is switched off for people who ask for less of it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/check');
  // The loading bar pulses (animate-pulse) and buttons fade their colours (transition).
  const durations = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'animate-pulse transition-colors';
    document.body.append(probe);
    const style = getComputedStyle(probe);
    return [style.animationDuration, style.transitionDuration];
  });
  for (const d of durations) expect(parseFloat(d)).toBeLessThan(0.001);
});
