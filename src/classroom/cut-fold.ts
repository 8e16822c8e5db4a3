import { type Episode, episodesFor } from './meanwhile.ts';

/** What the fold needs of a passage: its step, the decision offered at its end, and the decision its choice was taken at. */
export interface FoldPassage {
  readonly step: number;
  readonly decision: string | null;
  readonly chosen: { readonly decision: string | null } | null;
  /** The ending this passage reaches, if any (an ending is always read). */
  readonly ending?: string | null;
}

/** Which passages a cut lesson reads in full, and the "Meanwhile…" summaries shown in place of the rest. */
export interface FoldPlan {
  /** Steps of the passages folded away (played by the game, not read). */
  readonly folded: ReadonlySet<number>;
  /** Summaries to show before the passage of each step (the first passage read after a folded stretch). */
  readonly summaries: ReadonlyMap<number, readonly Episode[]>;
}

/**
 * The fold of a cut lesson's transcript: a passage is read in full when it leads into a debated decision or follows
 * from one, when it comes before the cut began (`from`), or when it reaches an ending; the others are folded, and each
 * folded stretch is told by the summaries of the stretches of the year it played through (each at most once).
 */
export function foldPlan(passages: readonly FoldPassage[], cut: readonly string[], from = 0): FoldPlan {
  const folded = new Set<number>();
  const summaries = new Map<number, readonly Episode[]>();
  const shown: string[] = [];
  let played: string[] = [];
  for (const p of passages) {
    const decided = p.chosen?.decision ?? null;
    if (decided && !cut.includes(decided) && p.step >= from) played.push(decided);
    const read = p.step < from || Boolean(p.ending) || (p.decision !== null && cut.includes(p.decision)) || (decided !== null && cut.includes(decided));
    if (!read) {
      folded.add(p.step);
      continue;
    }
    if (played.length) {
      const episodes = episodesFor(played, cut, shown);
      if (episodes.length) summaries.set(p.step, episodes);
      shown.push(...episodes.map((e) => e.id));
      played = [];
    }
  }
  return { folded, summaries };
}
