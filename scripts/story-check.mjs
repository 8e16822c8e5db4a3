// Compiles the story and walks it with seeded random choices, for writers: reports ink errors,
// unknown tags, dead ends, out-of-range variables, decisions and endings, and word counts.
//   node scripts/story-check.mjs [--act dual_power] [--walks 3000] [--seed 7] [--stop-at-act-end]
//   node scripts/story-check.mjs --play 0,2,1,0 [--act july_days]   (prints one path's text)
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Story } from 'inkjs';
import { runnerImport } from 'vite';
import { compileInk, formatIssue } from './ink-compile.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(`--${name}`);
const root = resolve('story/main.ink');
const { module: tagsModule } = await runnerImport('/src/story/tags.ts');
const { parseTags } = tagsModule;

const compiled = compileInk(root);
for (const issue of compiled.issues) console.log(formatIssue(issue, resolve('story')));
if (!compiled.json) process.exit(1);

const ranges = new Map();
for (const line of readFileSync('story/state.ink', 'utf8').split('\n')) {
  const m = /^VAR (\w+) = [^/]*\/\/ \[(-?\d+),(-?\d+)\]/.exec(line);
  if (m) ranges.set(m[1], [Number(m[2]), Number(m[3])]);
}

const STARTS = { february: 'feb_start', dual_power: 'dp_start', july_days: 'jul_start', kornilov: 'kor_start', october: 'oct_start', defence: 'def_start' };
const act = opt('act', 'february');
const stopAtActEnd = flag('stop-at-act-end');
let seed = Number(opt('seed', '7'));
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const problems = new Map();
const problem = (msg) => problems.set(msg, (problems.get(msg) ?? 0) + 1);

function newStory() {
  const story = new Story(compiled.json);
  story.onError = (msg) => problem(`ink runtime: ${msg}`);
  if (act !== 'february') {
    story.EvaluateFunction(`preset_${act}`);
    story.ChoosePathString(STARTS[act]);
  }
  return story;
}

const decisions = new Map();
const endings = new Map();
const walkStats = [];

