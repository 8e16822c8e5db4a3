// Per-deviation detail: step, where, option index, ending, % same lines.
import { compileStory, core } from './scripts/story-report.mjs';
const json = compileStory();
const { historicalRun } = await core('/src/explore/measures.ts');
const { walkOne, historicalPicker } = await core('/src/explore/walker.ts');
const run = historicalRun(json);
const rows = [];
for (const [step, point] of run.points.entries()) {
  const after = new Set(run.lines.slice(run.linesBefore[step] ?? 0));
  const dec = run.decisions.find((d) => d.step === step);
  for (let option = 0; option < point.offered; option++) {
    if (option === run.path[step]) continue;
    const prefix = [...run.path.slice(0, step), option];
    const walk = walkOne(json, (c, d, s) => prefix[s.length] ?? historicalPicker(c, d, s));
    const read = walk.lines.slice(walk.linesBefore[step] ?? 0);
    const same = read.length ? Math.round((100 * read.filter((l) => after.has(l)).length) / read.length) : 0;
    rows.push(`${String(step).padStart(2)} ${(dec ? dec.id : '(minor)').padEnd(22)} opt${option} -> ${(walk.ending ?? 'none').padEnd(22)} same ${String(same).padStart(3)}%  acts ${walk.actEnds.length}  @ ${point.where.slice(0, 90)}`);
  }
}
console.log(rows.join('\n'));
