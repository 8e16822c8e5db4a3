import { type StoryChoice, type StoryLine, StoryRunner, type Variables } from '../story/runner.ts';
import { findTag, hasTag } from '../story/tags.ts';

/** One decision met on a path and the option taken. */
export interface DecisionTaken {
  readonly id: string;
  readonly option: string;
  readonly index: number;
  readonly historical: boolean;
  /** How many options were on offer, and which of them was historical (-1 if none). */
  readonly offered: number;
  readonly historicalIndex: number;
}

/** Everything one walk through the story saw. */
export interface PathRecord {
  readonly path: readonly number[];
  readonly decisions: readonly DecisionTaken[];
  readonly ending: string | null;
  readonly actEnds: readonly string[];
  readonly words: number;
  /** Ink errors, unknown tags, dead ends. */
  readonly problems: readonly string[];
}

/** Called after every step of a walk (for checks such as variable ranges). */
export type StepObserver = (step: { readonly lines: readonly StoryLine[]; readonly choices: readonly StoryChoice[]; readonly vars: () => Variables }) => void;

/** Where a walk starts: the beginning, or a knot after calling a preset function (the debug jump menu). */
export interface WalkStart {
  readonly preset?: string;
  readonly knot?: string;
}

/** How a walk picks among the options on offer: returns the option's position. */
export type Picker = (choices: readonly StoryChoice[], decision: string | null, pathSoFar: readonly number[]) => number;

const MAX_STEPS = 400;

function countWords(lines: readonly StoryLine[]): number {
  let n = 0;
  for (const line of lines) for (const w of line.text.split(/\s+/)) if (/[A-Za-z0-9]/.test(w)) n++;
  return n;
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same walks. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Prepares a runner at the start of a walk. */
export function startRunner(json: string, start: WalkStart = {}, onError?: (m: string) => void): StoryRunner {
  const runner = new StoryRunner(json, (message) => onError?.(message));
  if (start.preset) runner.call(start.preset);
  if (start.knot) runner.goTo(start.knot);
  return runner;
}

/**
 * Walks one path, choosing with `pick`, until an ending, a dead end, or (when `stopAtActEnd`) the end of an act.
 * Uses the game's own runner, so what it sees is what a player sees.
 */
export function walkOne(json: string, pick: Picker, options: { start?: WalkStart; stopAtActEnd?: boolean; observe?: StepObserver } = {}): PathRecord {
  const problems: string[] = [];
  const runner = startRunner(json, options.start, (m) => problems.push(`ink: ${m}`));
  const path: number[] = [];
  const decisions: DecisionTaken[] = [];
  const actEnds: string[] = [];
  let words = 0;
  let ending: string | null = null;
  let awaitingNote: string | null = null;
  for (let step = 0; step < MAX_STEPS; step++) {
    const lines = runner.continue();
    const choices = runner.choices();
    options.observe?.({ lines, choices, vars: () => runner.variables() });
    words += countWords(lines);
    let decision: string | null = null;
    for (const line of lines) {
      for (const e of line.tagErrors) problems.push(`tag "${e.raw}": ${e.error}`);
      if (hasTag(line.tags, 'note')) awaitingNote = null;
      const marked = findTag(line.tags, 'decision')?.value;
      if (marked) {
        if (awaitingNote) problems.push(`decision ${awaitingNote} has no history note before the next decision`);
        decision = marked;
      }
      ending = findTag(line.tags, 'ending')?.value ?? ending;
      const actEnd = findTag(line.tags, 'act_end')?.value;
      if (actEnd) actEnds.push(actEnd);
    }
    if (ending) break;
    if (options.stopAtActEnd && actEnds.length > 0) break;
    if (choices.length === 0) {
      problems.push(`dead end without an ending after choices [${path.join(',')}]`);
      break;
    }
    const position = pick(choices, decision, path);
    const choice = choices[position] ?? choices[0];
    if (!choice) break;
    if (decision) {
      decisions.push({
        id: decision,
        option: choice.text,
        index: choice.index,
        historical: hasTag(choice.tags, 'historical'),
        offered: choices.length,
        historicalIndex: choices.findIndex((c) => hasTag(c.tags, 'historical')),
      });
    }
    if (decision) awaitingNote = decision;
    path.push(choice.index);
    runner.choose(choice.index);
  }
  if (awaitingNote) problems.push(`decision ${awaitingNote} has no history note before the path ends`);
  return { path, decisions, ending, actEnds, words, problems };
}

/** Picks the historical option at every decision (the first option where none is marked). */
export const historicalPicker: Picker = (choices) => Math.max(0, choices.findIndex((c) => hasTag(c.tags, 'historical')));

/** Picks uniformly at random from a seeded generator. */
export function randomPicker(random: () => number): Picker {
  return (choices) => Math.floor(random() * choices.length);
}

/**
 * Visits every path from a start (depth first, each path replayed from the start) until each ends, reaches
 * the end of an act (when `stopAtActEnd`), or `limit` paths have been seen. Returns the paths in order.
 */
export function walkAll(json: string, options: { start?: WalkStart; stopAtActEnd?: boolean; limit?: number; observe?: StepObserver } = {}): PathRecord[] {
  const limit = options.limit ?? 100_000;
  const out: PathRecord[] = [];
  const pending: number[][] = [[]];
  while (pending.length > 0 && out.length < limit) {
    const prefix = pending.pop() ?? [];
    const record = walkOne(
      json,
      (choices, _decision, soFar) => {
        const depth = soFar.length;
        if (depth < prefix.length) return Math.max(0, choices.findIndex((c) => c.index === prefix[depth]));
        for (let i = choices.length - 1; i >= 1; i--) pending.push([...soFar, choices[i]?.index ?? 0]);
        return 0;
      },
      options,
    );
    out.push(record);
  }
  return out;
}
