import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { historicalPicker, type Picker } from '../../src/explore/walker.ts';
import { actOnePath, pressChoice, pressTool } from './helpers.ts';

const lastOption: Picker = (choices) => choices.length - 1;

for (const size of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`Compare marks the districts that differ, with labelled maps, no sideways scroll and no serious axe finding at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const a = actOnePath(historicalPicker);
    const b = actOnePath(lastOption);
    await page.goto('/?start');
    await pressChoice(page, a.path[0] ?? 0);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:branches') ?? '{}').story ?? null)).not.toBeNull();
    await page.evaluate(
      ([pa, pb]) => {
        const saved = JSON.parse(localStorage.getItem('organiser:branches') ?? '{}');
        const entry = (path: readonly number[] = []) => ({
          path,
          texts: path.map(() => ''),
          decisions: path.map(() => null),
          ending: null,
          updatedAt: '2026-01-01T00:00:00Z',
        });
        localStorage.setItem('organiser:branches', JSON.stringify({ story: saved.story, paths: [entry(pa), entry(pb)] }));
      },
      [[...a.path], [...b.path]] as const,
    );
    await page.goto('/?start');
    await page.locator('#choices button.choice').first().waitFor();
    await pressTool(page, 'Menu');
    await page.getByRole('button', { name: /^Compare two playthroughs/ }).click();
    const sheet = page.locator('[data-sheet="compare"]');
    await expect(sheet.locator('.compare__maps svg')).toHaveCount(2);
    await expect(sheet.locator('.svg-map__label').first()).toBeVisible();
    expect(await sheet.locator('[data-differs]').count()).toBeGreaterThan(0);
    const id = await sheet.locator('[data-differs]').first().getAttribute('data-differs');
    await expect(sheet.locator(`.compare__maps .svg-map__differs[data-district="${id}"]`)).toHaveCount(2);
    await expect(sheet.locator('.compare__chart').first()).toBeVisible();
    const sideways = await page.evaluate(() => {
      const d = document.querySelector('[data-sheet="compare"]') as HTMLElement;
      return { page: document.documentElement.scrollWidth - window.innerWidth, sheet: d.scrollWidth - d.clientWidth };
    });
    expect(sideways.page).toBeLessThanOrEqual(0);
    expect(sideways.sheet).toBeLessThanOrEqual(0);
    await sheet.locator('.compare__maps').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/compare-${size.width}.png` });
    const axe = await new AxeBuilder({ page }).include('[data-sheet="compare"]').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
}
