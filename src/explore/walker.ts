import { type StoryChoice, type StoryLine, StoryRunner, type Variables } from '../story/runner.ts';
import { findTag, hasTag } from '../story/tags.ts';

/** One decision met on a path and the option taken. */
export interface DecisionTaken {
  readonly id: string;
  /** How many choices had been made when this decision was met. */
  readonly step: number;
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
  /** Ink errors, unknown tags, dead ends, decisions without a history note. */
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

/** Options shared by the walks. */
export interface WalkOptions {
  readonly start?: WalkStart;
  /** Treat the end of an act as the end of the walk. */
  readonly stopAtActEnd?: boolean;
  readonly observe?: StepObserver;
}

const MAX_STEPS = 400;

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

const runners = new Map<string, { runner: StoryRunner; errors: string[] }>();

/** A runner for this story at the start of a walk. Runners are reused (reset, not rebuilt): parsing a large story costs more than a walk. */
export function startRunner(json: string, start: WalkStart = {}): { runner: StoryRunner; errors: string[] } {
  let entry = runners.get(json);
  if (!entry) {
    const errors: string[] = [];
    entry = { runner: new StoryRunner(json, (message) => errors.push(`ink: ${message}`)), errors };
    if (runners.size > 4) runners.clear();
    runners.set(json, entry);
  }
  entry.runner.reset();
  entry.errors.length = 0;
  if (start.preset) entry.runner.call(start.preset);
  if (start.knot) entry.runner.goTo(start.knot);
  return entry;
}

/** What a walk has gathered so far along one path. */
interface Trail {
  path: number[];
  decisions: DecisionTaken[];
  actEnds: string[];
  words: number;
  ending: string | null;
  awaitingNote: string | null;
  problems: string[];
}

function newTrail(): Trail {
  return { path: [], decisions: [], actEnds: [], words: 0, ending: null, awaitingNote: null, problems: [] };
}

function copyTrail(t: Trail): Trail {
  return { ...t, path: [...t.path], decisions: [...t.decisions], actEnds: [...t.actEnds], problems: [...t.problems] };
}

/** Takes in one step's lines; returns the decision marked among them, if any. */
function absorb(trail: Trail, lines: readonly StoryLine[]): string | null {
  let decision: string | null = null;
  for (const line of lines) {
    for (const w of line.text.split(/\s+/)) if (/[A-Za-z0-9]/.test(w)) trail.words++;
    for (const e of line.tagErrors) trail.problems.push(`tag "${e.raw}": ${e.error}`);
    if (hasTag(line.tags, 'note')) trail.awaitingNote = null;
    const marked = findTag(line.tags, 'decision')?.value;
    if (marked) {
      if (trail.awaitingNote) trail.problems.push(`decision ${trail.awaitingNote} has no history note before the next decision`);
      decision = marked;
    }
    trail.ending = findTag(line.tags, 'ending')?.value ?? trail.ending;
    const actEnd = findTag(line.tags, 'act_end')?.value;
    if (actEnd) trail.actEnds.push(actEnd);
  }
  return decision;
}

/** Whether the trail has finished: an ending, the end of an act (if asked), or a dead end. */
function finished(trail: Trail, choices: readonly StoryChoice[], options: WalkOptions): boolean {
  if (trail.ending) return true;
  if (options.stopAtActEnd && trail.actEnds.length > 0) return true;
  if (choices.length === 0) {
    trail.problems.push(`dead end without an ending after choices [${trail.path.join(',')}]`);
    return true;
  }
  return false;
}

function take(trail: Trail, choices: readonly StoryChoice[], choice: StoryChoice, decision: string | null): void {
  if (decision) {
    trail.decisions.push({
      id: decision,
      step: trail.path.length,
      option: choice.text,
      index: choice.index,
      historical: hasTag(choice.tags, 'historical'),
      offered: choices.length,
      historicalIndex: choices.findIndex((c) => hasTag(c.tags, 'historical')),
    });
    trail.awaitingNote = decision;
  }
  trail.path.push(choice.index);
}

function record(trail: Trail): PathRecord {
  const problems = [...trail.problems];
  if (trail.awaitingNote && (trail.ending || trail.actEnds.length > 0))
    problems.push(`decision ${trail.awaitingNote} has no history note before the path ends`);
  return { path: trail.path, decisions: trail.decisions, ending: trail.ending, actEnds: trail.actEnds, words: trail.words, problems };
}

/**
 * Walks one path, choosing with `pick`, until an ending, a dead end, or (when `stopAtActEnd`) the end of an act.
 * Uses the game's own runner, so what it sees is what a player sees.
 */
export function walkOne(json: string, pick: Picker, options: WalkOptions = {}): PathRecord {
  const { runner, errors } = startRunner(json, options.start);
  const trail = newTrail();
  for (let step = 0; step < MAX_STEPS; step++) {
    const lines = runner.continue();
    const choices = runner.choices();
    trail.problems.push(...errors.splice(0));
    options.observe?.({ lines, choices, vars: () => runner.variables() });
    const decision = absorb(trail, lines);
    if (finished(trail, choices, options)) break;
    const choice = choices[pick(choices, decision, trail.path)] ?? choices[0];
    if (!choice) break;
    take(trail, choices, choice, decision);
    runner.choose(choice.index);
  }
  return record(trail);
}

/** Picks the historical option at every decision (the first option where none is marked). */
export const historicalPicker: Picker = (choices) =>
  Math.max(
    0,
    choices.findIndex((c) => hasTag(c.tags, 'historical')),
  );

/** Picks uniformly at random from a seeded generator. */
export function randomPicker(random: () => number): Picker {
  return (choices) => Math.floor(random() * choices.length);
}

/** Picks the historical option with probability `bias`, otherwise uniformly: random play that reaches the later acts more often. */
export function leaningPicker(random: () => number, bias: number): Picker {
  return (choices) => {
    const h = choices.findIndex((c) => hasTag(c.tags, 'historical'));
    return h >= 0 && random() < bias ? h : Math.floor(random() * choices.length);
  };
}

/**
 * Visits every path from a start, depth first, branching from the ink state saved at each choice point, until each
 * path ends (or reaches the end of an act, when `stopAtActEnd`) or `limit` paths have been found. The result says
 * whether the walk was complete.
 */
export function walkAll(json: string, options: WalkOptions & { readonly limit?: number } = {}): { paths: PathRecord[]; complete: boolean } {
  const limit = options.limit ?? 100_000;
  const { runner, errors } = startRunner(json, options.start);
  const out: PathRecord[] = [];
  interface Frame {
    readonly state: string | null;
    readonly choose: number | null;
    readonly trail: Trail;
  }
  const stack: Frame[] = [{ state: null, choose: null, trail: newTrail() }];
  while (stack.length > 0) {
    if (out.length >= limit) return { paths: out, complete: false };
    const frame = stack.pop() as Frame;
    if (frame.state !== null) runner.loadState(frame.state);
    if (frame.choose !== null) runner.choose(frame.choose);
    const trail = frame.trail;
    const lines = runner.continue();
    const choices = runner.choices();
    trail.problems.push(...errors.splice(0));
    options.observe?.({ lines, choices, vars: () => runner.variables() });
    const decision = absorb(trail, lines);
    if (trail.path.length >= MAX_STEPS || finished(trail, choices, options)) {
      out.push(record(trail));
      continue;
    }
    const state = runner.saveState();
    for (let i = choices.length - 1; i >= 0; i--) {
      const choice = choices[i] as StoryChoice;
      const child = copyTrail(trail);
      take(child, choices, choice, decision);
      stack.push({ state, choose: choice.index, trail: child });
    }
  }
  return { paths: out, complete: true };
}
