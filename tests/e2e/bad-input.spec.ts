import { expect, test } from '@playwright/test';
import { blockStorage } from './helpers.ts';

test('a corrupt autosave gets a clear message on the title screen, and a new game still starts', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('organiser:autosave', '{"format":"organiser-save","version":1,"pa');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.locator('#title-message')).toContainText('could not be continued');
  await expect(page.locator('[data-action="continue"]')).toBeHidden();
  await page.locator('[data-action="start"]').click();
  await expect(page.locator('#choices button.choice').first()).toBeVisible();
});

test('a save from a newer version of the game is explained, not loaded', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'organiser:autosave',
      JSON.stringify({ format: 'organiser-save', version: 9, story: 'x', savedAt: new Date().toISOString(), path: [], texts: [] }),
    );
  });
  await page.goto('/');
  await expect(page.locator('#title-message')).toContainText('newer version');
});

test('with storage switched off the game says so and plays on', async ({ page }) => {
  await blockStorage(page);
  await page.goto('/');
  await expect(page.locator('#title-message')).toContainText('does not let the game save');
  await page.locator('[data-action="start"]').click();
  await page.keyboard.press('1');
  await expect(page.locator('.passage .chosen')).toHaveCount(1);
});

test('with storage full the game says it is not saving, and plays on', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'organiser:autosave') throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await page.goto('/?start');
  await page.locator('#choices button.choice').first().waitFor();
  await page.keyboard.press('1');
  await expect(page.locator('[data-storage-warning]')).toContainText('storage is full');
  await expect(page.locator('.passage .chosen')).toHaveCount(1);
  await page.keyboard.press('1');
  await expect(page.locator('.passage .chosen')).toHaveCount(2);
});

test('sound that cannot start never blocks play', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser without Web Audio.
    Object.defineProperty(window, 'AudioContext', { value: undefined });
    Object.defineProperty(window, 'webkitAudioContext', { value: undefined });
  });
  await page.goto('/?start');
  await page.locator('#choices button.choice').first().waitFor();
  await page.keyboard.press('1');
  await expect(page.locator('.passage .chosen')).toHaveCount(1);
  await page.keyboard.press('1');
  await expect(page.locator('.passage .chosen')).toHaveCount(2);
});
