import type { StrategyStep } from '../explore/explorer.ts';
import type { VoteRecord } from './votes.ts';

/** One decision of the class's path set against history. */
export interface DebriefRow {
  readonly decision: string;
  readonly classOption: string;
  /** What the Bolsheviks really did here, if this decision lies on the historical path. */
  readonly historicalOption: string | null;
  readonly asInHistory: boolean;
  readonly vote: VoteRecord | null;
}

/** The class's path against the historical one, with the turning points where they parted. */
export interface Debrief {
  readonly rows: readonly DebriefRow[];
  readonly turningPoints: readonly DebriefRow[];
  /** Share of the class's decisions that matched history, per cent. */
  readonly matched: number;
}

/** Sets the class's decisions against the historical path; `taken` are the class's decisions in order. */
export function debrief(
  taken: readonly { decision: string; option: string; historical: boolean }[],
  historical: readonly StrategyStep[],
  votes: readonly VoteRecord[],
): Debrief {
  const rows = taken.map((t) => {
    const h = historical.find((x) => x.decision === t.decision);
    return {
      decision: t.decision,
      classOption: t.option,
      historicalOption: h?.option ?? null,
      asInHistory: t.historical,
      vote: votes.find((v) => v.decision === t.decision) ?? null,
    };
  });
  const turningPoints = rows.filter((r) => !r.asInHistory);
  return { rows, turningPoints, matched: rows.length ? Math.round((100 * (rows.length - turningPoints.length)) / rows.length) : 0 };
}
