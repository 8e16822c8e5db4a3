import { expect, type Page, type Route, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { actOnePath, afterPaint, pressChoice, watchErrors } from './helpers.ts';

// A new game starts on the story's first part (src/story/partial.ts); the whole story downloads after the first page.
// These tests hold that download back, or make it fail, and cross into Act II while it is missing.

// The service worker would fetch the whole story for the offline copy, out of these routes' reach.
test.use({ serviceWorkers: 'block' });

const WHOLE_STORY = /\/assets\/story-(?!first-)[^/]*\.json$/;

/** Holds every request for the whole story until `release` is called (requests before and after it). */
async function holdWholeStory(page: Page): Promise<{ asked: () => number; release: () => void }> {
  const held: Route[] = [];
  let released = false;
  let asked = 0;
  await page.route(WHOLE_STORY, (route) => {
    asked++;
    if (released) void route.continue();
    else held.push(route);
  });
  return {
    asked: () => asked,
    release: () => {
      released = true;
      for (const route of held.splice(0)) void route.continue();
    },
  };
}

test('a new game plays Act I before the whole story has come, waits at the page turn, and goes on when it arrives', async ({ page }) => {
  const errors = watchErrors(page);
  const path = actOnePath(historicalPicker).path;
  const whole = await holdWholeStory(page);
  const firstPart = page.waitForResponse(/\/assets\/story-first-[^/]*\.json$/);
  await page.goto('/');
  await firstPart;
  await page.locator('[data-action="start"]').click();
  await expect(page.locator('#choices button.choice').first()).toBeVisible();
  for (const index of path.slice(0, -1)) await pressChoice(page, index);
  await expect(page.locator('.passage .chosen')).toHaveCount(path.length - 1);
  // The whole story was asked for once the first page had painted, and is still held back.
  expect(whole.asked()).toBeGreaterThan(0);
  const last = path[path.length - 1] ?? 0;
  await pressChoice(page, last);
  await expect(page.locator('#notice')).toContainText('still downloading');
  await expect(page.locator('.passage .chosen')).toHaveCount(path.length - 1);
  whole.release();
  await expect(page.locator('.act-end')).toContainText('End of Act I');
  await expect(page.locator('#notice')).toBeHidden();
  await expect(page.locator('.passage .chosen')).toHaveCount(path.length);
  await page.keyboard.press('1');
  await expect(page.locator('.passage__continued .scene--act')).toContainText('Act II');
  // The game kept in storage is the whole game: a reload of the tab carries it on (now on the whole story).
  await page.reload();
  await expect(page.locator('.passage .chosen')).toHaveCount(path.length);
  expect(errors).toEqual([]);
});

test('when the whole story cannot be downloaded, the page turn says so, keeps the game, and goes on once it can', async ({ page }) => {
  const path = actOnePath(historicalPicker).path;
  let failing = true;
  await page.route(WHOLE_STORY, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/');
  await page.locator('[data-action="start"]').click();
  for (const index of path) await pressChoice(page, index);
  await expect(page.locator('#notice')).toContainText('could not be downloaded');
  await expect(page.locator('.passage .chosen')).toHaveCount(path.length - 1);
  // Nothing of the game is lost: the autosave holds every choice made before the page turn.
  await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('organiser:autosave') ?? '{}').path ?? []).length)).toBe(path.length - 1);
  failing = false;
  await pressChoice(page, path[path.length - 1] ?? 0);
  await expect(page.locator('.act-end')).toContainText('End of Act I');
  await expect(page.locator('#notice')).toBeHidden();
});

test('a player who pauses to read gets the whole story without asking, and the page turn at the end of Act I does not wait', async ({ page }) => {
  const path = actOnePath(historicalPicker).path;
  await page.goto('/');
  await page.locator('[data-action="start"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-story', 'first-part');
  for (const index of path.slice(0, 3)) await pressChoice(page, index);
  // Reading: no click or key for a second, and the whole story is built in the pause, not on a click.
  await expect(page.locator('html')).toHaveAttribute('data-story', 'whole');
  for (const index of path.slice(3)) await pressChoice(page, index);
  await expect(page.locator('.act-end')).toContainText('End of Act I');
  await expect(page.locator('#notice')).toBeHidden();
});

test('a fast player who reaches the page turn once the whole story has come, without a pause to read, never sees "still downloading"', async ({ page }) => {
  // What is painted, frame by frame: whether the notice ever showed while Act I was played.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenNotices: string[] }).seenNotices = seen;
    const look = () => {
      const notice = document.querySelector<HTMLElement>('#notice');
      if (notice && !notice.hidden && notice.textContent) seen.push(notice.textContent);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const path = actOnePath(historicalPicker).path;
  const whole = page.waitForResponse(WHOLE_STORY);
  await page.goto('/');
  await page.locator('[data-action="start"]').click();
  await pressChoice(page, path[0] ?? 0);
  await (await whole).finished();
  for (const index of path.slice(1)) await pressChoice(page, index);
  await expect(page.locator('.act-end')).toContainText('End of Act I');
  expect(await page.evaluate(() => (window as unknown as { seenNotices: string[] }).seenNotices.filter((t) => t.includes('still downloading')))).toEqual([]);
});

test('a code typed before the whole story has come waits for it and opens; a mistyped one is answered at once', async ({ page, browser }) => {
  await page.goto('/?start');
  for (const index of actOnePath(historicalPicker).path.slice(0, 3)) await pressChoice(page, index);
  await afterPaint(page);
  await expect(page).toHaveURL(/#play=[0-9A-Z-]+$/);
  const code = decodeURIComponent(new URL(page.url()).hash.slice('#play='.length));
  const lastText = await page.locator('.passage').last().innerText();
  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  const whole = await holdWholeStory(other);
  await other.goto('/');
  await other.locator('#title-screen [data-action="open-code"]').click();
  await other.locator('#code-input').fill(`${code}Q`);
  await other.locator('#code-input').press('Enter');
  await expect(other.getByRole('alert')).toBeVisible();
  await other.locator('#code-input').fill(code);
  await other.locator('#code-input').press('Enter');
  await expect(other.getByRole('dialog', { name: 'Open a code' }).getByRole('button', { name: 'Opening…' })).toBeDisabled();
  expect(whole.asked()).toBeGreaterThan(0);
  whole.release();
  await expect(other.locator('.passage .chosen')).toHaveCount(3);
  expect(await other.locator('.passage').last().innerText()).toEqual(lastText);
  await fresh.close();
});
