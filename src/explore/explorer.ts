import { walkGraph } from './state-graph.ts';
import {
  historicalPicker,
  leaningPicker,
  oneDeviationWalks,
  type PathRecord,
  type Picker,
  prefixPicker,
  seededRandom,
  type WalkStart,
  walkAll,
  walkOne,
} from './walker.ts';

export { prefixPicker } from './walker.ts';

/** A strategy: the option taken at each decision point met, in order. */
export interface StrategyStep {
  readonly decision: string;
  readonly option: string;
  readonly historical: boolean;
}

/** What leads to one ending. */
export interface EndingSummary {
  readonly id: string;
  /** Distinct strategies (sequences of decision options) that reached it. */
  readonly strategies: number;
  /** Walks that reached it, and their share of all walks (per cent). */
  readonly walks: number;
  readonly share: number;
  /** The shortest strategy seen that reaches it, and its full path of choice indices. */
  readonly example: { readonly decisions: readonly StrategyStep[]; readonly path: readonly number[] };
  /** The decision options most over-represented on the way to it. */
  readonly keyDecisions: readonly { readonly decision: string; readonly option: string; readonly lift: number; readonly share: number }[];
}

/** How the options of one decision point were taken, and where each led. */
export interface DecisionSummary {
  readonly id: string;
  readonly reached: number;
  /** A path of choice indices that reaches this decision (the historical one where it can, else the shortest seen): replay it to stand there. */
  readonly example: readonly number[];
  readonly options: readonly {
    readonly option: string;
    readonly historical: boolean;
    readonly taken: number;
    readonly endings: Readonly<Record<string, number>>;
  }[];
}

/** Where each option of a decision led next: another decision, or an ending (`ending:<id>`), with counts. */
export interface Transition {
  readonly from: string;
  readonly option: string;
  readonly to: string;
  readonly walks: number;
}

/** Every path through one act, from the state the historical path brings into it. */
export interface ActExploration {
  readonly act: string;
  readonly paths: number;
  readonly complete: boolean;
  /** How the act's paths end: `end of act` or an ending id, with counts. */
  readonly outcomes: Readonly<Record<string, number>>;
}

/** The explorer's findings. */
export interface ExploreSummary {
  readonly method: 'exhaustive' | 'sampled';
  /** For sampled walks: the chance of taking the historical option at each decision (else uniform). */
  readonly bias: number;
  readonly acts: readonly ActExploration[];
  /** Every walk tabulated, including `coverage` walks sent down options the sampled walks never took. */
  readonly walks: number;
  readonly coverage: number;
  readonly strategies: number;
  readonly endings: readonly EndingSummary[];
  readonly decisions: readonly DecisionSummary[];
  readonly historical: { readonly ending: string | null; readonly decisions: readonly StrategyStep[] };
  readonly transitions: readonly Transition[];
  readonly problems: readonly string[];
}

/** How to explore. */
export interface ExploreOptions {
  /** Try every path first; give up and sample when there are more than this many. */
  readonly exhaustiveLimit?: number;
  readonly walks?: number;
  readonly seed?: number;
  /** Chance of taking the historical option at each decision in sampled walks (0 = uniform random play). */
  readonly bias?: number;
  /** Where each act starts, to walk every path of each act on its own. */
  readonly acts?: readonly { readonly act: string; readonly start: WalkStart }[];
  /** Most extra walks sent down options the sampled walks never took. */
  readonly coverageLimit?: number;
  /** Most distinct story states walked per act before the rest is sampled. */
  readonly actStates?: number;
}

function strategyOf(record: PathRecord): StrategyStep[] {
  return record.decisions.map((d) => ({ decision: d.id, option: d.option, historical: d.historical }));
}

function keyOf(steps: readonly StrategyStep[]): string {
  return steps.map((s) => `${s.decision}=${s.option}`).join('|');
}

/** Walks the story (every path when it can, seeded samples beyond) and tabulates where the strategies lead. */
export function explore(json: string, options: ExploreOptions = {}): ExploreSummary {
  const all = walkAll(json, { limit: options.exhaustiveLimit ?? 500 });
  const historical = walkOne(json, historicalPicker);
  const bias = all.complete ? 0 : (options.bias ?? 0.5);
  let records: PathRecord[] = all.paths;
  let coverage = 0;
  if (!all.complete) {
    const pick = leaningPicker(seededRandom(options.seed ?? 1917), bias);
    records = Array.from({ length: options.walks ?? 600 }, () => walkOne(json, pick));
    // History's road and every road one choice off it (history after), which random play rarely keeps to for long.
    const limit = options.coverageLimit ?? 400;
    const roads = limit > 0 ? [historical, ...oneDeviationWalks(json, historical).map((d) => d.walk)] : [];
    const extra = coverWalks(json, [...records, ...roads], pick, limit);
    coverage = roads.length + extra.length;
    records = [...records, ...roads, ...extra];
  }
  const acts = (options.acts ?? []).map(({ act, start }) => exploreAct(json, act, start, options.actStates ?? 4_000));
  return { ...summarise(records, all.complete ? 'exhaustive' : 'sampled', historical, bias, acts), coverage };
}

/**
 * Random walks can miss a rare road entirely. For every option of every decision the walks met but never took,
 * walk once more: follow a path that met the decision, take that option, then go on as the sampled walks do.
 * Repeats until every option met has been taken at least once (or `limit` extra walks).
 */
