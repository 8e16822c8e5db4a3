import { type StoryChoice, type StoryLine, StoryRunner, type Variables } from '../story/runner.ts';
import { type StoryStep, storyStep } from '../story/step.ts';
import { hasTag } from '../story/tags.ts';
import { absorb, finished, newTrail, type PathRecord, record, take } from './trail.ts';

export type { DecisionTaken, PathRecord } from './trail.ts';

/** Called after every step of a walk (for checks such as variable ranges). */
export type StepObserver = (step: { readonly lines: readonly StoryLine[]; readonly choices: readonly StoryChoice[]; readonly vars: () => Variables }) => void;

/** Where a walk starts: the beginning, or a knot after calling a preset function (the debug jump menu). */
export interface WalkStart {
  readonly preset?: string;
  readonly knot?: string;
}

/** How a walk picks among the options on offer: returns the option's position, or -1 to stop the walk there. */
export type Picker = (choices: readonly StoryChoice[], decision: string | null, pathSoFar: readonly number[]) => number;

/** Options shared by the walks. */
export interface WalkOptions {
  readonly start?: WalkStart;
  /** Treat the end of an act as the end of the walk. */
  readonly stopAtActEnd?: boolean;
  readonly observe?: StepObserver;
}

/** The most choices one walk makes before it is cut off (a loop in the story). */
export const MAX_STEPS = 400;

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

/** A step remembered with the ink state after it, so walks that share a beginning replay it from memory. */
interface Cached {
  readonly step: StoryStep;
  readonly state: string;
  readonly errors: readonly string[];
}

/** How many steps one story's walker remembers, and how deep: the first choices are shared by most random walks. */
const CACHE_SIZE = 40_000;
const CACHE_DEPTH = 24;

/**
 * One reused runner per story (parsing a large story costs more than a walk), with the steps its walks have
 * shared remembered by path: a walk reads a remembered beginning from memory and runs ink only from where it
 * first goes somewhere new.
 */
export class StoryWalker {
  readonly runner: StoryRunner;
  readonly errors: string[] = [];
  private readonly cache = new Map<string, Cached>();

  constructor(json: string) {
    this.runner = new StoryRunner(json, (message) => this.errors.push(`ink: ${message}`));
  }

  /** Puts the runner at the start of a walk. */
  begin(start: WalkStart = {}): void {
    this.runner.reset();
    this.errors.length = 0;
    if (start.preset) this.runner.call(start.preset);
    if (start.knot) this.runner.goTo(start.knot);
  }

  /** Walks one path, choosing with `pick`, until an ending, a dead end, or (when `stopAtActEnd`) the end of an act. */
  walk(pick: Picker, options: WalkOptions = {}): PathRecord {
    const prefix = `${options.start?.preset ?? ''}>${options.start?.knot ?? ''}:`;
    const useCache = !options.observe;
    const trail = newTrail();
    let live = false;
    let lastState: string | null = null;
    let index: number | null = null;
    for (let n = 0; n <= MAX_STEPS; n++) {
      const key = `${prefix}${trail.path.join(',')}`;
      const hit = useCache && !live ? this.cache.get(key) : undefined;
      let step: StoryStep;
      if (hit) {
        step = hit.step;
        trail.problems.push(...hit.errors);
        lastState = hit.state;
      } else {
        if (!live) {
          if (lastState === null) this.begin(options.start);
          else this.runner.loadState(lastState);
          live = true;
        }
        step = storyStep(this.runner, index, trail.context);
        const errors = this.errors.splice(0);
        trail.problems.push(...errors);
        if (useCache && trail.path.length < CACHE_DEPTH && this.cache.size < CACHE_SIZE) this.cache.set(key, { step, state: this.runner.saveState(), errors });
        options.observe?.({ lines: step.lines, choices: step.choices, vars: () => this.runner.variables() });
      }
      absorb(trail, step);
      if (finished(trail, step.choices, options.stopAtActEnd ?? false) || n === MAX_STEPS) break;
      const picked = pick(step.choices, trail.decision, trail.path);
      if (picked < 0) return { ...record(trail), open: step.choices.length };
      const choice = step.choices[picked] ?? step.choices[0];
      if (!choice) break;
      take(trail, step.choices, choice);
      index = choice.index;
    }
    return record(trail);
  }
}

const walkers = new Map<string, StoryWalker>();

/** The walker for a story, made once and reused. */
export function walkerFor(json: string): StoryWalker {
  let walker = walkers.get(json);
  if (!walker) {
    if (walkers.size > 4) walkers.clear();
    walker = new StoryWalker(json);
    walkers.set(json, walker);
  }
  return walker;
}

/**
 * Walks one path, choosing with `pick`, until an ending, a dead end, or (when `stopAtActEnd`) the end of an act.
 * Steps through the game's own story step, so what it sees is what a player sees.
 */
export function walkOne(json: string, pick: Picker, options: WalkOptions = {}): PathRecord {
  return walkerFor(json).walk(pick, options);
}

/** Picks the historical option at every choice (the first option where none is marked). */
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

/** Follows a fixed path of choice positions, then picks with `then`. */
export function prefixPicker(prefix: readonly number[], then: Picker): Picker {
  return (choices, decision, pathSoFar) => {
    const fixed = prefix[pathSoFar.length];
    return fixed !== undefined && fixed < choices.length ? fixed : then(choices, decision, pathSoFar);
  };
}

/** A walk that leaves a road at one choice: `option` taken at choice `step` instead of the road's, history after. */
export interface Deviation {
  readonly step: number;
  readonly option: number;
  readonly walk: PathRecord;
}

/** Every walk that leaves `road` at one choice, by each option it did not take there, and follows history after. */
export function oneDeviationWalks(json: string, road: PathRecord): Deviation[] {
  return road.points.flatMap((point, step) =>
    Array.from({ length: point.offered }, (_, option) => option)
      .filter((option) => option !== road.path[step])
      .map((option) => ({ step, option, walk: walkOne(json, prefixPicker([...road.path.slice(0, step), option], historicalPicker)) })),
  );
}

/**
 * Lists every path from a start, depth first, up to `limit` paths (for small stories, and for the explorer to
 * learn whether a story is small). Checks that must cover every path use walkGraph, which reuses states.
 */
export function walkAll(json: string, options: WalkOptions & { readonly limit?: number } = {}): { paths: PathRecord[]; complete: boolean } {
  const limit = options.limit ?? 100_000;
  const out: PathRecord[] = [];
  const stack: number[][] = [[]];
  while (stack.length > 0) {
    const prefix = stack.pop() as number[];
    const found = walkOne(json, (_c, _d, soFar) => prefix[soFar.length] ?? -1, options);
    if (found.open === 0) {
      if (out.length >= limit) return { paths: out, complete: false };
      out.push(found);
    } else for (let i = found.open - 1; i >= 0; i--) stack.push([...prefix, i]);
  }
  return { paths: out, complete: true };
}
