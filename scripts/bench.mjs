// `npm run bench`: the built game against a bare ink player (the ink runtime, the same story JSON, plain DOM)
// in headless Chromium, in the same run. Measures time to the first playable choice (cold loads, median),
// click-to-next-choices, bytes and memory, plain and throttled (1.6 Mbit/s, 150 ms), and writes
// docs/benchmarks.md. Needs Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { compileInk } from './ink-compile.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 3);
const STEPS = 6;
const THROTTLE = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (0.75 * 1024 * 1024) / 8 };
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serve(root, port) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = join(root, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type);
    const key = `${file}:${gzip}`;
    if (!cache.has(key)) cache.set(key, gzip ? gzipSync(readFileSync(file), { level: 6 }) : readFileSync(file));
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-store' });
    res.end(cache.get(key));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

function buildBarePlayer(json) {
  const dir = resolve('node_modules/.bench/bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync('node_modules/inkjs/dist/ink.mjs', join(dir, 'ink.mjs'));
  writeFileSync(join(dir, 'story.json'), json);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare ink player</title><link rel="icon" href="data:,"></head>
<body><div id="story"></div><div id="choices"></div><script type="module">
import { Story } from './ink.mjs';
const json = await (await fetch('story.json')).text();
const story = new Story(json);
const out = document.getElementById('story');
const box = document.getElementById('choices');
function step() {
  while (story.canContinue) { const p = document.createElement('p'); p.textContent = story.Continue(); out.append(p); }
  box.replaceChildren(...story.currentChoices.map((c) => { const b = document.createElement('button'); b.dataset.choice = c.index; b.textContent = c.text; b.onclick = () => { story.ChooseChoiceIndex(c.index); step(); }; return b; }));
}
step();
</script></body></html>`,
  );
  return dir;
}

// Records the moment the first option appears, in the page's own clock.
const MARK_FIRST_CHOICE = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-choice]')) {
      window.__firstChoice = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function firstChoice(browser, url, throttle) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(MARK_FIRST_CHOICE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-choice]', { timeout: 120_000 });
  await page.waitForFunction(() => typeof window.__firstChoice === 'number');
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

async function stepTimes(browser, url, path) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-choice]');
  const times = [];
  for (let i = 0; i < STEPS; i++) {
    const ms = await page.evaluate(
      (index) =>
        new Promise((done) => {
          const button = document.querySelector(`button[data-choice="${index}"]`);
          if (!button) return done(-1);
          setTimeout(() => done(-1), 10_000);
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            const fresh = document.querySelector('button[data-choice], button.turn-page');
            if (fresh && fresh !== button && fresh.isConnected) {
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - t0));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          button.click();
        }),
      path[i],
    );
    if (ms < 0) break;
    times.push(ms);
  }
  await context.close();
  return times;
}

async function mapFrames(browser, url, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // Times the page's own work in every animation frame (Phaser's loop runs there): unlike the interval between
  // frames, it does not depend on how fast the software renderer rasterises, so it carries over to a real laptop.
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
  // Intervals between frames for 2.5 s, after clicking a choice (or, with no choice, at rest).
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
  // The floor: frames with the map drawn and nothing moving, which is what this renderer manages at rest.
  const idle = await sample(null);
  // All the callbacks of one frame share its timestamp: their sum is the frame's work.
  const perFrame = (pairs) => {
    const frames = new Map();
    for (const [time, ms] of pairs) frames.set(time, (frames.get(time) ?? 0) + ms);
    return [...frames.values()];
  };
  const idleWork = perFrame(await page.evaluate(() => window.__frameWork.splice(0)));
  const deltas = [];
  const work = [];
  for (let i = 0; i < STEPS; i++) {
    deltas.push(...(await sample(path[i])));
    work.push(...perFrame(await page.evaluate(() => window.__frameWork.splice(0))));
  }
  const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
  await context.close();
  return {
    frames: deltas.length,
    median: median(deltas),
    p95: p95(deltas),
    max: Math.max(...deltas),
    over20: deltas.filter((d) => d > 20).length,
    idle: { frames: idle.length, median: median(idle), p95: p95(idle) },
    work: { frames: work.length, median: median(work), p95: p95(work), max: Math.max(...work) },
    idleWork: { frames: idleWork.length, median: median(idleWork), p95: p95(idleWork) },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (b) => `${(b / 1024).toFixed(1)} kB`;

function distSizes() {
  const rows = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(f))
        rows.push({ file: p.replace(/^dist\//, ''), raw: statSync(p).size, gz: gzipSync(readFileSync(p), { level: 6 }).length });
    }
  };
  walk('dist');
  return rows.sort((a, b) => b.gz - a.gz);
}

console.log('Building the game…');
execFileSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit' });
const compiled = compileInk(resolve('story/main.ink'));
if (!compiled.json) throw new Error('The story does not compile');
const bareDir = buildBarePlayer(compiled.json);
// Both players take the same steps: the historical road (so no step ends the game), by ink choice index.
const { module: walker } = await runnerImport('/src/explore/walker.ts');
const historicalPath = walker.walkOne(compiled.json, walker.historicalPicker).path;
// The strategy explorer over the whole story, timed on this machine before the browser starts.
console.log('Exploring the story…');
const { module: exploration } = await runnerImport('/src/explore/story-exploration.ts');
const explored = exploration.exploreStory(compiled.json);
const gameServer = await serve(resolve('dist'), 4191);
const bareServer = await serve(bareDir, 4192);
const { module: browserSetup } = await runnerImport('/scripts/chromium.ts');
const browser = await chromium.launch({ executablePath: browserSetup.CHROMIUM_PATH, args: browserSetup.CHROMIUM_ARGS });
const results = {};
const players = [
  ['game', 'http://127.0.0.1:4191/?start'],
  ['bare', 'http://127.0.0.1:4192/'],
];
// The cold loads alternate between the two players (the order swapped each round), after one unmeasured
// load of each, so that the machine warming up or a neighbour's load does not favour either.
const loads = { game: { plain: [], throttled: [] }, bare: { plain: [], throttled: [] } };
for (const [, url] of players) await firstChoice(browser, url, false);
for (let i = 0; i < Math.max(RUNS, THROTTLED_RUNS); i++) {
  for (const [name, url] of i % 2 === 0 ? players : [...players].reverse()) {
    if (i < RUNS) loads[name].plain.push(await firstChoice(browser, url, false));
    if (i < THROTTLED_RUNS) loads[name].throttled.push(await firstChoice(browser, url, true));
    if (process.env.BENCH_VERBOSE) console.log(name, i, loads[name].plain.at(-1));
  }
}
for (const [name, url] of players) {
  const { plain, throttled } = loads[name];
  const steps = await stepTimes(browser, url, historicalPath).catch((err) => {
    console.error(`${name}: the step timing failed: ${err.message}`);
    return [];
  });
  results[name] = {
    firstChoice: median(plain.map((r) => r.ms)),
    firstChoiceThrottled: median(throttled.map((r) => r.ms)),
    bytes: median(plain.map((r) => r.bytes)),
    heap: median(plain.map((r) => r.heap)),
    step: median(steps),
    steps: steps.length,
  };
  console.log(name, results[name]);
}
const frames = await mapFrames(browser, 'http://127.0.0.1:4191/?start', historicalPath);
console.log('map frames', frames);
await browser.close();
gameServer.close();
bareServer.close();

const g = results.game;
const b = results.bare;
const ratio = (x, y) => (y > 0 ? (x / y).toFixed(2) : 'n/a');
const sizes = distSizes();
const date = new Date().toISOString().slice(0, 10);
const md = `# Benchmarks

Measured by \`npm run bench\` on ${date}: headless Debian Chromium, ${RUNS} cold loads (a fresh browser context each) for the plain figures and ${THROTTLED_RUNS} for the throttled ones (1.6 Mbit/s down, 150 ms latency), medians; the two players' loads alternate, after one unmeasured load of each. The **bare player** is the least a browser can do with the same story: the ink runtime, the same compiled story JSON, plain DOM. The game is loaded at \`/?start\` (straight into a new game), the bare player at its page. Both are served gzip-compressed by the same local server.

| measure | the game | bare ink player | ratio | goal |
|---|---|---|---|---|
| first playable choice, plain | ${g.firstChoice.toFixed(0)} ms | ${b.firstChoice.toFixed(0)} ms | ${ratio(g.firstChoice, b.firstChoice)} | ≤ 1.5 |
| first playable choice, throttled | ${g.firstChoiceThrottled.toFixed(0)} ms | ${b.firstChoiceThrottled.toFixed(0)} ms | ${ratio(g.firstChoiceThrottled, b.firstChoiceThrottled)} | ≤ 1.5 |
| click to next choices painted (median of ${g.steps} steps) | ${g.step.toFixed(1)} ms | ${b.step.toFixed(1)} ms | ${ratio(g.step, b.step)} | ≤ 1.3 |
| bytes transferred to the first choice | ${kb(g.bytes)} | ${kb(b.bytes)} | ${ratio(g.bytes, b.bytes)} | |
| JS heap at the first choice | ${kb(g.heap)} | ${kb(b.heap)} | ${ratio(g.heap, b.heap)} | |

The map (Phaser) and the sound (howler) are not on this path: Phaser is fetched after the first passage is on screen, howler after the player's first gesture.

## The map during transitions

Frame times while the map moves from one state to the next (the 0.9 s tween of the district tints, the event animations and any camera move), sampled with \`requestAnimationFrame\` for 2.5 s after each of ${STEPS} choices on the historical path, at 1280×800. Headless Chromium here renders WebGL in software (SwiftShader) on 2 cores, so a real laptop's GPU does better than this.

| frames | median | 95th percentile | worst | frames over 20 ms |
|---|---|---|---|---|
| ${frames.frames} | ${frames.median.toFixed(1)} ms | ${frames.p95.toFixed(1)} ms | ${frames.max.toFixed(1)} ms | ${frames.over20} (${((100 * frames.over20) / Math.max(1, frames.frames)).toFixed(1)}%) |

For comparison, the same map **at rest** (drawn, nothing moving, ${frames.idle.frames} frames): median ${frames.idle.median.toFixed(1)} ms, 95th percentile ${frames.idle.p95.toFixed(1)} ms. The gap between the two is what drawing a new state costs on this renderer.

The page's own work in each frame (the time inside the animation-frame callbacks, where Phaser updates the scene and submits its drawing; rasterising is not in it, so this part carries over to any machine of similar CPU): during the transitions, median ${frames.work.median.toFixed(2)} ms, 95th percentile ${frames.work.p95.toFixed(2)} ms, worst ${frames.work.max.toFixed(1)} ms over ${frames.work.frames} frames; at rest, median ${frames.idleWork.median.toFixed(2)} ms, 95th percentile ${frames.idleWork.p95.toFixed(2)} ms. A frame at 60 Hz has 16.7 ms.

## The strategy explorer

\`npm run explore\` on the whole story, on this machine (2 cores, Node ${process.versions.node}): **${explored.seconds} s** wall time. It walked every path of each act from the state the historical path brings to it (${explored.acts.reduce((n, a) => n + a.paths, 0).toLocaleString('en-GB')} paths in all), then ${(explored.walks - explored.coverage).toLocaleString('en-GB')} seeded walks of the whole year (the historical option ${Math.round(explored.bias * 100)}% of the time, else at random) and ${explored.coverage} more down every option those walks never took: **${explored.strategies.toLocaleString('en-GB')} distinct strategies**, reaching ${explored.endings.length} endings.

| act | paths (every one) | outcomes |
|---|---|---|
${explored.acts
  .map(
    (a) =>
      `| ${a.act} | ${a.paths.toLocaleString('en-GB')}${a.complete ? '' : ' (stopped)'} | ${Object.entries(a.outcomes)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')} |`,
  )
  .join('\n')}

## Build output (gzip -6)

| file | raw | gzip |
|---|---|---|
${sizes.map((s) => `| ${s.file} | ${kb(s.raw)} | ${kb(s.gz)} |`).join('\n')}
`;
mkdirSync('docs', { recursive: true });
const previous = existsSync('docs/benchmarks.md') ? readFileSync('docs/benchmarks.md', 'utf8') : '';
const extra = previous.includes('<!-- more -->') ? previous.slice(previous.indexOf('<!-- more -->')) : '';
writeFileSync('docs/benchmarks.md', `${md}${extra ? `\n${extra}` : ''}`);
console.log(
  `\nWrote docs/benchmarks.md\nfirst choice ${ratio(g.firstChoice, b.firstChoice)}x the bare player (throttled ${ratio(g.firstChoiceThrottled, b.firstChoiceThrottled)}x), a step ${ratio(g.step, b.step)}x`,
);
