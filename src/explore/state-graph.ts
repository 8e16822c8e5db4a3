import { storyStep } from '../story/step.ts';
import { hasTag } from '../story/tags.ts';
import { hash, stateKey } from './state-key.ts';
import { absorb, finished, newTrail, record, type Trail, take } from './trail.ts';
import { MAX_STEPS, type Picker, randomPicker, seededRandom, type WalkOptions, walkerFor } from './walker.ts';

/** Path counts by words read, from a point to the end of its walk. */
type Histogram = Map<number, number>;

/** What every path below a point adds up to. */
interface Below {
  readonly words: Histogram;
  readonly outcomes: Map<string, number>;
  /** Most choices from here to the end. */
  readonly longest: number;
  /** A hash of everything a player could read or reach from here (lines, options, outcomes). */
  readonly signature: string;
}

/** Every path of one act (or of the whole story), walked as a graph of distinct story states. */
export interface StateGraph {
  /** Every path was followed (false: the state budget ran out, and the rest was sampled). */
  readonly complete: boolean;
  readonly states: number;
  /** Steps run; with `complete`, every path's every step is one of these. */
  readonly steps: number;
  /** How many distinct paths there are, and how they end (`end of act`, an ending id, or `dead end`); a sampled rest counts where its walk ends. */
  readonly paths: number;
  readonly outcomes: Readonly<Record<string, number>>;
  /** Words read per path: min, median, 90th percentile, max. */
  readonly words: { readonly min: number; readonly median: number; readonly p90: number; readonly max: number };
  readonly longestChoices: number;
  /** Options at one point that a player cannot tell apart: the same lines after them, the same ending. */
  readonly fakeChoices: readonly string[];
  /** Every problem met on any path (see trail.ts), each once. */
  readonly problems: readonly string[];
}

/** Graph walk settings: distinct states to expand before sampling, and the seed for the sampled rest. */
export interface GraphOptions extends WalkOptions {
  readonly stateBudget?: number;
  readonly seed?: number;
}

function shift(h: Histogram, by: number, into: Histogram): void {
  for (const [w, n] of h) into.set(w + by, (into.get(w + by) ?? 0) + n);
}

function quantile(h: Histogram, q: number): number {
  const sorted = [...h.entries()].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  let seen = 0;
  for (const [w, n] of sorted) {
    seen += n;
    if (seen > total * q) return w;
  }
  return sorted.at(-1)?.[0] ?? 0;
}

function copyTrail(t: Trail): Trail {
  return { ...t, path: [...t.path], decisions: [...t.decisions], actEnds: [...t.actEnds], lines: [], linesBefore: [], points: [], problems: [] };
}

/**
 * Walks every path from a start as a graph: a story state reached again by another path (same variables,
 * visit counts, position, options, last date and pending note) is not walked again, its findings are reused.
 * Past `stateBudget` distinct states, each option not yet followed gets one seeded random walk to its end instead.
 */
