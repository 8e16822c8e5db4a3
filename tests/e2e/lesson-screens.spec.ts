// The lesson's screens (issue 15): the vote fits one projector screen whatever the number of options, the time-up bell,
// the class record of older builds carried into the lesson record, and the role-assignment screen.
import { expect, type Page, test } from '@playwright/test';

async function menu(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: item }).click();
}

async function toDecision(page: Page): Promise<void> {
  for (let i = 0; i < 8; i++) {
    if (await page.locator('.vote').isVisible()) return;
    await page.locator('#choices button.choice').first().click();
  }
  await expect(page.locator('.vote')).toBeVisible();
}

// The decisions with the most options (four), and one with three, from the story's choice points.
const FITS = [
  { decision: 'oct_how', options: 4 },
  { decision: 'oct_last_hour', options: 4 },
  { decision: 'def_assembly', options: 4 },
  { decision: 'feb_continue_strike', options: 3 },
];

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} the vote fits one screen at the decisions with the most options, before and after the reveal`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/?classroom&start');
    for (const { decision, options } of FITS) {
      await menu(page, /^Teacher preview/);
      await page.locator(`[data-preview="${decision}"]`).click();
      await expect(page.locator('.vote')).toBeVisible();
      await expect(page.locator('.vote [data-vote]')).toHaveCount(options);
      await page.locator('.vote').scrollIntoViewIfNeeded();
      for (const selector of ['[data-action="reveal"]', '[data-timer]', '.vote [data-vote]']) {
        for (const el of await page.locator(selector).all()) await expect(el, `${decision}: ${selector}`).toBeInViewport({ ratio: 1 });
      }
      const box = await page.locator('.vote').boundingBox();
      expect(box?.height ?? 9999, decision).toBeLessThanOrEqual(size.height);
      // After the reveal the bars and the play button join the rows: still one screen.
      await page.locator('.vote [data-vote]').first().locator('.vote__plus').click();
      await page.locator('[data-action="reveal"]').click();
      for (const el of [...(await page.locator('.vote [data-vote]').all()), page.locator('.vote__play')])
        await expect(el, `${decision} after the reveal`).toBeInViewport({ ratio: 1 });
    }
  });
}

test('the bell rings when the wall-clock timer runs out, and stays silent when the sound is muted', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?classroom&start');
  await toDecision(page);
  // The sound board writes what became of each signal on <html>: data-signal (played, muted) and data-signals (how many played).
  const root = page.locator('html');
  await page.locator('.timer__toggle').click();
  await page.clock.runFor(4 * 60_000);
  await expect(root).not.toHaveAttribute('data-signal', /./);
  await page.clock.runFor(61_000);
  await expect(page.locator('[data-timer]')).toHaveText('Time');
  await expect(root).toHaveAttribute('data-signal', 'played');
  await expect(root).toHaveAttribute('data-signals', '1');
  // Muted: the next time-up rings nothing.
  await page.locator('#toggle-sound').click();
  await page.locator('.timer button', { hasText: 'Reset' }).click();
  await page.locator('.timer__toggle').click();
  await page.clock.runFor(5 * 60_000 + 1000);
  await expect(page.locator('[data-timer]')).toHaveText('Time');
  await expect(root).toHaveAttribute('data-signal', 'muted');
  await expect(root).toHaveAttribute('data-signals', '1');
});
