import * as v from 'valibot';
import { type MergeCodec, readTracked, writeMerged } from '../saves/merged-write.ts';
import type { SaveStore } from '../saves/store.ts';

/** The class's vote at one decision, and what was played. */
export interface VoteRecord {
  /** How many choices had been made when the class voted. */
  readonly step: number;
  readonly decision: string;
  readonly date: string | null;
  readonly options: readonly string[];
  /** Votes for each option, in the order shown. */
  readonly tallies: readonly number[];
  /** The option played (position in `options`). */
  readonly played: number;
  /** Whether the teacher played an option other than the class's winner. */
  readonly overruled: boolean;
}

/** A lesson's record: the class's votes in order, and the ending reached. */
export interface ClassRecord {
  readonly startedAt: string;
  readonly votes: readonly VoteRecord[];
  readonly ending: string | null;
}

/** The key of the current lesson's record. */
export const CLASS_KEY = 'organiser:classroom';

const Schema = v.object({
  startedAt: v.string(),
  ending: v.nullable(v.string()),
  votes: v.array(
    v.object({
      step: v.pipe(v.number(), v.integer(), v.minValue(0)),
      decision: v.string(),
      date: v.nullable(v.string()),
      options: v.array(v.string()),
      tallies: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
      played: v.pipe(v.number(), v.integer(), v.minValue(0)),
      overruled: v.boolean(),
    }),
  ),
});

/** The option with the most votes, or null when no one voted or the top is tied. */
export function winnerOf(tallies: readonly number[]): number | null {
  const top = Math.max(0, ...tallies);
  if (top === 0) return null;
  const winners = tallies.flatMap((t, i) => (t === top ? [i] : []));
  return winners.length === 1 ? (winners[0] ?? null) : null;
}

/** A fresh record. */
export function newRecord(now: Date): ClassRecord {
  return { startedAt: now.toISOString(), votes: [], ending: null };
}

/** Records a vote; a vote at an earlier step (after a rewind) replaces that step and drops the later ones. */
export function recordVote(record: ClassRecord, vote: Omit<VoteRecord, 'overruled'>): ClassRecord {
  const winner = winnerOf(vote.tallies);
  const full: VoteRecord = { ...vote, overruled: winner !== null && winner !== vote.played };
  return { ...record, votes: [...record.votes.filter((x) => x.step < vote.step), full] };
}

/** Records the ending the class reached. */
export function recordEnding(record: ClassRecord, ending: string | null): ClassRecord {
  return { ...record, ending };
}

/**
 * The union of two tabs' records of one lesson: every step either voted on, this tab's vote where both did.
 * Records of different lessons are not mixed: this tab's (the one being written) is kept.
 */
export function mergeRecords(stored: ClassRecord, mine: ClassRecord): ClassRecord {
  if (stored.startedAt !== mine.startedAt) return mine;
  const steps = new Set(mine.votes.map((v) => v.step));
  const votes = [...mine.votes, ...stored.votes.filter((v) => !steps.has(v.step))].sort((a, b) => a.step - b.step);
  return { ...mine, votes, ending: mine.ending ?? stored.ending };
}

const codec: MergeCodec<ClassRecord> = {
  parse: (raw) => {
    try {
      const parsed = v.safeParse(Schema, JSON.parse(raw));
      return parsed.success ? parsed.output : null;
    } catch {
      return null;
    }
  },
  serialise: (record) => JSON.stringify(record),
  merge: mergeRecords,
};

/** Reads the current lesson's record, or null if there is none or it is unreadable. */
export function loadRecord(store: SaveStore): ClassRecord | null {
  return readTracked(store, CLASS_KEY, codec);
}

/** Stores the lesson's record, merged with what another tab wrote since; returns false when storage refused (the lesson goes on in memory). */
export function storeRecord(store: SaveStore, record: ClassRecord): boolean {
  return writeMerged(store, CLASS_KEY, record, codec).ok;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The votes as CSV: one row per option of every decision, with its votes and whether it was played. */
export function votesCsv(record: ClassRecord, titleOf: (decision: string) => string): string {
  const rows: (string | number)[][] = [['order', 'date', 'decision', 'decision_title', 'option', 'votes', 'played', 'overruled']];
  for (const [n, vote] of record.votes.entries()) {
    for (const [i, option] of vote.options.entries()) {
      rows.push([
        n + 1,
        vote.date ?? '',
        vote.decision,
        titleOf(vote.decision),
        option,
        vote.tallies[i] ?? 0,
        i === vote.played ? 'yes' : 'no',
        i === vote.played && vote.overruled ? 'yes' : 'no',
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
