import { expect, type Page, test } from '@playwright/test';
import { historicalPicker, type Picker } from '../../src/explore/walker.ts';
import { actOnePath, pressChoice, pressTool } from './helpers.ts';

const lastOption: Picker = (choices) => choices.length - 1;
const TAPPABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"], label:has(> input[type="checkbox"])';
const MIN = 44;

/**
 * The tappable things on screen (inside the open sheet, if one is open) whose hit area is under 44 px either way,
 * measured by asking the page which element is hit at points around each one's centre: an invisible hit area (a
 * glossary term's) counts, a covered one does not. A box or a switch is measured by its label, which taps it too.
 * Terms in running text keep the line's look, so two on neighbouring lines share the space between them: their
 * reach may stop at each other, never at anything else.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    ([selector, min]) => {
      const dialogs = [...document.querySelectorAll('dialog[open]')];
      const root = dialogs[dialogs.length - 1] ?? document;
      const out: string[] = [];
      const inText = (el: Element | null): boolean => el?.matches('.gloss, .cite') ?? false;
      for (const found of root.querySelectorAll<HTMLElement | SVGElement>(selector)) {
        const labelled = found instanceof HTMLInputElement && /checkbox|radio/.test(found.type) ? found.labels?.[0] : null;
        const el = labelled ?? found;
        if (el.closest('[hidden], [inert]') || el.getClientRects().length === 0) continue;
        if (el instanceof HTMLElement && el.classList.contains('skip-link')) continue;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const rects = el.getClientRects();
        const box = rects.length > 1 ? el.getBoundingClientRect() : rects[0];
        if (!box || box.width < 1 || box.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const at = (dx: number, dy: number): Element | null => document.elementFromPoint(x + dx, y + dy);
        const mine = (t: Element | null): boolean => t !== null && (t === el || el.contains(t) || (labelled !== null && t === found));
        const reach = (dx: number, dy: number): number => {
          let n = 0;
          while (n < min && mine(at(dx * (n + 1), dy * (n + 1)))) n++;
          if (n < min && inText(el) && inText(at(dx * (n + 1), dy * (n + 1)))) return min;
          return n;
        };
        const name = `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}”`;
        if (!mine(at(0, 0))) {
          out.push(`${name}: covered`);
          continue;
        }
        const width = Math.min(reach(-1, 0) + reach(1, 0) + 1, min);
        const height = Math.min(reach(0, -1) + reach(0, 1) + 1, min);
        if (width < min || height < min) out.push(`${name}: ${width}×${height}`);
      }
      window.scrollTo(0, 0);
      return out;
    },
    [TAPPABLE, MIN] as const,
  );
}

async function openFromMenu(page: Page, name: RegExp): Promise<void> {
  await pressTool(page, 'Menu');
  await page.getByRole('button', { name }).click();
}

async function closeSheet(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

test('at 390x844 everything tappable is at least 44 px each way, glossary terms in the text included (sharing the space between neighbouring lines)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const found: string[] = [];
  const look = async (screen: string) => found.push(...(await smallTargets(page)).map((s) => `${screen}: ${s}`));
  const a = actOnePath(historicalPicker);
  const b = actOnePath(lastOption);
  await page.goto('/');
  await page.locator('[data-action="start"]').waitFor();
  await look('title');
  await page.goto('/?start');
  await pressChoice(page, b.path[0] ?? 0);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:branches') ?? '{}').story ?? null)).not.toBeNull();
  // A second road, so Compare has two runs to set side by side.
  await page.evaluate(
    (pb) => {
      const saved = JSON.parse(localStorage.getItem('organiser:branches') ?? '{}');
      const entry = { path: pb, texts: pb.map(() => ''), decisions: pb.map(() => null), ending: null, updatedAt: '2026-01-01T00:00:00Z' };
      localStorage.setItem('organiser:branches', JSON.stringify({ story: saved.story, paths: [entry] }));
    },
    [...b.path],
  );
  await page.goto('/?start');
  for (const index of a.path) await pressChoice(page, index);
  await expect(page.locator('#act-report')).toBeVisible();
  await expect(page.locator('#transcript .gloss').first()).toBeAttached();
  await look('play, act report');
  await page.getByRole('button', { name: 'Tools' }).click();
  await look('tools open');
  await page.getByRole('button', { name: 'Menu' }).click();
  // The menu's code comes after the first choice: measure it, and press Escape, once it is open.
  await expect(page.locator('dialog[open]')).toHaveCount(1);
  await look('menu');
  await closeSheet(page);
  for (const [tool, sheet] of [
    ['Timeline', 'timeline'],
    ['Share', 'share'],
  ] as const) {
    await pressTool(page, tool);
    await expect(page.locator(`[data-sheet="${sheet}"]`)).toBeVisible();
    await look(tool);
    await closeSheet(page);
  }
  for (const item of [
    /^Saves/,
    /^The map of the year/,
    /^Compare two playthroughs/,
    /^Endings/,
    /^What the strategies/,
    /^Sources/,
    /^Glossary/,
    /^Settings/,
  ]) {
    await openFromMenu(page, item);
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    await expect(page.locator('dialog[open] h2').first()).toBeVisible();
    await look(String(item));
    await closeSheet(page);
  }
  await page.locator('.gloss').first().click();
  await expect(page.locator('dialog[open], [role="tooltip"]:visible, .gloss-pop:visible').first()).toBeVisible();
  expect(found).toEqual([]);
});
