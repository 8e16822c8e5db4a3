// The core's share of a step, in Node: GameCore.choose() along the historical path, with a store like the
// browser's (every write kept), timed per part. Not part of the tests: timings belong to the bench.
// Usage: node scripts/bench/core-step.mjs [steps=40] [repeats=5]
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { compileInk } from '../ink-compile.mjs';

const STEPS = Number(process.argv[2] ?? 40);
const REPEATS = Number(process.argv[3] ?? 5);
const compiled = compileInk(resolve(process.env.BENCH_STORY ?? 'story/main.ink'));
if (!compiled.json) throw new Error('The story does not compile');
const json = compiled.json;
const { module: walker } = await runnerImport('/src/explore/walker.ts');
const { module: core } = await runnerImport('/src/game-core.ts');
const { module: stores } = await runnerImport('/src/saves/store.ts');
const path = walker.walkOne(json, walker.historicalPicker).path.slice(0, STEPS);

/** A store that serialises like localStorage does (the value is copied as a string). */
class CountingStore extends stores.MemoryStore {
  bytes = 0;
  write(key, value) {
    this.bytes += value.length;
    super.write(key, value);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const all = { choose: [], idle: [] };
const deferred = [];
// Measures an older core too (BENCH_CORE=before): one without the defer port keeps everything on the click.
const ports = (store) => ({ store, defer: (work) => deferred.push(work) });
let written = 0;
for (let r = 0; r < REPEATS; r++) {
  const store = new CountingStore();
  const game = new core.GameCore({ json, version: 'bench' }, ports(store));
  game.subscribe(() => {});
  game.start();
  for (const index of path) {
    const t0 = performance.now();
    let view;
    const stop = game.subscribe((v) => (view = v));
    game.choose(index);
    const t1 = performance.now();
    stop();
    all.choose.push(t1 - t0);
    if (!view) throw new Error('no view');
    const t2 = performance.now();
    for (const work of deferred.splice(0)) work();
    all.idle.push(performance.now() - t2);
  }
  written = store.bytes;
}
console.log(
  JSON.stringify({
    steps: path.length,
    repeats: REPEATS,
    chooseMedian: median(all.choose).toFixed(2),
    chooseP95: p95(all.choose).toFixed(2),
    idleMedian: median(all.idle).toFixed(2),
    idleP95: p95(all.idle).toFixed(2),
    storeBytesPerGame: written,
  }),
);
