import { expect, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { actOnePath, playHistory, pressChoice, watchErrors } from './helpers.ts';

test('the map draws Petrograd and changes as February unfolds', async ({ page }) => {
  const errors = watchErrors(page);
  const path = actOnePath(historicalPicker);
  await page.goto('/?start');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
  const canvas = page.locator('#map-frame canvas');
  await expect(canvas).toBeVisible();
  // The first picture once the canvas has settled (two frames alike), then wait for the map to change.
  let before = await canvas.screenshot();
  await expect
    .poll(async () => {
      const now = await canvas.screenshot();
      const settled = now.equals(before);
      before = now;
      return settled;
    })
    .toBe(true);
  for (const index of path.path.slice(0, 4)) await pressChoice(page, index);
  await expect.poll(async () => (await canvas.screenshot()).equals(before), { timeout: 15_000 }).toBe(false);
  expect(errors).toEqual([]);
});

test('the map can be read from the keyboard: arrow keys name each place, its role and its state', async ({ page }) => {
  await page.goto('/?start');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
  await page.locator('#map-frame').focus();
  await page.keyboard.press('ArrowRight');
  const tooltip = page.locator('.map-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Vyborg side');
  await expect(tooltip).toContainText(/Now (with|leaning|wavering|held)/);
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('Petrograd side');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('a loaded game shows the city as it stands, without replaying its animations', async ({ page }) => {
  await playHistory(page, 3);
  const twin = await page.locator('#map-twin-body .twin__districts').innerText();
  await page.goto('/');
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
  expect(await page.locator('#map-twin-body .twin__districts').innerText()).toEqual(twin);
  await expect(page.locator('.twin__changes')).toHaveCount(0);
});
