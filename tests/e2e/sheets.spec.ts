import { expect, test } from '@playwright/test';
import { pressTool } from './helpers.ts';

// Sheets open through the one UI state (design.md: the front end is a function of one state): asking for a sheet names
// it in the state and the render opens it; closing it hands the state back, so it can be asked for again.

test('a sheet asked for twice opens once, and opens again after it is closed', async ({ page }) => {
  await page.goto('/');
  const saves = page.locator('dialog[data-sheet="saves"]');
  const button = page.locator('#title-screen [data-action="saves"]');
  await button.click();
  await expect(saves).toBeVisible();
  await saves.getByRole('button', { name: 'Close' }).click();
  await expect(saves).toHaveCount(0);
  await button.click();
  await expect(saves).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(saves).toHaveCount(0);
  // Two clicks before the sheet has drawn (as a double click on a slow machine): the state names it once, so one sheet.
  await button.evaluate((b: HTMLElement) => {
    b.click();
    b.click();
  });
  await expect(saves).toBeVisible();
  await expect(saves).toHaveCount(1);
});

test('a sheet chosen from the menu replaces the menu, and the menu opens again after it', async ({ page }) => {
  await page.goto('/?start');
  await page.locator('#choices button.choice').first().waitFor();
  for (let round = 0; round < 2; round++) {
    await pressTool(page, 'Menu');
    await page.locator('.menu__item', { hasText: /^Endings/ }).click();
    const endings = page.locator('dialog[data-sheet="endings"]');
    await expect(endings).toBeVisible();
    await expect(page.locator('dialog[data-sheet="menu"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(endings).toHaveCount(0);
  }
});
