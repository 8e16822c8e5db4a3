import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openMenuItem } from './helpers.ts';

async function toFirstDecision(page: Page): Promise<void> {
  for (let i = 0; i < 6; i++) {
    if (await page.locator('.vote').isVisible()) return;
    await page.locator('#choices button.choice').first().click();
  }
  await expect(page.locator('.vote')).toBeVisible();
}

test('the class votes at a decision with the keyboard, reveals the result and plays it', async ({ page }) => {
  await page.goto('/?classroom&start');
  await expect(page.locator('html')).toHaveClass(/classroom/);
  await toFirstDecision(page);
  const rows = page.locator('.vote [data-vote]');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.locator('#choices button.choice').first()).toBeDisabled();
  await page.keyboard.press('2');
  for (let i = 0; i < 5; i++) await page.keyboard.press('+');
  await page.keyboard.press('1');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('-');
  await expect(rows.nth(1).locator('output')).toHaveText('5');
  await expect(rows.nth(0).locator('output')).toHaveText('1');
  const winner = await rows.nth(1).getAttribute('data-vote');
  await page.keyboard.press('r');
  await expect(page.locator('.vote__result')).toContainText('with 5 of 6 votes');
  await page.getByRole('button', { name: 'Play the class’s choice' }).click();
  await expect(page.locator('.passage .chosen').last()).toBeVisible();
  // The lesson is kept once the page is idle, after the new passage is painted: wait for it, then read it.
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:lesson') ?? '{}'));
  await expect.poll(async () => (await stored()).votes?.length ?? 0).toBe(1);
  const record = await stored();
  expect(record.votes).toHaveLength(1);
  expect(record.votes[0].tallies.slice(0, 2)).toEqual([1, 5]);
  expect(record.votes[0].outcome).toBe('voted');
  // The autosave is written in idle time after the click's paint.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:autosave') ?? '{}').path?.at(-1))).toBe(Number(winner));
});

test('the teacher can overrule the class, and the debrief exports the votes as CSV', async ({ page }) => {
  await page.goto('/?classroom&start');
  await toFirstDecision(page);
  await page.keyboard.press('1');
  await page.keyboard.press('+');
  await page.keyboard.press('r');
  await page.locator('#choices button.choice').nth(1).click();
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:lesson') ?? '{}'));
  await expect.poll(async () => (await stored()).votes?.[0]?.outcome ?? null).toBe('overruled');
  await openMenuItem(page, /^Class debrief/);
  await expect(page.locator('.debrief__path')).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.locator('[data-action="export-csv"]').click();
  const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(csv.split('\n')[0]).toBe('order,date,decision,decision_title,option,votes,played,historical,settled,on_path');
  expect(csv).toMatch(/,yes,(yes|no),teacher overruled the class,yes\n/);
});

test('the role cards print one card per sheet, front and back', async ({ page }) => {
  await page.goto('/');
  const roles = JSON.parse(readFileSync('assets/classroom/roles.json', 'utf8')).roles.length;
  await page.evaluate(() => {
    window.print = () => {};
  });
  await openMenuItem(page, /^Role cards/);
  await expect(page.locator('.sheet .role-card')).toHaveCount(roles);
  await page.locator('[data-action="print-roles"]').click();
  await expect(page.locator('#print-area .role-card')).toHaveCount(roles);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.masthead').isVisible()).toBe(false);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // Each card takes one sheet printed on both sides: who the role is on the front, its arguments on the back.
  expect(pages).toBe(2 * roles);
});

test('the projector layout has large type and no serious accessibility problems', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?classroom&start');
  const size = await page
    .locator('.transcript p')
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  // Check the page as a class sees it: at a decision, with the vote panel up.
  await toFirstDecision(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
