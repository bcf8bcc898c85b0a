import { everyRoute } from './routes';
import { expect, test } from './test';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const route of everyRoute) {
  test(`${route.name} fits a 360 px phone`, async ({ page }, testInfo) => {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);

    // Controls, and links styled as blocks, are big enough to tap; links inside running text
    // are exempt, as WCAG 2.5.8 allows.
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a, button, input, select, textarea, summary, label:has(input)',
        ),
      ]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || style.display === 'none' || el.closest('.sr-only'))
            return false;
          // A checkbox or radio is tapped through its label, which must be big enough instead.
          const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
          if (el.matches('input[type=checkbox], input[type=radio]') && labels.length) {
            return labels.every((l) => l.getBoundingClientRect().height < 44);
          }
          if (el.matches('input[type=file]') && el.getBoundingClientRect().width <= 1) return false;
          if (el.tagName === 'A' && style.display === 'inline') return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.height < 44 || box.width < 44);
        })
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
        ),
    );
    expect(small, 'tap targets of at least 44 px').toEqual([]);

    await page.screenshot({
      path: `test-results/screenshots/360/${route.name}.png`,
      fullPage: true,
    });
    await testInfo.attach(route.name, {
      path: `test-results/screenshots/360/${route.name}.png`,
      contentType: 'image/png',
    });
  });
}
