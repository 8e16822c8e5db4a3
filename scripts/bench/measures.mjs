// What the benchmark measures in the browser: the first playable choice, the click-to-paint of a step, and the
// map's frames. The same code measures the game and the bare ink player, so the ratio is like for like.

/** A 1.6 Mbit/s link with 150 ms latency: a classroom's share of a school's connection. */
export const THROTTLE = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (0.75 * 1024 * 1024) / 8 };

/** The median of a list of numbers. */
export const median = (xs) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The 95th percentile (nearest rank) of a list of numbers. */
export const p95 = (xs) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};

// "Painted": the choices are in the DOM, then the next animation frame runs (style, layout and paint of that frame
// follow its callbacks, including a moving map's), then a task posted from that frame runs, which the browser queues
// behind the frame's rendering. Two animation frames (as the bench first measured) wait a whole frame more, a fixed
// 17 ms at 60 Hz, and 33 ms or more whenever the compositor runs at 30 Hz (a moving map under software rendering),
// which neither player's work causes. Each page script below carries its own copy: they are serialised into the page.

// Runs in the page before its scripts: presses the title screen's New game the moment it can be pressed (as an
// eager student would), and marks the first playable choice once it is in the DOM and painted.
const FIRST_CHOICE = () => {
  let pressed = false;
  new MutationObserver((_, observer) => {
    if (!pressed) {
      const start = document.querySelector('[data-action="start"]');
      if (start && !start.disabled && !start.closest('[hidden]')) {
        pressed = true;
        start.click();
      }
    }
    if (document.querySelector('[data-choice]')) {
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.__firstChoice = performance.now());
        channel.port2.postMessage(null);
      });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
};

/** One cold load in a fresh context: ms from navigation to the first playable choice, bytes fetched by then, heap. */
export async function firstChoice(browser, url, throttle) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(FIRST_CHOICE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof window.__firstChoice === 'number', null, { timeout: 120_000 });
  const result = await page.evaluate(() => {
    const at = window.__firstChoice;
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource').filter((r) => r.responseEnd <= at);
    const bytes = (nav?.transferSize ?? 0) + resources.reduce((n, r) => n + (r.transferSize ?? 0), 0);
    return { ms: at, bytes };
  });
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...result, heap: heap.usedSize };
}

// Clicks option `index` and resolves with the ms from the click to the next options in the DOM and painted (as
// above), and whether what came was an act's page turn rather than options.
const CLICK_AND_TIME = (index) =>
  new Promise((done) => {
    const button = document.querySelector(`button[data-choice="${index}"]`);
    if (!button) {
      done({ ms: -1, turn: false });
      return;
    }
    const timeout = setTimeout(() => done({ ms: -1, turn: false }), 10_000);
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const turn = document.querySelector('button.turn-page');
      const fresh = document.querySelector('button[data-choice]');
      const next = turn ?? (fresh && fresh !== button && fresh.isConnected ? fresh : null);
      if (!next) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        let painted = 0;
        channel.port1.onmessage = () => (painted = performance.now() - t0);
        channel.port2.postMessage(null);
        // The old figure too (two frames), for the console only, so the two can be compared on the same clicks.
        requestAnimationFrame(() =>
          setTimeout(() => {
            clearTimeout(timeout);
            done({ ms: painted, twoFrames: performance.now() - t0, turn: Boolean(turn) });
          }, 0),
        );
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    button.click();
  });

/**
 * Steps along `path` (ink choice indices) and times each click. `map` is how the map is treated:
 * 'moving' clicks again as soon as the options are painted, while the map still animates the last step;
 * 'rest' waits for the map to settle between clicks; 'blocked' refuses the map's chunk; 'none' for the bare player.
 */
export async function stepTimes(browser, url, path, map) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  if (map === 'blocked') await context.route(/\/phaser[^/]*\.js(\?.*)?$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-choice]');
  if (map === 'moving' || map === 'rest') await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 60_000 });
  const steps = [];
  for (const index of path) {
    // Not a test: a reader's pause, so that the map has finished the last step's transition.
    if (map === 'rest') await page.waitForTimeout(1500);
    const step = await page.evaluate(CLICK_AND_TIME, index);
    if (step.ms < 0) break;
    steps.push(step);
    if (step.turn) {
      await page.click('button.turn-page');
      await page.waitForSelector('button[data-choice]');
    }
  }
  await context.close();
  return steps;
}

/** Frame intervals and the page's own work per frame while the map animates after each of `path`'s clicks, and at rest. */
export async function mapFrames(browser, url, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // The time inside animation-frame callbacks (Phaser's loop runs there): unlike the interval between frames, it
  // does not depend on how fast the software renderer rasterises, so it carries over to a real laptop.
  await context.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.__frameWork = [];
    window.requestAnimationFrame = (callback) =>
      raf((time) => {
        const started = performance.now();
        callback(time);
        window.__frameWork.push([time, performance.now() - started]);
      });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__frameWork.splice(0));
  const sample = (choice) =>
    page.evaluate(
      (index) =>
        new Promise((done) => {
          const out = [];
          let last = performance.now();
          const started = last;
          const tick = (now) => {
            out.push(now - last);
            last = now;
            if (now - started < 2500) requestAnimationFrame(tick);
            else done(out.slice(1));
          };
          requestAnimationFrame(tick);
          if (index !== null) document.querySelector(`button[data-choice="${index}"]`)?.click();
        }),
      choice,
    );
  const perFrame = (pairs) => {
    const frames = new Map();
    for (const [time, ms] of pairs) frames.set(time, (frames.get(time) ?? 0) + ms);
    return [...frames.values()];
  };
  const idle = await sample(null);
  const idleWork = perFrame(await page.evaluate(() => window.__frameWork.splice(0)));
  const deltas = [];
  const work = [];
  for (const index of path) {
    if (await page.$('button.turn-page')) {
      await page.click('button.turn-page');
      await page.waitForSelector('button[data-choice]');
    }
    deltas.push(...(await sample(index)));
    work.push(...perFrame(await page.evaluate(() => window.__frameWork.splice(0))));
  }
  await context.close();
  const summary = (xs) => ({ frames: xs.length, median: median(xs), p95: p95(xs), max: xs.length ? Math.max(...xs) : Number.NaN });
  return { moving: { ...summary(deltas), over20: deltas.filter((d) => d > 20).length }, idle: summary(idle), work: summary(work), idleWork: summary(idleWork) };
}
