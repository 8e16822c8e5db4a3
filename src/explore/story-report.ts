import { ACT_INFO } from '../story/acts.ts';
import { rangeProblems } from '../story/ranges.ts';
import { ACTS, type ActId } from '../story/tags.ts';
import { type HistoricalLoad, historicalLoad, historicalRun, type OneDeviation, oneDeviation, type UniformPlay, uniformPlay } from './measures.ts';
import { driftProblems, type PresetDrift, presetDrift } from './preset-drift.ts';
import { type StateGraph, walkGraph } from './state-graph.ts';
import { SHARE_LIMITS } from './trail.ts';
import { historicalPicker, walkOne } from './walker.ts';

/**
 * Distinct story states walked per act before the rest is sampled: the story tests' budget on CI's two cores, not a
 * limit on the writing. Past it an act is still covered (every option not yet followed gets one seeded walk) and
 * the test that wants every path walked whole says how far the act got.
 */
export const ACT_STATE_BUDGET = 20_000;

/** One act walked from the state the historical path brings to it. */
export interface ActReport {
  readonly act: ActId;
  readonly graph: StateGraph;
  /** Words read on the act's historical path. */
  readonly historicalWords: number;
}

/** Everything the story checks and the lengths report measure, in one object. */
export interface StoryReport {
  readonly acts: readonly ActReport[];
  readonly uniform: UniformPlay | null;
  readonly deviation: OneDeviation | null;
  readonly historical: HistoricalLoad;
  readonly drift: readonly PresetDrift[];
  /** Every problem found, each once: ink errors, dead ends, dates, callbacks, share limits, fake choices, drift, untagged history. */
  readonly problems: readonly string[];
}

/** What to measure: acts to walk (all by default), random walks (0: none), the one-deviation measure, declared ranges. */
export interface ReportOptions {
  readonly acts?: readonly ActId[];
  readonly walks?: number;
  readonly seed?: number;
  readonly deviation?: boolean;
  readonly ranges?: ReadonlyMap<string, readonly [number, number]>;
  readonly stateBudget?: number;
}

/** Walks every act as a graph and measures the whole story, for the story tests and the writers' commands. */
export function storyReport(json: string, options: ReportOptions = {}): StoryReport {
  const problems = new Set<string>();
  const ranges = options.ranges;
  const observe = ranges
    ? ({ vars }: { vars: () => Parameters<typeof rangeProblems>[0] }) => {
        for (const p of rangeProblems(vars(), ranges)) problems.add(p);
      }
    : undefined;
  const acts = (options.acts ?? ACTS).map((act) => {
    const start = ACT_INFO[act].start;
    const graph = walkGraph(json, { start, stopAtActEnd: true, stateBudget: options.stateBudget ?? ACT_STATE_BUDGET, ...(observe ? { observe } : {}) });
    for (const p of graph.problems) problems.add(`${act}: ${p}`);
    for (const f of graph.fakeChoices) problems.add(`${act}: fake sub-choice: ${f}`);
    return { act, graph, historicalWords: walkOne(json, historicalPicker, { start, stopAtActEnd: true }).words };
  });
  const run = historicalRun(json);
  const historical = historicalLoad(run);
  for (const p of run.problems) problems.add(`historical path: ${p}`);
  for (const u of historical.untagged) problems.add(`no historical option at ${u}`);
  const longest = acts.reduce((sum, a) => sum + a.graph.longestChoices, 0);
  if (!options.acts && longest > SHARE_LIMITS.choices)
    problems.add(`the longest paths of the acts add up to ${longest} choices, more than a share code carries (${SHARE_LIMITS.choices})`);
  const drift = options.acts ? [] : presetDrift(json);
  for (const p of driftProblems(drift)) problems.add(`preset drift: ${p}`);
  const walks = options.walks ?? 0;
  const uniform = walks > 0 ? uniformPlay(json, walks, options.seed) : null;
  for (const p of uniform?.problems ?? []) problems.add(`random play: ${p}`);
  const deviation = options.deviation ? oneDeviation(json, run) : null;
  return { acts, uniform, deviation, historical, drift, problems: [...problems] };
}
