import { ACTS } from '../story/tags.ts';
import type { PathRecord } from './trail.ts';
import { historicalPicker, oneDeviationWalks, randomPicker, seededRandom, walkOne } from './walker.ts';

/** Issue #11's figures for uniform random play: at every choice, every option on offer is equally likely. */
export interface UniformPlay {
  readonly walks: number;
  /** Per cent of games that end in Act I. */
  readonly endInActOne: number;
  readonly meanWords: number;
  /** Every choice made, minor ones included; and the decisions among them. */
  readonly meanChoices: number;
  readonly meanDecisions: number;
  /** Per cent of games that reach Act VI. */
  readonly reachActSix: number;
  /** Per cent of games ending in each ending, most common first. */
  readonly endings: readonly { readonly id: string; readonly share: number }[];
  /** Endings the story holds that no random walk reached. */
  readonly unreached: readonly string[];
  readonly problems: readonly string[];
}

/** The one-deviation measure: every choice on the historical path tried once, with history everywhere else. */
export interface OneDeviation {
  readonly deviations: number;
  /** Per cent of them that still reach the historical ending. */
  readonly historicalEnding: number;
  /** Median per cent of the lines read after the deviation that are word for word the historical run's lines. */
  readonly medianSameLines: number;
  /** Each deviation: the choice it was made at, the option taken, where the year ended and its share of history's lines. */
  readonly each: readonly DeviationRow[];
}

/** One deviation of the one-deviation measure. */
export interface DeviationRow {
  /** Index of the choice on the historical path, and its decision id (null for a minor choice). */
  readonly step: number;
  readonly decision: string | null;
  readonly option: number;
  readonly where: string;
  readonly ending: string | null;
  readonly sameLines: number;
}

/** The historical path's reading load. */
export interface HistoricalLoad {
  readonly words: number;
  readonly choices: number;
  readonly decisions: number;
  /** Per cent of the words that are in history-note lines. */
  readonly noteShare: number;
  readonly wordsPerChoice: number;
  readonly ending: string | null;
  /** Choice points on the path where no option carries the `historical` tag, with the line before them. */
  readonly untagged: readonly string[];
}

const pct = (n: number, of: number) => Math.round((1000 * n) / Math.max(1, of)) / 10;
const mean = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));

/** Plays `walks` seeded games choosing uniformly at random and measures them. */
export function uniformPlay(json: string, walks = 3000, seed = 7): UniformPlay {
  const pick = randomPicker(seededRandom(seed));
  const records = Array.from({ length: walks }, () => walkOne(json, pick));
  const endings = new Map<string, number>();
  for (const r of records) endings.set(r.ending ?? 'none', (endings.get(r.ending ?? 'none') ?? 0) + 1);
  return {
    walks,
    endInActOne: pct(records.filter((r) => !r.actEnds.includes('february')).length, walks),
    meanWords: mean(records.map((r) => r.words)),
    meanChoices: mean(records.map((r) => r.path.length)),
    meanDecisions: mean(records.map((r) => r.decisions.length)),
    reachActSix: pct(records.filter((r) => r.actEnds.length >= ACTS.length - 1).length, walks),
    endings: [...endings.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ id, share: pct(n, walks) })),
    unreached: storyEndings(json).filter((id) => !endings.has(id)),
    problems: [...new Set(records.flatMap((r) => r.problems))],
  };
}

/** Every ending id the compiled story holds (its `ending:` tags). */
export function storyEndings(json: string): string[] {
  return [...new Set([...json.matchAll(/ending: *([a-z0-9_]+)/g)].map((m) => m[1] as string))].sort();
}

/** The historical path: the historical option at every choice, the first where none is marked. */
export function historicalRun(json: string): PathRecord {
  return walkOne(json, historicalPicker);
}

/** Reading load and tagging of the historical path. */
export function historicalLoad(run: PathRecord): HistoricalLoad {
  return {
    words: run.words,
    choices: run.path.length,
    decisions: run.decisions.length,
    noteShare: pct(run.noteWords, run.words),
    wordsPerChoice: Math.round(run.words / Math.max(1, run.path.length)),
    ending: run.ending,
    untagged: run.points.flatMap((p, i) => (p.historicalIndex < 0 ? [`choice ${i + 1} of the historical path, in ${p.where}`] : [])),
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Tries every other option at every choice of the historical path once, following history everywhere else. */
export function oneDeviation(json: string, run: PathRecord = historicalRun(json)): OneDeviation {
  let reached = 0;
  const same: number[] = [];
  const each: DeviationRow[] = [];
  for (const { step, option, walk } of oneDeviationWalks(json, run)) {
    const decision = run.decisions.find((d) => d.step === step)?.id ?? null;
    const after = new Set(run.lines.slice(run.linesBefore[step] ?? 0));
    if (walk.ending === run.ending) reached++;
    const read = walk.lines.slice(walk.linesBefore[step] ?? 0);
    const share = read.length === 0 ? 0 : (100 * read.filter((l) => after.has(l)).length) / read.length;
    same.push(share);
    each.push({ step, decision, option, where: run.points[step]?.where ?? '', ending: walk.ending, sameLines: Math.round(share) });
  }
  return { deviations: same.length, historicalEnding: pct(reached, same.length), medianSameLines: Math.round(median(same) * 10) / 10, each };
}
