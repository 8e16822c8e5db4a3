// For writers: compiles the story and runs the core's checks (src/explore/story-report.ts), the same ones the
// story tests run: every path of each act walked as a graph, seeded random play of the whole year, the historical
// path, the presets' drift. Reports errors, dead ends, dates going back, unguarded callbacks, fake sub-choices,
// share-code limits, out-of-range variables and the issue's numbers.
//   node scripts/story-check.mjs [--act dual_power] [--walks 3000] [--seed 7]
//   node scripts/story-check.mjs --play 0,2,1,0 [--act july_days] [--stop-at-act-end]   (prints one path's text)
import { cli, compileStory, core, printReport, ranges } from './story-report.mjs';

const { opt, flag } = cli();
const json = compileStory();
const act = opt('act', null);
const play = opt('play', null);

if (play !== null) {
  const walker = await core('/src/explore/walker.ts');
  const { ACT_INFO } = await core('/src/story/acts.ts');
  const path = play.split(',').filter(Boolean).map(Number);
  const random = walker.randomPicker(walker.seededRandom(Number(opt('seed', '7'))));
  const record = walker.walkOne(
    json,
    (choices, decision, soFar) => {
      const i = soFar.length < path.length ? Math.min(path[soFar.length], choices.length - 1) : random(choices, decision, soFar);
      console.log(`\n  > [${i}] ${choices[i]?.text}${decision ? `   (decision: ${decision})` : ''}\n`);
      return i;
    },
    {
      start: act ? ACT_INFO[act].start : undefined,
      stopAtActEnd: flag('stop-at-act-end'),
      observe: ({ lines }) => {
        for (const l of lines) {
          const shown = l.tags.filter((t) => t.kind !== 'historical').map((t) => `#${t.kind}${'value' in t ? `:${t.value}` : ''}`);
          if (l.text || shown.length) console.log(l.text + (shown.length ? `   ${shown.join(' ')}` : ''));
        }
      },
    },
  );
  console.log(`\n[ending: ${record.ending ?? '(none)'}] words ${record.words}, choices ${record.path.length}`);
  for (const p of record.problems) console.log(`problem: ${p}`);
  process.exit(record.problems.length ? 1 : 0);
}

const { storyReport } = await core('/src/explore/story-report.ts');
const started = Date.now();
const report = storyReport(json, {
  acts: act ? [act] : undefined,
  walks: Number(opt('walks', act ? '0' : '3000')),
  seed: Number(opt('seed', '7')),
  deviation: !act,
  ranges: await ranges(),
});
printReport(report, { seconds: Math.round((Date.now() - started) / 100) / 10 });
if (report.drift.length) {
  console.log('\nThe historical path at the end of each act against the next act’s preset (drift over 10 marked *):');
  for (const d of report.drift)
    console.log(
      `  ${d.act}${d.reached ? '' : ' (act end NOT reached)'}: ${d.values.map((v) => `${Math.abs(v.played - v.preset) > 10 ? '*' : ''}${v.name} ${v.played} (preset ${v.preset})`).join(', ') || 'as preset'}`,
    );
}
if (report.problems.length) process.exitCode = 1;