function words(text) {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

function walk(pick, print) {
  const story = newStory();
  let wordCount = 0;
  let choices = 0;
  let decision = null;
  let noteSinceDecision = true;
  let lastDecision = null;
  let ending = null;
  let lastText = '';
  for (let step = 0; step < 4000; step++) {
    let actEnded = false;
    while (story.canContinue) {
      const text = story.Continue() ?? '';
      const { tags, errors } = parseTags(story.currentTags ?? []);
      for (const e of errors) problem(`bad tag "${e.raw}": ${e.error}`);
      if (!(actEnded && stopAtActEnd)) wordCount += words(text);
      if (text.trim()) lastText = text.trim();
      if (print && text.trim()) {
        const shown = tags.filter((t) => t.kind !== 'historical').map((t) => `#${t.kind}${'value' in t ? `:${t.value}` : ''}`);
        console.log(text.trim() + (shown.length ? `   ${shown.join(' ')}` : ''));
      }
      for (const t of tags) {
        if (t.kind === 'decision') {
          if (lastDecision && !noteSinceDecision) problem(`decision ${lastDecision} has no history note (# note) before the next decision`);
          decision = t.value;
        }
        if (t.kind === 'note') noteSinceDecision = true;
        if (t.kind === 'ending') ending = t.value;
        if (t.kind === 'act_end') actEnded = true;
      }
      for (const [name, [lo, hi]] of ranges) {
        const v = story.variablesState[name];
        if (typeof v === 'number' && (v < lo || v > hi)) problem(`${name} out of range: ${v}`);
      }
    }
    if (ending) break;
    if (actEnded && stopAtActEnd) {
      ending = `(end of act)`;
      break;
    }
    const options = story.currentChoices;
    if (options.length === 0) {
      problem(`dead end without an ending tag after: "${lastText.slice(0, 80)}"`);
      break;
    }
    if (decision) {
      const d = decisions.get(decision) ?? { options: new Set(), historical: new Set(), seen: 0 };
      d.seen++;
      for (const c of options) {
        d.options.add(c.text);
        if ((c.tags ?? []).includes('historical')) d.historical.add(c.text);
      }
      decisions.set(decision, d);
      if (options.length < 3) problem(`decision ${decision} offers only ${options.length} options here`);
      lastDecision = decision;
      noteSinceDecision = false;
    }
    const i = pick(options, choices);
    if (print) console.log(`\n  > [${i}] ${options[i]?.text}${decision ? `   (decision: ${decision})` : ''}\n`);
    decision = null;
    choices++;
    story.ChooseChoiceIndex(i);
  }
  if (lastDecision && !noteSinceDecision) problem(`decision ${lastDecision} has no history note (# note) before the end`);
  return { ending, wordCount, choices };
}

const play = opt('play', null);
if (play !== null) {
  const path = play.split(',').filter(Boolean).map(Number);
  const r = walk((opts, n) => (n < path.length ? Math.min(path[n], opts.length - 1) : Math.floor(rand() * opts.length)), true);
  console.log(`\n[ending: ${r.ending}] words ${r.wordCount}, choices ${r.choices}`);
} else {
  const walks = Number(opt('walks', '3000'));
  for (let w = 0; w < walks; w++) {
    const r = walk((opts) => Math.floor(rand() * opts.length), false);
    walkStats.push(r);
    endings.set(r.ending, (endings.get(r.ending) ?? 0) + 1);
  }
  const historical = walk((opts) => {
    const i = opts.findIndex((c) => (c.tags ?? []).includes('historical'));
    return Math.max(i, 0);
  }, false);
  const order = Object.keys(STARTS);
  const next = order[order.indexOf(act) + 1];
  if (next) {
    const h = newStory();
    let steps = 0;
    let ended = false;
    while (!ended && steps++ < 400) {
      while (h.canContinue) {
        h.Continue();
        if ((h.currentTags ?? []).some((t) => t.startsWith('act_end:'))) ended = true;
      }
      if (ended || h.currentChoices.length === 0) break;
      const i = h.currentChoices.findIndex((c) => (c.tags ?? []).includes('historical'));
      h.ChooseChoiceIndex(Math.max(i, 0));
    }
    const p = new Story(compiled.json);
    p.EvaluateFunction(`preset_${next}`);
    console.log(`\nHistorical path at the end of ${act}${ended ? '' : ' (act end NOT reached)'} vs preset_${next} (drift over 10 marked *):`);
    const rows = [];
    for (const name of ranges.keys()) {
      const a = h.variablesState[name];
      const b = p.variablesState[name];
      if (typeof a !== 'number') continue;
      rows.push(`${Math.abs(a - b) > 10 ? '*' : ' '} ${name}: ${a} (preset ${b})`);
    }
    console.log(rows.join('\n'));
  }
  const wc = walkStats.map((s) => s.wordCount);
  const ch = walkStats.map((s) => s.choices);
  const mean = (a) => Math.round(a.reduce((x, y) => x + y, 0) / a.length);
  console.log(`\nWalks from ${act}: ${walks}`);
  console.log(`Words per playthrough: mean ${mean(wc)}, range ${Math.min(...wc)}-${Math.max(...wc)}`);
  console.log(`Choices per playthrough: mean ${mean(ch)}, range ${Math.min(...ch)}-${Math.max(...ch)}`);
  console.log(
    `Historical path (first 'historical' option, else the first): ending ${historical.ending}, ${historical.wordCount} words, ${historical.choices} choices`,
  );
  console.log('\nEndings reached:');
  for (const [e, n] of [...endings].sort((a, b) => b[1] - a[1])) console.log(`  ${e}: ${n} (${((100 * n) / walks).toFixed(1)}%)`);
  console.log('\nDecisions:');
  for (const [id, d] of decisions) console.log(`  ${id}: ${d.options.size} options, historical ${d.historical.size}, seen ${d.seen}`);
  const source = readdirSync('story/acts').map((f) => [f, readFileSync(`story/acts/${f}`, 'utf8')]);
  console.log('\nProse words in source (approximate):');
  for (const [f, text] of source) {
    const prose = text
      .split('\n')
      .filter((l) => !/^\s*(~|\/\/|=|INCLUDE|VAR|LIST|-> |\{[^}]*:\s*$|\}|-\s*else|#)/.test(l))
      .map((l) =>
        l
          .replace(/#.*$/, '')
          .replace(/->\s*\w+/g, '')
          .replace(/[{}[\]|*+-]/g, ' '),
      )
      .join(' ');
    console.log(`  ${f}: ${words(prose)}`);
  }
}
if (problems.size) {
  console.log('\nProblems:');
  for (const [p, n] of problems) console.log(`  ${p}${n > 1 ? ` (x${n})` : ''}`);
  process.exitCode = 1;
} else console.log('\nNo problems found.');