export function walkGraph(json: string, options: GraphOptions = {}): StateGraph {
  const walker = walkerFor(json);
  const runner = walker.runner;
  const budget = options.stateBudget ?? 4_000;
  const sample: Picker = randomPicker(seededRandom(options.seed ?? 1917));
  const stop = options.stopAtActEnd ?? false;
  const done = new Map<string, Below>();
  const open = new Set<string>();
  const problems = new Set<string>();
  const fake: string[] = [];
  let steps = 0;
  let complete = true;

  const leaf = (words: number, outcome: string, signature: string): Below => ({
    words: new Map([[words, 1]]),
    outcomes: new Map([[outcome, 1]]),
    longest: 0,
    signature,
  });

  // Runs one step from the runner's current state and returns what lies below it.
  const follow = (trail: Trail, index: number | null): Below => {
    const step = storyStep(runner, index, trail.context);
    steps++;
    const wordsBefore = trail.words;
    absorb(trail, step);
    for (const e of walker.errors.splice(0)) trail.problems.push(e);
    options.observe?.({ lines: step.lines, choices: step.choices, vars: () => runner.variables() });
    const words = trail.words - wordsBefore;
    const text = hash(step.lines.map((l) => l.text).join('\n'));
    const over = trail.path.length >= MAX_STEPS;
    if (finished(trail, step.choices, stop) || over) {
      for (const p of record(trail).problems) problems.add(p);
      const outcome = trail.ending ?? (trail.actEnds.length > 0 ? 'end of act' : 'dead end');
      // At the end of an act the state goes on into the next: two ends differ if their states do.
      const tail = trail.ending ? trail.ending : hash(JSON.stringify(runner.variables()));
      return leaf(words, outcome, hash(`${text}|${outcome}|${tail}`));
    }
    for (const p of trail.problems) problems.add(p);
    const state = runner.saveState();
    const key = `${stateKey(state)}|${trail.lastDate}|${trail.awaitingNote}|${trail.actEnds.length}`;
    const known = done.get(key);
    if (known) return prefix(known, words, text);
    if (open.has(key)) {
      problems.add(`the story loops back to a state it was in, after choices [${trail.path.join(',')}]`);
      return leaf(words, 'loop', text);
    }
    if (done.size + open.size >= budget) {
      complete = false;
      const rest = walker.walk(prefixOf(trail.path, sample), options);
      for (const p of rest.problems) problems.add(p);
      // The sampled rest still counts where it ends, so an ending reached only past the budget is not lost.
      const ends = rest.ending ?? (rest.actEnds.length > 0 ? 'end of act' : 'dead end');
      return leaf(rest.words - wordsBefore, ends, hash(`${text}|sampled|${rest.path.join(',')}`));
    }
    open.add(key);
    const below: Below[] = new Array(step.choices.length);
    // History's option first: where the budget runs out, the road the act's own outcomes hang on is walked whole.
    const order = step.choices.map((c, i) => ({ c, i })).sort((a, b) => Number(hasTag(b.c.tags, 'historical')) - Number(hasTag(a.c.tags, 'historical')));
    for (const [n, { c: choice, i }] of order.entries()) {
      // The runner stands at this state already for the first option followed.
      if (n > 0) runner.loadState(state);
      const child = copyTrail(trail);
      take(child, step.choices, choice);
      below[i] = follow(child, choice.index);
    }
    open.delete(key);
    const seen = new Map<string, string>();
    for (const [i, b] of below.entries()) {
      const text = step.choices[i]?.text ?? '';
      const twin = seen.get(b.signature);
      if (twin !== undefined)
        fake.push(
          `after "${trail.lines.at(-1)?.slice(0, 60) ?? ''}": "${twin}" and "${text}" lead to the same lines and the same end (choices [${trail.path.join(',')}])`,
        );
      else seen.set(b.signature, text);
    }
    const node = merge(
      below,
      step.choices.map((c) => c.text),
    );
    done.set(key, node);
    return prefix(node, words, text);
  };

  walker.begin(options.start);
  walker.errors.length = 0;
  const top = follow(newTrail(), null);
  const paths = [...top.words.values()].reduce((a, b) => a + b, 0);
  const sortedWords = [...top.words.keys()].sort((a, b) => a - b);
  return {
    complete,
    states: done.size,
    steps,
    paths,
    outcomes: Object.fromEntries(top.outcomes),
    words: { min: sortedWords[0] ?? 0, median: quantile(top.words, 0.5), p90: quantile(top.words, 0.9), max: sortedWords.at(-1) ?? 0 },
    longestChoices: top.longest,
    fakeChoices: [...new Set(fake)],
    problems: [...problems],
  };
}

function prefixOf(path: readonly number[], then: Picker): Picker {
  return (choices, decision, soFar) => {
    const fixed = path[soFar.length];
    return fixed !== undefined ? fixed : then(choices, decision, soFar);
  };
}

function prefix(b: Below, words: number, text: string): Below {
  const shifted: Histogram = new Map();
  shift(b.words, words, shifted);
  return { words: shifted, outcomes: b.outcomes, longest: b.longest, signature: hash(`${text}|${b.signature}`) };
}

function merge(below: readonly Below[], texts: readonly string[]): Below {
  const words: Histogram = new Map();
  const outcomes = new Map<string, number>();
  let longest = 0;
  for (const b of below) {
    shift(b.words, 0, words);
    for (const [k, n] of b.outcomes) outcomes.set(k, (outcomes.get(k) ?? 0) + n);
    longest = Math.max(longest, b.longest + 1);
  }
  const signature = hash(below.map((b, i) => `${texts[i]}>${b.signature}`).join('|'));
  return { words, outcomes, longest, signature };
}
