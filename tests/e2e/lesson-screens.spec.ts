// The lesson's screens (issue 15): the vote fits one projector screen whatever the number of options, the time-up bell,
// the class record of older builds carried into the lesson record, and the role-assignment screen.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { carryLesson, openMenuItem } from './helpers.ts';

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
    await expect(page.locator('#choices button.choice').first()).toBeVisible();
    for (const { decision, options } of FITS) {
      await openMenuItem(page, /^Teacher preview/);
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

type Kept = { roles: { role: string; students: string }[]; votes: { decision: string; tallies: number[]; outcome: string }[] };
const kept = (page: Page): Promise<Kept | null> => page.evaluate(() => JSON.parse(localStorage.getItem('organiser:lesson') ?? 'null'));

test('the teacher deals the roles to a class at random or types them; the lesson keeps them through an export and import, and the debrief names them', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?classroom&start');
  await toDecision(page);
  await openMenuItem(page, /^Who plays which role/);
  const rows = page.locator('[data-assign-role]');
  await expect(rows).toHaveCount(16);
  await page.locator('[data-deal-size]').fill('20');
  await page.locator('[data-action="deal-roles"]').click();
  // Every student of 20 is dealt once; every role has one or two.
  const dealt = await page.locator('[data-assign-input]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(dealt.every((text) => text.split(', ').length >= 1 && text.split(', ').length <= 2)).toBe(true);
  expect(dealt.flatMap((text) => text.split(', ')).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  // Typed over: a name replaces a role's numbers, and is kept at once.
  await rows.first().locator('input').fill('Anna and Boris');
  await expect.poll(async () => (await kept(page))?.roles.find((r) => r.role === 'bolshevik_hardliner')?.students).toBe('Anna and Boris');
  await page.screenshot({ path: 'test-results/assign-roles-1280.png' });
  await page.keyboard.press('Escape');

  // The debrief says who played whom; the exported lesson carries it to another computer.
  await openMenuItem(page, /^Class debrief/);
  await expect(page.locator('[data-role-result="bolshevik_hardliner"] [data-role-students]')).toContainText('Anna and Boris');
  const second = await carryLesson(page, browser);
  await openMenuItem(second, /^Who plays which role/);
  await expect(second.locator('[data-assign-input="bolshevik_hardliner"]')).toHaveValue('Anna and Boris');
  expect((await kept(second))?.roles).toEqual((await kept(page))?.roles);
  await second.context().close();
});

test('a class record kept by an older version (organiser:classroom) becomes the lesson record, and its old key goes once the lesson is kept', async ({
  page,
}) => {
  const old = readFileSync('tests/fixtures/lessons/classroom-old.json', 'utf8');
  await page.goto('/');
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('organiser:classroom', text);
  }, old);
  await page.goto('/?classroom');
  await expect
    .poll(async () => (await kept(page))?.votes.map((x) => [x.decision, x.tallies, x.outcome]))
    .toEqual([
      ['feb_continue_strike', [17, 10, 0], 'voted'],
      ['feb_arms', [3, 20, 4], 'overruled'],
    ]);
  expect(await page.evaluate(() => localStorage.getItem('organiser:classroom'))).toBeNull();
  await openMenuItem(page, /^Class debrief/);
  await expect(page.locator('.debrief__path tr[data-decision="feb_arms"]')).toContainText('3 / 20 / 4');
});
