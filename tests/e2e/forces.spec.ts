import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { historicalPicker, walkOne } from '../../src/explore/walker.ts';
import { ACT_INFO } from '../../src/story/acts.ts';
import type { ActId } from '../../src/story/tags.ts';
import { actOnePath, openMenuItem, pressChoice, storyJson, watchErrors } from './helpers.ts';

const SIZES = [
  { name: 'phone 360x640', width: 360, height: 640 },
  { name: 'phone 640x360', width: 640, height: 360 },
  { name: 'phone 390x844', width: 390, height: 844 },
  { name: 'phone 844x390', width: 844, height: 390 },
  { name: 'tablet 768x1024', width: 768, height: 1024 },
  { name: 'tablet 1024x768', width: 1024, height: 768 },
  { name: 'laptop 1366x768', width: 1366, height: 768 },
  { name: 'wide 1920x1080', width: 1920, height: 1080 },
];

/** The forces as the page shows them, by name. */
async function forceValues(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-force]')
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [(el as HTMLElement).dataset.force, (el as HTMLElement).dataset.value ?? ''])));
}

/**
 * Lets the page draw until the map has drawn the choice's change and gone to sleep (at once where it is scrolled out
 * of view), then 30 frames more; at most `budget` frames (a map still moving then is measured as it stands).
 */
async function untilMapRests(page: Page, budget: number): Promise<void> {
  await page.evaluate(
    (most) =>
      new Promise<void>((done) => {
        const frame = document.querySelector<HTMLElement>('#map-frame');
        let seen = 0;
        let restedAt = -1;
        const tick = () => {
          seen++;
          if (restedAt < 0 && frame?.dataset.mapLoop === 'asleep') restedAt = seen;
          if (seen >= most || (restedAt >= 0 && seen - restedAt >= 30)) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    budget,
  );
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const size of SIZES) {
  test(`${size.name}: no sideways scroll, a stable height, and a choice moves a force with a reason`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: size.width, height: size.height });
    const path = actOnePath(historicalPicker);
    await page.goto('/?start');
    await expect(page.locator('[data-force]').first()).toBeVisible();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const before = await forceValues(page);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(6);
    await pressChoice(page, path.path[0] ?? 0);
    await expect(page.locator('.passage .chosen')).toHaveCount(1);
    await expect.poll(async () => JSON.stringify(await forceValues(page))).not.toEqual(JSON.stringify(before));
    const why = page.locator('[data-force-why]');
    await expect(why).toBeVisible();
    await expect(why).toHaveText(/[▲▼]|\bup\b|\bdown\b/);
    await expect(page.locator('[data-force][data-moved]').first()).toBeVisible();
    await page.locator('.map-frame.is-ready').waitFor({ state: 'attached' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await untilMapRests(page, 600);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height * 1.1);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
}

test('the act report stands before each page turn on the historical road, beside history', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const walk = walkOne(storyJson(), historicalPicker);
  await page.goto('/?start');
  const reported: string[] = [];
  for (const index of walk.path) {
    await pressChoice(page, index);
    const turn = page.locator('button.turn-page');
    const choiceOrTurn = page.locator('#choices button.choice, #choices button.turn-page, #choices button.button');
    await choiceOrTurn.first().waitFor();
    if (await turn.count()) {
      const report = page.locator('#act-report');
      await expect(report).toBeVisible();
      await expect(report.locator('h2')).toContainText('beside history');
      await expect(report.locator('.act-report__forces tbody tr')).toHaveCount(6);
      // On history's own road the player's numbers are history's.
      const cells = await report
        .locator('.act-report__forces tbody tr')
        .evaluateAll((rows) => rows.map((r) => [r.children[1]?.textContent, r.children[2]?.textContent]));
      for (const [mine, theirs] of cells) expect(mine).toBe(theirs);
      const act = (await report.getAttribute('data-act')) ?? '';
      reported.push(act);
      // The masthead names the act on screen, not the next one waiting behind the page turn.
      await expect(page.locator('#where')).toContainText(`Act ${ACT_INFO[act as ActId].numeral}:`);
      await turn.click();
      await expect(report).toBeHidden();
    }
  }
  expect(reported.length).toBeGreaterThanOrEqual(walk.actEnds.length - 1);
  // Glossary terms: never in act-end or ending titles, and linked once on the page.
  await expect(page.locator('#transcript .gloss').first()).toBeAttached();
  await expect(page.locator('.ending')).toBeVisible();
  expect(await page.locator('.act-end h2 .gloss, .ending h2 .gloss, .act-end__kicker .gloss, h2 .gloss').count()).toBe(0);
  const terms = await page.locator('#transcript .gloss').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.term));
  expect(terms.length).toBeGreaterThan(5);
  expect(new Set(terms).size).toBe(terms.length);
  expect(new Set(reported).size).toBe(reported.length);
  expect(errors).toEqual([]);
});

test('on a phone the masthead folds its tools behind one button, and folds them again when one opens a sheet', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?start');
  await expect(page.locator('[data-force]').first()).toBeVisible();
  const masthead = await page.locator('.masthead').boundingBox();
  expect(masthead?.height ?? 999).toBeLessThanOrEqual(640 * 0.1);
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await page.getByRole('button', { name: 'Tools' }).click();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  // A tool that opens a sheet folds the tools away, and focus comes back to Tools when the sheet closes.
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('[data-sheet="share"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tools' })).toBeFocused();
  expect((await page.locator('.masthead').boundingBox())?.height ?? 999).toBeLessThanOrEqual(640 * 0.1);
  // The Tools button keeps its whole width beside the longest act and date.
  await page.locator('#where').evaluate((el) => {
    el.textContent = 'Act VI: Defending the revolution · 6 January 1918 (Old Style)';
  });
  const more = await page.getByRole('button', { name: 'Tools' }).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(more).toBeLessThanOrEqual(0);
});

for (const size of [SIZES[0], SIZES[6]]) {
  test(`axe: no serious or critical findings with the forces and the act report, ${size?.name}`, async ({ page }) => {
    if (!size) return;
    await page.setViewportSize({ width: size.width, height: size.height });
    const path = actOnePath(historicalPicker);
    await page.goto('/?start');
    for (const index of path.path) await pressChoice(page, index);
    await expect(page.locator('#act-report')).toBeVisible();
    await page.locator('.forces__toggle').click();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test('the glossary index lists every term from the menu', async ({ page }) => {
  await page.goto('/?start');
  await openMenuItem(page, /^Glossary/);
  await expect(page.locator('.glossary-index dt').first()).toBeVisible();
  expect(await page.locator('.glossary-index dt').count()).toBeGreaterThan(10);
});
