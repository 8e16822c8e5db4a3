// The live class vote end to end: the relay on loopback (started here with `npm run relay`'s script, its rooms in a
// temporary folder), a projector and three students' phones, through a relay crash and restart.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';

const PORT = Number(process.env.RELAY_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const RELAY = `ws://127.0.0.1:${PORT}`;
const data = mkdtempSync(join(tmpdir(), 'organiser-relay-'));
let relay: ChildProcess | null = null;

async function startRelay(): Promise<void> {
  const child = spawn(process.execPath, ['scripts/relay.mjs'], {
    env: { ...process.env, RELAY_PORT: String(PORT), RELAY_DATA: data },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  relay = child;
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (chunk) => String(chunk).includes('listening') && ready());
    child.once('exit', (code) => fail(new Error(`the relay exited (${code})`)));
  });
}

async function killRelay(): Promise<void> {
  const child = relay;
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await gone;
}

test.afterAll(async () => {
  await killRelay();
  rmSync(data, { recursive: true, force: true });
});

async function toFirstDecision(page: Page): Promise<void> {
  for (let i = 0; i < 6; i++) {
    if (await page.locator('.vote').isVisible()) return;
    await page.locator('#choices button.choice').first().click();
  }
  await expect(page.locator('.vote')).toBeVisible();
}

