import { expect, type Page, test } from '@playwright/test';
import { GameCore } from '../../src/game-core.ts';
import { encodePath } from '../../src/share/path-code.ts';
import { storyVersion } from '../../src/story/story-version.ts';
import { blockStorage, openMenuItem, storyJson } from './helpers.ts';

// Issue 12: whatever happens (a bad link, blocked storage, two tabs, a dropped connection), nothing kept is lost.

const AUTOSAVE = 'organiser:autosave';

async function playChoices(page: Page, n: number, kept = true): Promise<void> {
  for (let i = 0; i < n; i++) {
    await expect(page.locator('#choices button.choice, #choices .turn-page').first()).toBeVisible();
    const before = await page.locator('.passage').count();
    await page.keyboard.press('1');
    await expect(page.locator('.passage')).not.toHaveCount(before);
  }
  // A move is kept once the browser is idle, after its text is painted: wait until the autosave holds all n.
  if (!kept) return;
  await expect.poll(() => page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? '{}').path ?? []).length, AUTOSAVE)).toBe(n);
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test('a link whose path fits nothing leaves the autosave and Continue as they were', async ({ page }) => {
  await page.goto('/?start');
  await playChoices(page, 3);
  const autosave = await stored(page, AUTOSAVE);
  expect(JSON.parse(autosave ?? '{}').path).toHaveLength(3);
  const code = encodePath(storyVersion(storyJson()), [{ index: 7, text: 'no such option' }]);
  await page.goto(`/?again#play=${code}`);
  await expect(page.locator('#title-message')).toContainText('could not be');
  expect(await stored(page, AUTOSAVE)).toBe(autosave);
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('.passage .chosen')).toHaveCount(3);
});

test('a link to another game keeps the game it replaces in Saves', async ({ page }) => {
  await page.goto('/?start');
  await playChoices(page, 3);
  const mine = JSON.parse((await stored(page, AUTOSAVE)) ?? '{}').path as number[];
  // A link one choice in, down another road than this game took.
  const json = storyJson();
  const maker = new GameCore({ json, version: storyVersion(json) });
  maker.replay([mine[0] === 0 ? 1 : 0]);
  const code = maker.view().shareCode;
  await page.goto(`/?link#play=${code}`);
  await expect(page.locator('#notice')).toContainText('kept in Saves');
  const slots = JSON.parse((await stored(page, 'organiser:slots')) ?? '[]') as { save: { path: number[] } }[];
  expect(slots.map((s) => s.save.path)).toContainEqual(mine);
});

test('with storage blocked, a notice stays in view and Saves says a save lasts only for the tab', async ({ page }) => {
  await blockStorage(page);
  await page.goto('/?start');
  const warning = page.locator('[data-storage-warning]');
  await expect(warning).toContainText('until the tab is closed');
  await playChoices(page, 2, false);
  await expect(warning).toBeVisible();
  await openMenuItem(page, /^Saves/);
  await expect(page.locator('[data-tab-only]')).toBeVisible();
  await page.locator('#slot-name').fill('my lesson');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.sheet .message').last()).toContainText('until the tab is closed');
});

test('a tab whose game another tab moved on says so, and can keep its own game', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/?start');
  await playChoices(a, 2);
  const mine = JSON.parse((await stored(a, AUTOSAVE)) ?? '{}').path as number[];
  const b = await context.newPage();
  await b.goto('/?start');
  await playChoices(b, 1);
  await expect(a.locator('[data-other-tab]')).toContainText('Another tab');
  await a.locator('[data-action="keep-this-game"]').click();
  await expect(a.locator('[data-other-tab]')).toContainText('kept in Saves');
  const slots = JSON.parse((await stored(a, 'organiser:slots')) ?? '[]') as { save: { path: number[] } }[];
  expect(slots.map((s) => s.save.path)).toContainEqual(mine);
});

test('holding a number key takes one choice, not one per repeat', async ({ page }) => {
  await page.goto('/?start');
  await expect(page.locator('#choices button.choice').first()).toBeVisible();
  await page.keyboard.down('1');
  await expect(page.locator('.passage .chosen')).toHaveCount(1);
  for (let i = 0; i < 5; i++) await page.keyboard.down('1');
  await page.keyboard.up('1');
  await expect(page.locator('#choices button.choice, #choices .turn-page').first()).toBeVisible();
  await expect(page.locator('.passage .chosen')).toHaveCount(1);
});

test.describe('when the server is gone', () => {
  test.use({ serviceWorkers: 'block' });
  test('a part that cannot be loaded says to reload when back online', async ({ page }) => {
    await page.route(/saves-view-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('/?start');
    await playChoices(page, 1);
    await openMenuItem(page, /^Saves/);
    await expect(page.locator('[data-load-failure]')).toContainText('Reload when you are back online');
  });
});

test('the offline copy takes over on the first visit, so Saves opens after the connection drops', async ({ page, context }) => {
  await page.goto('/?start');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, {
    timeout: 30_000,
  });
  await playChoices(page, 1);
  await context.setOffline(true);
  await openMenuItem(page, /^Saves/);
  await expect(page.locator('#slot-name')).toBeVisible();
  await context.setOffline(false);
});
