import { expect, type Page, test } from '@playwright/test';

/** Resolves after `n` animation frames of the page: time measured in frames drawn, not in a fixed sleep. */
async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let seen = 0;
        const tick = () => (++seen >= count ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

const SIZES: readonly (readonly [number, number])[] = [
  [390, 844],
  [800, 600],
  [360, 640],
];
for (const [width, height] of SIZES) {
  test(`at ${width}×${height} the map keeps a stable size and the page does not grow while it draws`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?start');
    await page.locator('[data-choice]').first().click();
    await page.locator('#map-frame').scrollIntoViewIfNeeded();
    await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
    const before = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, frame: document.querySelector('#map-frame')?.clientHeight ?? 0 }));
    await frames(page, 240);
    const after = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, frame: document.querySelector('#map-frame')?.clientHeight ?? 0 }));
    expect(after.frame).toBe(before.frame);
    expect(after.frame).toBeLessThanOrEqual(height);
    expect(after.page).toBeLessThanOrEqual(before.page * 1.1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the map stops drawing when nothing moves, draws again for a change, and sleeps while scrolled away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?start');
  const frame = page.locator('#map-frame');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
  await expect(frame).toHaveAttribute('data-map-loop', 'asleep', { timeout: 15_000 });
  await page.locator('[data-choice]').first().click();
  await expect(frame).toHaveAttribute('data-map-loop', 'drawing');
  await expect(frame).toHaveAttribute('data-map-loop', 'asleep', { timeout: 15_000 });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(frame).not.toBeInViewport();
  await expect(frame).toHaveAttribute('data-map-loop', 'asleep', { timeout: 15_000 });
  await page.locator('[data-choice]').first().click();
  await frames(page, 30);
  await expect(frame).toHaveAttribute('data-map-loop', 'asleep');
  await frame.scrollIntoViewIfNeeded();
  await expect(frame).toHaveAttribute('data-map-loop', 'drawing');
});