async function student(browser: Browser, code: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/?join=${code}&relay=${encodeURIComponent(RELAY)}`);
  await expect(page.locator('[data-student-vote]').first()).toBeVisible();
  return page;
}

const counts = (page: Page) => page.locator('.vote [data-vote] output').allTextContents();

/** The projector at its first decision in classroom mode with Live vote on: the page and the room's join code. */
async function openLiveVote(browser: Browser): Promise<{ teacher: Page; code: string }> {
  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await teacher.goto(`/?classroom&start&relay=${encodeURIComponent(RELAY)}`);
  await toFirstDecision(teacher);
  await teacher.locator('[data-action="live-vote"]').click();
  await expect(teacher.locator('[data-join-code]')).toHaveText(/^[A-Z0-9]{6}$/);
  return { teacher, code: (await teacher.locator('[data-join-code]').textContent()) ?? '' };
}

test('three phones vote live, a relay crash loses nothing and counts nothing twice, and both sides rejoin after a reload', async ({ browser }) => {
  test.setTimeout(120_000);
  await startRelay();
  const { teacher, code } = await openLiveVote(browser);
  const voted = teacher.locator('[data-voted-count]');
  await expect(voted).toHaveText('0');

  const options = await teacher.locator('.vote [data-vote]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.vote ?? ''));
  const [a, b] = options;
  const [s1, s2, s3] = [await student(browser, code), await student(browser, code), await student(browser, code)];
  await expect(s1.locator('[data-student-vote]')).toHaveCount(options.length);

  // Vote, and change a vote: three devices, three votes.
  await s1.locator(`[data-student-vote="${a}"]`).click();
  await s2.locator(`[data-student-vote="${a}"]`).click();
  await s3.locator(`[data-student-vote="${a}"]`).click();
  await expect(voted).toHaveText('3');
  await s3.locator(`[data-student-vote="${b}"]`).click();
  await expect(s3.locator(`[data-student-vote="${b}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(s3.locator('.student__mine')).toContainText('Your vote is in');
  await expect(voted).toHaveText('3');
  await expect(teacher.locator('.vote [data-vote] output').first()).toHaveText('0');

  // The relay crashes: the projector says so, hands-up still counts, a phone changes its vote offline.
  await killRelay();
  await expect(teacher.locator('.live__state')).toContainText('Live votes paused');
  // The phone that changed its vote is switched off: the change it was told "is in" must come back from the relay's disk.
  await s3.context().close();
  await expect(s2.locator('.student__status')).toHaveAttribute('data-status', 'reconnecting');
  await expect(s2.locator('.student__status')).toContainText('Reconnecting');
  await teacher.locator('.vote [data-vote]').nth(1).locator('.vote__plus').click();
  await teacher.locator('.vote [data-vote]').nth(1).locator('.vote__plus').click();
  await s2.locator(`[data-student-vote="${b}"]`).click();
  await expect(s2.locator('.student__mine')).toContainText('will be sent');

  // The relay comes back with its rooms: the devices rejoin, the offline change lands, nobody is counted twice.
  await startRelay();
  await expect(teacher.locator('.live__state')).toHaveText('Live votes on');
  await expect(s2.locator('.student__mine')).toContainText('Your vote is in');
  await expect(voted).toHaveText('3');

  // Reveal: two hands up plus the devices' one vote for a and two for b.
  await teacher.getByRole('button', { name: 'Reveal the result' }).click();
  await expect(teacher.locator('.vote__live-note')).toContainText('3 votes from devices and 2 hands up');
  const shown = await counts(teacher);
  expect(shown.slice(0, 2)).toEqual(['1', '4']);
  await expect(s1.locator('.student__result')).toBeVisible();
  await expect(s1.locator('.student__tally-count')).toHaveText(shown.map(String));
  await teacher.locator('[data-action="live-history"]').click();
  await expect(s1.locator('.student__history')).toContainText('What really happened');

  // Advance: the teacher plays the class's choice; at the next decision the phones show the new question and the count starts again.
  const firstQuestion = await s1.locator('#student-question').textContent();
  await teacher.getByRole('button', { name: 'Play the class’s choice' }).click();
  await toFirstDecision(teacher);
  await expect(s1.locator('#student-question')).not.toHaveText(firstQuestion ?? '');
  await expect(voted).toHaveText('0');
  await expect(s1.locator('.student__previous')).toContainText('The last decision');
  const next = await teacher.locator('.vote [data-vote]').first().getAttribute('data-vote');
  await s1.locator(`[data-student-vote="${next}"]`).click();
  await expect(voted).toHaveText('1');

  // A reload on either side rejoins the same room, with the vote kept.
  await teacher.reload();
  await expect(teacher.locator('[data-join-code]')).toHaveText(code);
  await expect(teacher.locator('[data-voted-count]')).toHaveText('1');
  await s1.reload();
  await expect(s1.locator(`[data-student-vote="${next}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(teacher.locator('[data-voted-count]')).toHaveText('1');
});

test('a nickname shows on the projector (never stored on the phone); ending live voting keeps every device vote in the hands-up count and the lesson', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  if (!relay || relay.exitCode !== null) await startRelay();
  const { teacher, code } = await openLiveVote(browser);
  const options = await teacher.locator('.vote [data-vote]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.vote ?? ''));
  const phones = [await student(browser, code), await student(browser, code)];
  for (const [i, size] of [
    { width: 360, height: 640 },
    { width: 390, height: 844 },
  ].entries()) {
    const phone = phones[i] as Page;
    await phone.setViewportSize(size);
    // The student's own words for where they stand: nothing about relays or links.
    await expect(phone.locator('.student__status')).toHaveAttribute('data-status', /connected|waiting/);
    await expect(phone.locator('main')).not.toContainText(/relay/i);
  }
  const [p1, p2] = phones as [Page, Page];
  await p1.locator('.student__nick input').fill('<b>Bad</b>');
  await p1.locator('.student__nick button').click();
  await expect(p1.locator('.student__notice')).toContainText('A nickname is up to 20');
  await p1.locator('.student__nick input').fill('  Masha  ');
  await p1.locator('.student__nick button').click();
  await expect(teacher.locator('[data-joined]')).toHaveText('Here: Masha');
  expect(await p1.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Masha');
  await p1.locator(`[data-student-vote="${options[1]}"]`).click();
  await p2.locator(`[data-student-vote="${options[1]}"]`).click();
  await expect(teacher.locator('[data-voted-count]')).toHaveText('2');
  await p1.screenshot({ path: 'test-results/live-student-360x640.png', fullPage: false });
  await p2.screenshot({ path: 'test-results/live-student-390x844.png', fullPage: false });
  await teacher.locator('.vote').scrollIntoViewIfNeeded();
  await teacher.screenshot({ path: 'test-results/live-projector-1280x720.png' });
  await expect(teacher.locator('[data-action="reveal"]')).toBeInViewport({ ratio: 1 });

  // End live voting mid-vote: the two device votes join the hands-up counts, in the lesson's open vote too.
  await teacher.locator('[data-action="live-end"]').click();
  await expect(teacher.locator('[data-live-ended]')).toContainText('2 votes from devices are in the counts');
  await expect(teacher.locator('.vote [data-vote]').nth(1).locator('output')).toHaveText('2');
  await teacher.locator('.vote [data-vote]').nth(1).locator('.vote__plus').click();
  await expect.poll(() => teacher.evaluate(() => JSON.parse(localStorage.getItem('organiser:lesson') ?? 'null')?.open?.tallies?.[1])).toBe(3);
  await expect(p1.locator('.student__status')).toHaveAttribute('data-status', 'ended');
  await expect(p1.locator('.student__status')).toHaveText('The lesson has ended. Thank you for voting.');
  await p1.screenshot({ path: 'test-results/live-student-ended-360x640.png' });
  await teacher.locator('[data-action="reveal"]').click();
  await expect(teacher.locator('.vote [data-vote]').nth(1).locator('output')).toHaveText('3');
});

test('a reveal while the relay is down shows the hands, and the device votes join them when it comes back', async ({ browser }) => {
  test.setTimeout(120_000);
  if (!relay || relay.exitCode !== null) await startRelay();
  const { teacher, code } = await openLiveVote(browser);
  const first = (await teacher.locator('.vote [data-vote]').first().getAttribute('data-vote')) ?? '';
  const phone = await student(browser, code);
  await phone.locator(`[data-student-vote="${first}"]`).click();
  await expect(teacher.locator('[data-voted-count]')).toHaveText('1');
  await killRelay();
  await expect(teacher.locator('.live__state')).toContainText('Live votes paused');
  await teacher.locator('.vote [data-vote]').first().locator('.vote__plus').click();
  await teacher.locator('[data-action="reveal"]').click();
  await expect(teacher.locator('.vote__live-note')).toContainText('could not be counted yet');
  await expect(teacher.locator('.vote [data-vote]').first().locator('output')).toHaveText('1');
  await startRelay();
  await expect(teacher.locator('.vote__live-note')).toContainText('1 vote from devices and 1 hand up');
  await expect(teacher.locator('.vote [data-vote]').first().locator('output')).toHaveText('2');
  await teacher.getByRole('button', { name: 'Play the class’s choice' }).click();
  await expect.poll(() => teacher.evaluate(() => JSON.parse(localStorage.getItem('organiser:lesson') ?? 'null')?.votes?.at(-1)?.tallies?.[0])).toBe(2);
});

test('without a relay the game is unchanged and Live vote says how to get one', async ({ page }) => {
  await page.goto('/?classroom&start');
  await toFirstDecision(page);
  await page.locator('[data-action="live-vote"]').click();
  await expect(page.locator('.live-setup')).toContainText('npm run relay');
  await expect(page.locator('.vote [data-vote]').first()).toBeVisible();
  await page.locator('.live-setup input').fill('not a relay at all');
  await page.locator('.live-setup button').click();
  await expect(page.locator('.live-setup__problem')).toContainText('is not a relay address');
});
