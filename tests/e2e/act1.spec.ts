import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { historicalPicker, type PathRecord, randomPicker, seededRandom, walkOne } from '../../src/explore/walker.ts';
import { actOnePath, playHistory, pressChoice, storyJson, watchErrors } from './helpers.ts';

test('the title screen offers a new game, and no Continue before any game was saved', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('[data-action="start"]')).toBeEnabled();
  await expect(page.locator('[data-action="continue"]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The Organiser');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a student plays Act I on the historical path with the keyboard only, and the map follows', async ({ page }) => {
  const errors = watchErrors(page);
  const path = actOnePath(historicalPicker);
  expect(path.actEnds).toEqual(['february']);
  await page.goto('/');
  await page.locator('[data-action="start"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#choices button.choice').first()).toBeVisible();
  await expect(page.locator('#where')).toContainText('Act I: February');
  await expect(page.locator('#where')).toContainText('1917 (Old Style)');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
  const twinBefore = await page.locator('#map-twin-body').innerText();
  for (const index of path.path) await pressChoice(page, index);
  await expect(page.locator('.act-end')).toContainText('End of Act I');
  expect(await page.locator('.history-note').count()).toBeGreaterThanOrEqual(path.decisions.length);
  expect(await page.locator('.passage .chosen').count()).toBe(path.path.length);
  expect(await page.locator('#map-twin-body').innerText()).not.toEqual(twinBefore);
  await expect(page.locator('#map-twin-body')).toContainText('Held by the revolution');
  await page.keyboard.press('1');
  await expect(page.locator('.passage__continued .scene--act')).toContainText('Act II');
  expect(errors).toEqual([]);
});

test('another path: an armed rising before the soldiers come over ends in a massacre', async ({ page }) => {
  const errors = watchErrors(page);
  // A path through Act I, found by the game's own walker (seeded random walks, so the same one each run), that ends
  // in the February massacre: enumerating every path of the act first cost more than the whole test.
  let path: PathRecord | undefined;
  for (let seed = 1; seed <= 5_000 && !path; seed++) {
    const walk = walkOne(storyJson(), randomPicker(seededRandom(seed)), { stopAtActEnd: true });
    if (walk.ending === 'february_crushed') path = walk;
  }
  expect(path, 'some path through Act I ends in february_crushed').toBeDefined();
  if (!path) return;
  await page.goto('/?start');
  for (const index of path.path) await pressChoice(page, index);
  await expect(page.locator('.ending[data-ending="february_crushed"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the game autosaves after every choice and continues after a reload', async ({ page }) => {
  await playHistory(page, 2);
  const choicesBefore = await page.locator('#choices button.choice').allInnerTexts();
  await page.goto('/');
  await expect(page.locator('[data-action="continue"]')).toBeVisible();
  await expect(page.locator('#title-saved')).toContainText('Your last game was saved');
  await page.locator('[data-action="continue"]').click();
  await expect(page.locator('.passage .chosen')).toHaveCount(2);
  expect(await page.locator('#choices button.choice').allInnerTexts()).toEqual(choicesBefore);
});

test('the play screen, with a history note on it, has no serious accessibility violations', async ({ page }) => {
  const path = actOnePath(historicalPicker);
  await page.goto('/?start');
  const firstDecision = path.decisions[0]?.step ?? 0;
  for (const index of path.path.slice(0, firstDecision + 1)) await pressChoice(page, index);
  await expect(page.locator('.history-note').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});
