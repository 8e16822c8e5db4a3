import { expect, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { ENDINGS } from '../../src/story/endings.ts';
import { actOnePath, playHistory, pressChoice, pressTool, watchErrors } from './helpers.ts';

for (const size of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the map of the year is a diagram at ${size.width}x${size.height}: decisions shown, unreached endings hidden, a point jumps back`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    const path = actOnePath(historicalPicker);
    // Play on to just past the second decision (small character choices come between decisions).
    const played = (path.decisions[1]?.step ?? 2) + 1;
    await page.goto('/?start');
    for (const index of path.path.slice(0, played)) await pressChoice(page, index);
    await expect(page.locator('.passage .chosen')).toHaveCount(played);
    await pressTool(page, 'Menu');
    await page.getByRole('button', { name: /^The map of the year/ }).click();
    const sheet = page.locator('[data-sheet="branch-map"]');
    const diagram = sheet.locator('svg.branch-diagram');
    await expect(diagram).toBeVisible();
    expect(await diagram.locator('.branch-row').count()).toBeGreaterThanOrEqual(34);
    expect((await diagram.boundingBox())?.width ?? 0).toBeLessThanOrEqual(size.width);
    const text = await sheet.evaluate((el) => el.textContent ?? '');
    // A reached ending is named "ends: TITLE"; none is reached yet. (A bare title can also be a decision's words.)
    for (const ending of ENDINGS.values()) expect(text).not.toContain(`ends: ${ending.title}`);
    expect(text).toContain('ends in an ending not yet reached');
    const noSideways = await page.evaluate(() => {
      const d = document.querySelector('[data-sheet="branch-map"]') as HTMLElement;
      return document.documentElement.scrollWidth <= window.innerWidth && d.scrollWidth <= d.clientWidth;
    });
    expect(noSideways).toBe(true);
    await page.screenshot({ path: `test-results/branch-map-${size.width}.png` });
    const points = diagram.locator('.branch-point');
    expect(await points.count()).toBeGreaterThanOrEqual(2);
    await points.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(sheet).toHaveCount(0);
    const chosen = await page.locator('.passage .chosen').count();
    expect(chosen).toBeGreaterThan(0);
    expect(chosen).toBeLessThan(played);
    expect(errors).toEqual([]);
  });

  test(`the timeline is a diagram at ${size.width}x${size.height}, and clicking a point returns there`, async ({ page }) => {
    await page.setViewportSize(size);
    await playHistory(page, 3);
    await pressTool(page, 'Timeline');
    const sheet = page.locator('[data-sheet="timeline"]');
    await expect(sheet.locator('svg.branch-diagram')).toBeVisible();
    await page.screenshot({ path: `test-results/timeline-${size.width}.png` });
    const point = sheet.locator('.branch-point').first();
    const step = Number(await point.getAttribute('data-rewind'));
    await point.click();
    await expect(page.locator('.passage .chosen')).toHaveCount(step);
  });
}