export function coverWalks(json: string, records: readonly PathRecord[], then: Picker, limit: number): PathRecord[] {
  const taken = new Set<string>();
  const note = (r: PathRecord) => {
    for (const d of r.decisions) taken.add(`${d.id}#${d.index}`);
  };
  for (const r of records) note(r);
  const extra: PathRecord[] = [];
  const queue = [...records];
  while (queue.length > 0 && extra.length < limit) {
    const r = queue.shift() as PathRecord;
    for (const d of r.decisions) {
      for (let option = 0; option < d.offered && extra.length < limit; option++) {
        if (taken.has(`${d.id}#${option}`)) continue;
        const walk = walkOne(json, prefixPicker([...r.path.slice(0, d.step), option], then));
        extra.push(walk);
        note(walk);
        taken.add(`${d.id}#${option}`);
        queue.push(walk);
      }
    }
  }
  return extra;
}

/** Walks every path of one act from its start, to the end of the act or an ending, reusing states already walked. */
export function exploreAct(json: string, act: string, start: WalkStart, stateBudget: number): ActExploration {
  const graph = walkGraph(json, { start, stopAtActEnd: true, stateBudget });
  return { act, paths: graph.paths, complete: graph.complete, outcomes: graph.outcomes };
}

/** Tabulates walks into endings and decisions. */
export function summarise(
  records: readonly PathRecord[],
  method: ExploreSummary['method'],
  historical: PathRecord,
  bias = 0,
  acts: readonly ActExploration[] = [],
): ExploreSummary {
  const strategies = new Map<string, { steps: StrategyStep[]; record: PathRecord }>();
  const optionCounts = new Map<string, number>();
  const byEnding = new Map<
    string,
    { walks: number; strategies: Set<string>; best: { steps: StrategyStep[]; record: PathRecord } | null; options: Map<string, number> }
  >();
  const decisions = new Map<
    string,
    { reached: number; example: number[]; options: Map<string, { historical: boolean; taken: number; endings: Map<string, number> }> }
  >();
  const transitions = new Map<string, Transition>();
  for (const record of records) {
    const steps = strategyOf(record);
    for (const [i, s] of steps.entries()) {
      const next = steps[i + 1];
      const to = next ? next.decision : `ending:${record.ending ?? 'none'}`;
      const k = `${s.decision}|${s.option}|${to}`;
      const t = transitions.get(k);
      transitions.set(k, { from: s.decision, option: s.option, to, walks: (t?.walks ?? 0) + 1 });
    }
    const key = keyOf(steps);
    const ending = record.ending ?? '(no ending)';
    if (!strategies.has(key)) strategies.set(key, { steps, record });
    const e = byEnding.get(ending) ?? { walks: 0, strategies: new Set<string>(), best: null, options: new Map<string, number>() };
    e.walks++;
    e.strategies.add(key);
    if (!e.best || steps.length < e.best.steps.length) e.best = { steps, record };
    for (const [i, s] of steps.entries()) {
      const k = `${s.decision}=${s.option}`;
      e.options.set(k, (e.options.get(k) ?? 0) + 1);
      optionCounts.set(k, (optionCounts.get(k) ?? 0) + 1);
      const prefix = record.path.slice(0, record.decisions[i]?.step ?? 0);
      const d = decisions.get(s.decision) ?? { reached: 0, example: prefix, options: new Map() };
      d.reached++;
      if (prefix.length < d.example.length) d.example = prefix;
      const o = d.options.get(s.option) ?? { historical: s.historical, taken: 0, endings: new Map<string, number>() };
      o.taken++;
      o.endings.set(ending, (o.endings.get(ending) ?? 0) + 1);
      d.options.set(s.option, o);
      decisions.set(s.decision, d);
    }
    byEnding.set(ending, e);
  }
  for (const d of historical.decisions) {
    const entry = decisions.get(d.id);
    if (entry) entry.example = historical.path.slice(0, d.step);
  }
  const total = records.length;
  const endings: EndingSummary[] = [...byEnding.entries()]
    .map(([id, e]) => {
      const keyDecisions = [...e.options.entries()]
        .map(([k, n]) => {
          const [decision = '', option = ''] = k.split('=');
          const shareHere = n / e.walks;
          const shareAll = (optionCounts.get(k) ?? 0) / total;
          return { decision, option, lift: Math.round((shareHere / Math.max(shareAll, 1e-9)) * 100) / 100, share: Math.round(shareHere * 100) };
        })
        .filter((k) => k.share >= 50 && k.lift > 1.2)
        .sort((a, b) => b.lift - a.lift)
        .slice(0, 3);
      return {
        id,
        strategies: e.strategies.size,
        walks: e.walks,
        share: Math.round((1000 * e.walks) / total) / 10,
        example: { decisions: e.best?.steps ?? [], path: e.best?.record.path ?? [] },
        keyDecisions,
      };
    })
    .sort((a, b) => b.walks - a.walks);
  return {
    method,
    bias,
    acts,
    walks: total,
    coverage: 0,
    strategies: strategies.size,
    endings,
    decisions: [...decisions.entries()].map(([id, d]) => ({
      id,
      reached: d.reached,
      example: d.example,
      options: [...d.options.entries()].map(([option, o]) => ({ option, historical: o.historical, taken: o.taken, endings: Object.fromEntries(o.endings) })),
    })),
    historical: { ending: historical.ending, decisions: strategyOf(historical) },
    transitions: [...transitions.values()],
    problems: [...new Set(records.flatMap((r) => r.problems))],
  };
}
