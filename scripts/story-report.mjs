// Shared by the writers' commands (lengths, explore, story-check): compiles the story and loads the core's
// report through Vite's module runner, then prints it. The walking and measuring all live in src/explore/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { compileInk, formatIssue } from './ink-compile.mjs';

/** Reads `--name value` and `--flag` from the command line. */
export function cli(argv = process.argv.slice(2)) {
  return {
    opt: (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback),
    flag: (name) => argv.includes(`--${name}`),
  };
}

/** Compiles story/main.ink, printing ink's issues; exits when it does not compile. */
export function compileStory() {
  const compiled = compileInk(resolve('story/main.ink'));
  for (const issue of compiled.issues) if (issue.severity !== 'author') console.error(formatIssue(issue, resolve('story')));
  if (!compiled.json) process.exit(1);
  return compiled.json;
}

/** Loads a module of the core (TypeScript) by its path from the project root. */
export async function core(path) {
  return (await runnerImport(path)).module;
}

/** The declared ranges of story/state.ink, parsed by the core. */
export async function ranges() {
  const { parseRanges } = await core('/src/story/ranges.ts');
  return parseRanges(readFileSync('story/state.ink', 'utf8'));
}

const pad = (s, n) => String(s).padEnd(n);

/** Prints the per-act walks, the issue's numbers and the problems of a story report. */
export function printReport(report, { seconds, detail = false } = {}) {
  if (report.acts.length) {
    console.log('Every path of each act, from the state the historical path brings to it (words read in the act):');
    for (const { act, graph: g, historicalWords } of report.acts)
      console.log(
        `  ${pad(act, 11)} ${pad(`${g.paths.toLocaleString('en')} paths${g.complete ? '' : ' (budget reached: the rest sampled)'}`, 20)} ${pad(`${g.states} states, ${g.steps} steps`, 26)} words min ${g.words.min}  median ${g.words.median}  p90 ${g.words.p90}  max ${g.words.max}  historical ${historicalWords}  longest ${g.longestChoices} choices`,
      );
  }
  const u = report.uniform;
  if (u) {
    console.log(`\nUniform random play, ${u.walks} seeded walks (every option on offer equally likely):`);
    console.log(`  ending in Act I ${u.endInActOne}%   reaching Act VI ${u.reachActSix}%`);
    console.log(`  mean words ${u.meanWords}   mean choices ${u.meanChoices} (of them decisions ${u.meanDecisions})`);
    console.log(`  endings reached ${u.endings.length}: ${u.endings.map((e) => `${e.id} ${e.share}%`).join(', ')}`);
    console.log(`  endings never reached: ${u.unreached.length ? u.unreached.join(', ') : 'none (all reachable)'}`);
  }
  const d = report.deviation;
  if (d)
    console.log(
      `\nOne deviation (each of ${d.deviations} other options on the historical path, history otherwise): ${d.historicalEnding}% reach the historical ending; median ${d.medianSameLines}% of the lines after it are the historical run's, word for word.`,
    );
  if (d && detail)
    for (const r of d.each)
      console.log(
        `  choice ${pad(r.step, 3)} ${pad(r.decision ?? '(minor)', 22)} option ${r.option}  -> ${pad(r.ending ?? 'none', 22)} ${pad(`${r.sameLines}%`, 5)} ${r.where.slice(0, 80)}`,
      );
  const h = report.historical;
  console.log(
    `\nHistorical path: ${h.words} words, ${h.choices} choices (${h.decisions} decisions), ${h.wordsPerChoice} words per click, history notes ${h.noteShare}% of the words, ending ${h.ending}.`,
  );
  if (seconds !== undefined) console.log(`\n(${seconds} s)`);
  if (report.problems.length) {
    console.log(`\nProblems (${report.problems.length}):`);
    for (const p of report.problems) console.log(`  ${p}`);
  } else console.log('\nNo problems found.');
}
