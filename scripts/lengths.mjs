// `npm run lengths`: how long the story is to read, path by path.
//   Every path of each act (walked exhaustively from the state the historical path brings to it): words read
//   in the act, min / median / 90th percentile / max, and on the historical path; the longest path's choices.
//   Then seeded walks of the whole year (uniform random play, and play leaning to the historical option):
//   words and choices per playthrough that reaches the last act, and how often each ending is reached.
//   node scripts/lengths.mjs [--act october] [--walks 1000]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { compileInk } from './ink-compile.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const compiled = compileInk(resolve('story/main.ink'));
if (!compiled.json) {
  console.error(compiled.issues.map((i) => i.raw).join('\n'));
  process.exit(1);
}
const json = compiled.json;
const { module: walker } = await runnerImport('/src/explore/walker.ts');
const { module: acts } = await runnerImport('/src/story/acts.ts');
const { module: tags } = await runnerImport('/src/story/tags.ts');

const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
const mean = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
const only = opt('act', null);

console.log('Words read in each act, over every path that goes through it (to the end of the act, or to an ending in the last act):');
for (const act of tags.ACTS) {
  if (only && act !== only) continue;
  const start = acts.ACT_INFO[act].start;
  const { paths } = walker.walkAll(json, { start, stopAtActEnd: true, limit: 5000 });
  const through = paths.filter((p) => (act === 'defence' ? p.ending : p.actEnds.length > 0 && !p.ending));
  const words = through.map((p) => p.words).sort((a, b) => a - b);
  const longest = through.reduce((a, b) => (b.words > a.words ? b : a));
  const historical = walker.walkOne(json, walker.historicalPicker, { start, stopAtActEnd: true });
  console.log(
    `  ${act.padEnd(11)} ${String(through.length).padStart(5)} paths  min ${words[0]}  median ${at(words, 0.5)}  p90 ${at(words, 0.9)}  max ${words.at(-1)}  historical ${historical.words}`,
  );
  if (only) console.log(`    longest: --act ${act} --play ${longest.path.join(',')}`);
}
if (only) process.exit(0);

const walks = Number(opt('walks', '1000'));
for (const [name, pick] of [
  ['uniform random play', walker.randomPicker(walker.seededRandom(7))],
  ['play leaning to history (historical option half the time)', walker.leaningPicker(walker.seededRandom(11), 0.5)],
]) {
  const records = Array.from({ length: walks }, () => walker.walkOne(json, pick));
  const full = records.filter((r) => r.actEnds.length >= tags.ACTS.length - 1);
  const words = full.map((r) => r.words).sort((a, b) => a - b);
  const choices = full.map((r) => r.path.length).sort((a, b) => a - b);
  console.log(`\n${walks} walks, ${name}: ${full.length} reach the last act.`);
  if (full.length)
    console.log(
      `  words per full playthrough: mean ${mean(words)}, median ${at(words, 0.5)}, range ${words[0]}-${words.at(-1)}; choices: mean ${mean(choices)}, range ${choices[0]}-${choices.at(-1)}`,
    );
  const all = records.map((r) => r.words);
  console.log(`  words per playthrough, early endings included: mean ${mean(all)}, range ${Math.min(...all)}-${Math.max(...all)}`);
  const endings = {};
  for (const r of records) endings[r.ending ?? 'none'] = (endings[r.ending ?? 'none'] ?? 0) + 1;
  console.log(
    `  endings: ${Object.entries(endings)
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${id} ${((100 * n) / walks).toFixed(1)}%`)
      .join(', ')}`,
  );
}
const historical = walker.walkOne(json, walker.historicalPicker);
console.log(`\nHistorical path: ${historical.words} words, ${historical.path.length} choices, ending ${historical.ending}.`);
