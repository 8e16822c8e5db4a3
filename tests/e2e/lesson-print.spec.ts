// Printing for a lesson: the debrief on 2-3 pages with its charts as pictures, role cards a 14-year-old can read, and
// the guide and the student sheets printable from the game. The PDFs are kept in test-results/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { actOnePath, openMenuItem } from './helpers.ts';

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync('test-results/print', { recursive: true });
  writeFileSync(`test-results/print/${name}.pdf`, pdf);
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
});

test('the debrief of six votes prints on two or three pages, with its charts as pictures', async ({ page }) => {
  // History's road through Act I, so the class votes six times without an early ending.
  const historical = new Map(actOnePath(historicalPicker).decisions.map((d) => [d.id, d.index]));
  await page.goto('/?classroom&start');
  for (let votes = 0; votes < 6; ) {
    if (await page.locator('.vote').isVisible()) {
      const decision = (await page.locator('#choices').getAttribute('data-decision')) ?? '';
      await page.locator(`.vote [data-vote="${historical.get(decision) ?? 0}"]`).click();
      await page.keyboard.press('+');
      await page.locator('[data-action="reveal"]').click();
      await page.getByRole('button', { name: 'Play the class’s choice' }).click();
      votes++;
    } else await page.locator('#choices button.choice, #choices button.turn-page').first().click();
  }
  await openMenuItem(page, /^Class debrief/);
  await expect(page.locator('.debrief__charts .compare__chart canvas, .debrief__charts .compare__chart svg').first()).toBeVisible();
  await page.locator('[data-action="print-debrief"]').click();
  await expect(page.locator('#print-area .debrief__charts img').first()).toBeAttached();
  expect(await page.locator('#print-area canvas').count()).toBe(0);
  const pages = pageCount(await printToPdf(page, 'debrief'));
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(3);
});

test('printed role cards use type of 11 points or more and carry their secret objective', async ({ page }) => {
  await page.goto('/');
  await openMenuItem(page, /^Role cards/);
  await page.locator('[data-action="print-roles"]').click();
  await page.emulateMedia({ media: 'print' });
  const sizes = await page.locator('#print-area .role-card p').evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
  // 11 pt is 14.67 CSS pixels.
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14.6);
  await expect(page.locator('#print-area .role-card__objective').first()).toContainText('Secret objective');
  const pdf = await printToPdf(page, 'role-cards');
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(16);
});

test('the guide, the student sheets and the source packet print from the game as one document', async ({ page }) => {
  await page.goto('/');
  await openMenuItem(page, /^Printable pack/);
  await page.locator('[data-action="print-pack"]').click();
  for (const part of ['guide', 'tracker', 'dates', 'glossary', 'starters', 'exit', 'mark-scheme', 'sources'])
    await expect(page.locator(`#print-area [data-pack="${part}"]`)).toBeAttached();
  await expect(page.locator('#print-area [data-pack="guide"]')).toContainText('Where it fits the syllabus');
  const pages = pageCount(await printToPdf(page, 'pack'));
  expect(pages).toBeGreaterThanOrEqual(10);
});
