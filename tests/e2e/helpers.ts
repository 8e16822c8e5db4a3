import { resolve } from 'node:path';
import { type Browser, expect, type Page } from '@playwright/test';
import { compileInk } from '../../scripts/ink-compile.mjs';
import { historicalPicker, type PathRecord, type Picker, walkOne } from '../../src/explore/walker.ts';

let json: string | null = null;

/** The real story, compiled once per worker. */
export function storyJson(): string {
  if (json) return json;
  const result = compileInk(resolve('story/main.ink'));
  if (!result.json) throw new Error('The story does not compile');
  json = result.json;
  return json;
}

/** A path through Act I chosen by `pick`, computed with the game's own core (the browser must show the same). */
export function actOnePath(pick: Picker): PathRecord {
  return walkOne(storyJson(), pick, { stopAtActEnd: true });
}

/** Presses the number key of the choice with ink index `index` (the keyboard-only way to play). */
export async function pressChoice(page: Page, index: number): Promise<void> {
  const buttons = page.locator('#choices button.choice');
  await buttons.first().waitFor();
  const indices = await buttons.evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.choice)));
  const position = indices.indexOf(index);
  if (position < 0) throw new Error(`Choice ${index} is not on screen (${indices.join(',')})`);
  await page.keyboard.press(String(position + 1));
}

/**
 * Waits for what a step leaves until after its paint (game/render.ts afterPaint: the map, the sound, the share code in
 * the address), which runs in the next frame: two frames and then a task, queued behind the ones the step's render queued.
 */
export async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

/** Starts a new game and plays its first `choices` choices as history went. */
export async function playHistory(page: Page, choices: number): Promise<void> {
  await page.goto('/?start');
  for (const index of actOnePath(historicalPicker).path.slice(0, choices)) await pressChoice(page, index);
}

/** Makes the browser refuse the page any storage, as when a user switches it off (read before any script runs). */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** Collects console errors and page errors (GL driver chatter is a warning and is ignored). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Presses a masthead tool (Menu, Timeline, Share…), unfolding the masthead's Tools first on a narrow screen. */
export async function pressTool(page: Page, name: string): Promise<void> {
  const tool = page.getByRole('button', { name, exact: true });
  if (!(await tool.isVisible())) await page.getByRole('button', { name: 'Tools' }).click();
  await tool.click();
}

/**
 * Exports the lesson from the debrief sheet open on `page` and imports the file into a fresh browser context, as a
 * teacher carries a lesson to another computer; resolves with that computer's page, its vote on screen.
 */
export async function carryLesson(page: Page, browser: Browser): Promise<Page> {
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="export-lesson"]').click();
  const file = await (await downloading).path();
  const second = await (await browser.newContext()).newPage();
  await second.goto('/?classroom');
  const choosing = second.waitForEvent('filechooser');
  await second.locator('[data-action="import-lesson"]').first().click();
  await (await choosing).setFiles(file);
  await expect(second.locator('.vote')).toBeVisible();
  return second;
}

/**
 * Opens the game menu and presses `item`. The Menu button toggles, and does nothing until the game has booted (a
 * loaded machine may be slower than the test): it is pressed until the item shows, and never while the item is open.
 */
export async function openMenuItem(page: Page, item: RegExp): Promise<void> {
  const button = page.getByRole('button', { name: item });
  await expect(async () => {
    if (!(await button.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
    await expect(button).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await button.click();
}
