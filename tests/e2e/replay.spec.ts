import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { actOnePath, afterPaint, openMenuItem, playHistory, pressChoice, watchErrors } from './helpers.ts';

test('rewind: return to the first decision from the timeline, take the other road, and keep both', async ({ page }) => {
  const errors = watchErrors(page);
  await playHistory(page, 3);
  await expect(page.locator('.passage .chosen')).toHaveCount(3);
  await page.getByRole('button', { name: 'Timeline' }).click();
  const rewind = page.locator('[data-rewind]').first();
  await expect(rewind).toBeVisible();
  const step = Number(await rewind.getAttribute('data-rewind'));
  await rewind.click();
  await expect(page.locator('.passage .chosen')).toHaveCount(step);
  const options = await page.locator('#choices button.choice').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.choice)));
  const other = options.find((i) => i !== actOnePath(historicalPicker).path[step]) ?? options[0] ?? 0;
  await pressChoice(page, other);
  await expect(page.locator('.passage .chosen')).toHaveCount(step + 1);
  // A click's explored path is kept in idle time after its paint.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:branches') ?? '{}').paths?.length ?? 0)).toBe(2);
  expect(errors).toEqual([]);
});

test('a share link opened in a fresh browser reaches the same passage with the same city', async ({ page, browser }) => {
  await playHistory(page, 3);
  await afterPaint(page);
  await expect(page).toHaveURL(/#play=[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{2,5})+$/);
  const url = page.url();
  const lastText = await page.locator('.passage').last().innerText();
  const twin = await page.locator('#map-twin-body .twin__districts').innerText();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('.passage .chosen')).toHaveCount(3);
  expect(await other.locator('.passage').last().innerText()).toEqual(lastText);
  expect(await other.locator('#map-twin-body .twin__districts').innerText()).toEqual(twin);
  await fresh.close();
});

test('a broken share link gets a clear message, and Back still leaves the game', async ({ page }) => {
  await page.goto('/#play=abc123.AAAAAAAA');
  await expect(page.locator('#title-message')).toContainText('could not be opened');
  await page.goto('/?start');
  await pressChoice(
    page,
    (await page.locator('#choices button.choice').first().getAttribute('data-choice')) === null
      ? 0
      : Number(await page.locator('#choices button.choice').first().getAttribute('data-choice')),
  );
  const length = await page.evaluate(() => history.length);
  await page.keyboard.press('1');
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('export a save to a file and import it in a fresh browser', async ({ page, browser }) => {
  await playHistory(page, 2);
  await openMenuItem(page, /^Saves/);
  await page.locator('#slot-name').fill('Class 9B');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  const download = await downloadPromise;
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^organiser-class-9b-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text).path).toHaveLength(2);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.locator('[data-action="saves"]').click();
  await other.locator('#import-file').setInputFiles(file);
  await expect(other.locator('.passage .chosen')).toHaveCount(2);
  await fresh.close();
});

test('importing a file that is not a save says so and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-action="saves"]').click();
  await page.locator('#import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(page.locator('.sheet .message')).toContainText('not a save from The Organiser');
  await expect(page.locator('#play')).toBeHidden();
});

test('a code typed from the board in lower case, in spaced groups, opens the same passage; a typo names its group', async ({ page, browser }) => {
  const path = actOnePath(historicalPicker);
  await page.goto('/?start');
  for (const index of path.path.slice(0, 3)) await pressChoice(page, index);
  await afterPaint(page);
  await expect(page).toHaveURL(/#play=[0-9A-Z-]+$/);
  const code = decodeURIComponent(new URL(page.url()).hash.slice('#play='.length));
  const lastText = await page.locator('.passage').last().innerText();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.locator('#title-screen [data-action="open-code"]').click();
  const groups = code.split('-');
  const typo = groups.map((g, i) => (i === 1 ? `${g.slice(0, 2)}${g[2] === 'X' ? 'Y' : 'X'}${g.slice(3)}` : g)).join(' ');
  await other.locator('#code-input').fill(typo.toLowerCase());
  await other.locator('#code-input').press('Enter');
  await expect(other.getByRole('alert')).toContainText(`group 2 (${groups[1]?.slice(0, 2)}`);
  await other.locator('#code-input').fill('');
  await other.locator('#code-input').pressSequentially(groups.join(' ').toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l'));
  await other.locator('#code-input').press('Enter');
  await expect(other.locator('.passage .chosen')).toHaveCount(3);
  expect(await other.locator('.passage').last().innerText()).toEqual(lastText);
  await fresh.close();
});
