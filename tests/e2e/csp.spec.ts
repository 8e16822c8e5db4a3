import { expect, type Page, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { actOnePath, openMenuItem, pressChoice } from './helpers.ts';

// The built game ships a Content-Security-Policy (scripts/csp.ts). Play it with the map, sound, saves, the timeline,
// charts, the guide and the settings, and fail on any violation.

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

async function closeSheet(page: Page): Promise<void> {
  await page.locator('dialog[open] .sheet__close').click();
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

test('the built game runs under its Content-Security-Policy without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  await page.goto('/?start');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*; style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(await meta.getAttribute('content')).not.toContain('unsafe-inline');

  // First option every time soon ends the year in February: then play again, down the historical road, so that
  // Compare has two playthroughs to chart.
  const playAgain = page.getByRole('button', { name: 'Play again' });
  while (!(await playAgain.isVisible())) {
    await expect(page.locator('#choices button.choice, #choices .turn-page').first()).toBeVisible();
    await page.keyboard.press('1');
  }
  await playAgain.click();
  for (const index of actOnePath(historicalPicker).path.slice(0, 4)) await pressChoice(page, index);
  await expect(page.locator('html[data-map-ready]')).toBeAttached({ timeout: 60_000 });
  await page
    .getByRole('button', { name: /Mute|Sound/ })
    .first()
    .click();

  await openMenuItem(page, /^Saves/);
  await page.locator('#slot-name').fill('Under the policy');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.sheet .message')).toContainText('Saved as');
  await closeSheet(page);

  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.locator('dialog[open]')).toBeVisible();
  await closeSheet(page);

  await openMenuItem(page, /^Compare two playthroughs/);
  await expect(page.locator('dialog[open]')).toBeVisible();
  await closeSheet(page);

  await openMenuItem(page, /^Teacher’s guide/);
  await expect(page.locator('dialog[open] .guide h1, dialog[open] .guide h2').first()).toBeVisible();
  await closeSheet(page);

  await openMenuItem(page, /^Settings/);
  await page.locator('#set-newstyle').check();
  await closeSheet(page);

  await openMenuItem(page, /^The map of the year/);
  await expect(page.locator('dialog[open]')).toBeVisible();
  await closeSheet(page);

  const violations = await page.evaluate(() => window.cspViolations ?? []);
  expect([...violations, ...console]).toEqual([]);
});
