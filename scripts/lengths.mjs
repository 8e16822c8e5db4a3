// `npm run lengths`: how long the story is to read, and issue #11's numbers.
//   Every path of each act (a graph walk from the state the historical path brings to it): words read in the act,
//   min / median / 90th percentile / max, and on the historical path. Then uniform random play over seeded walks
//   of the whole year, the one-deviation measure, and the historical path's reading load.
//   node scripts/lengths.mjs [--act october] [--walks 3000] [--seed 7] [--no-deviation] [--detail] [--no-acts]
//   --no-acts skips the per-act walks (the slow part) for a quick look at the whole-year numbers.
//   --detail lists every deviation: where it was made, the ending it reached and its share of history's lines.
import { cli, compileStory, core, printReport } from './story-report.mjs';

const { opt, flag } = cli();
const json = compileStory();
const { storyReport } = await core('/src/explore/story-report.ts');
const act = opt('act', null);
const started = Date.now();
const report = storyReport(json, {
  acts: act ? [act] : flag('no-acts') ? [] : undefined,
  walks: act ? 0 : Number(opt('walks', '3000')),
  seed: Number(opt('seed', '7')),
  deviation: !act && !flag('no-deviation'),
});
printReport(report, { seconds: Math.round((Date.now() - started) / 100) / 10, detail: flag('detail') });
