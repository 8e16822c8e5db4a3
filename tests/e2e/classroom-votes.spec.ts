// In classroom mode the class gets a vote at every decision, whatever the path: after each act's page turn and
// after a reload in the middle of an act. The decisions to expect come from walking the real story in Node, so
// the count grows with the story and is never written down here.
import { expect, type Page, test } from '@playwright/test';
import { historicalPicker, leaningPicker, type PathRecord, seededRandom, walkOne } from '../../src/explore/walker.ts';
import { afterPaint, storyJson } from './helpers.ts';

// Twelve years besides history's: enough to cross every act's page turn on several roads, within npm test's 10 minutes.
const RANDOM_PATHS = 12;

/** What the page shows once passage `step` is on it: a page turn, a vote panel, the decision on offer. */
async function settle(page: Page, step: number): Promise<{ turn: boolean; vote: boolean; decision: string }> {
  const handle = await page.waitForFunction((count) => {
    if (document.querySelectorAll('.passage').length !== count) return null;
    const choices = document.querySelector<HTMLElement>('#choices');
    if (!choices?.querySelector('button')) return null;
    return { turn: Boolean(choices.querySelector('.turn-page')), vote: Boolean(document.querySelector('.vote')), decision: choices.dataset.decision ?? '' };
  }, step + 1);
  // The address's share code (which a reload opens) is written just after the paint.
  await afterPaint(page);
  return (await handle.jsonValue()) as { turn: boolean; vote: boolean; decision: string };
}

/** Plays `record.path` in classroom mode, checking a vote panel at every decision; reloads once, at `reloadAt`. */
async function playWithVotes(page: Page, record: PathRecord, reloadAt: number): Promise<{ votes: number; turns: number }> {
  const decisionAt = new Map(record.decisions.map((d) => [d.step, d.id]));
  let votes = 0;
  let turns = 0;
  // What is checked here is the story panel's state, not the city: without the map's chunk (and its software
  // rendering) each of these long walks costs a fraction of the CPU.
  await page.route(/\/phaser[^/]*\.js(\?.*)?$/, (route) => route.abort());
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?classroom&start');
  for (const [step, index] of record.path.entries()) {
    let seen = await settle(page, step);
    if (seen.turn) {
      await page.locator('#choices .turn-page').click();
      turns++;
      seen = await settle(page, step);
    }
    if (step === reloadAt) {
      await page.reload();
      // Classroom mode comes back from the address once its material has loaded.
      await expect(page.locator('html')).toHaveClass(/classroom/);
      seen = await settle(page, step);
    }
    const decision = decisionAt.get(step);
    if (decision && !seen.vote) await expect(page.locator('.vote'), `a vote at ${decision} (choice ${step + 1})`).toBeVisible({ timeout: 2_000 });
    expect(seen.vote, `a vote at choice ${step + 1} only if it is a decision (${decision ?? 'none'})`).toBe(Boolean(decision));
    expect(seen.decision).toBe(decision ?? '');
    if (decision) {
      votes++;
      await page.locator('.vote__skip').click();
    }
    await page.locator(`#choices button.choice[data-choice="${index}"]`).click();
  }
  await settle(page, record.path.length);
  return { votes, turns };
}

/** A step in the middle of the path that is a decision, for the reload (so the reload lands mid-act at a vote). */
function middleDecision(record: PathRecord): number {
  const steps = record.decisions.map((d) => d.step);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}

test('classroom mode: a vote at every decision of the historical path, across every page turn and after a reload', async ({ page }) => {
  test.setTimeout(300_000);
  const record = walkOne(storyJson(), historicalPicker);
  const { votes, turns } = await playWithVotes(page, record, middleDecision(record));
  expect(votes).toBe(record.decisions.length);
  expect(turns).toBeGreaterThanOrEqual(record.actEnds.length - 1);
});

for (let seed = 1; seed <= RANDOM_PATHS; seed++) {
  test(`classroom mode: a vote at every decision of seeded random path ${seed}`, async ({ page }) => {
    test.setTimeout(300_000);
    // Half the time the historical option, else any: uniform play mostly ends in February and would never turn a page.
    const record = walkOne(storyJson(), leaningPicker(seededRandom(seed), 0.5));
    const { votes } = await playWithVotes(page, record, middleDecision(record));
    expect(votes).toBe(record.decisions.length);
  });
}
