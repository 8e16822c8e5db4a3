// `npm run explore`: walks the story with the game's own core and prints where the strategies lead:
// every path of each act on its own (from the state the historical path brings to it), and seeded samples
// of the whole year (leaning to the historical option half the time, else at random), then one more walk down every
// option of every decision met that no walk took.
//   npm run explore -- --json          one JSON object: endings [{ id, strategies, example }], decisions, acts, …
//   npm run explore -- --write         also writes assets/strategies.json, which the game's build embeds
//   --walks N  --seed N  --bias 0..1   sampling settings (defaults in src/explore/story-exploration.ts)
//   --uniform N                        seeded walks of uniform random play for issue #11's numbers (default 3000)
import { writeFileSync } from 'node:fs';
import { cli, compileStory, core, printReport } from './story-report.mjs';

const args = process.argv.slice(2);
const { opt: raw } = cli(args);
const opt = (name) => (raw(name) === undefined ? undefined : Number(raw(name)));
const json = compileStory();
const module = await core('/src/explore/story-exploration.ts');
const overrides = Object.fromEntries(Object.entries({ walks: opt('walks'), seed: opt('seed'), bias: opt('bias') }).filter(([, v]) => v !== undefined));
const summary = module.exploreStory(json, overrides);

if (args.includes('--write')) {
  writeFileSync('assets/strategies.json', `${JSON.stringify(summary)}\n`);
  console.error(`Wrote assets/strategies.json for story version ${summary.version}.`);
}
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} else {
  const pad = (s, n) => String(s).padEnd(n);
  const how =
    summary.method === 'exhaustive'
      ? 'every path of the story'
      : `${summary.walks - summary.coverage} seeded walks of the whole year (taking the historical option ${Math.round(summary.bias * 100)}% of the time, else at random), then ${summary.coverage} more: history's road, every road one choice off it, and one down every option still never taken`;
  console.log(`Explored ${how}: ${summary.strategies} distinct strategies, in ${summary.seconds} s.\n`);
  if (summary.acts.length) {
    console.log('Every path of each act, from the state the historical path brings to it:');
    for (const a of summary.acts)
      console.log(
        `  ${pad(a.act, 12)} ${pad(`${a.paths} paths${a.complete ? '' : ' (stopped: too many)'}`, 26)} ${Object.entries(a.outcomes)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
      );
    console.log('');
  }
  console.log(`${pad('ending', 26)}${pad('walks', 8)}${pad('share', 8)}${pad('strategies', 12)}shortest example`);
  for (const e of summary.endings) {
    console.log(
      `${pad(e.id, 26)}${pad(e.walks, 8)}${pad(`${e.share}%`, 8)}${pad(e.strategies, 12)}${e.example.decisions.length} decisions, path ${e.example.path.join(',')}`,
    );
    for (const s of e.example.decisions) console.log(`${' '.repeat(54)}${s.decision} = ${s.option}${s.historical ? ' (historical)' : ''}`);
    if (e.keyDecisions.length)
      console.log(
        `${' '.repeat(54)}matters most: ${e.keyDecisions.map((k) => `${k.decision} = "${k.option}" (${k.share}% of its walks, x${k.lift})`).join('; ')}`,
      );
    console.log('');
  }
  console.log(`Historical path: ${summary.historical.ending}`);
  if (summary.problems.length) console.log(`\nProblems met:\n  ${summary.problems.join('\n  ')}`);
  const { storyReport } = await core('/src/explore/story-report.ts');
  console.log('\nIssue #11’s numbers:');
  printReport(storyReport(json, { acts: [], walks: opt('uniform') ?? 3000, deviation: true }));
}
