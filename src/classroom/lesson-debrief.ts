import type { LessonVote, VoteOutcome } from './lesson-record.ts';

/** A decision taken on the class's path, as the timeline gives it. */
export interface PathDecision {
  /** How many choices had been made before it. */
  readonly step: number;
  readonly decision: string;
  readonly date: string | null;
  readonly option: string;
  readonly historical: boolean;
}

/** How a decision in the debrief was settled: a vote's outcome, or `not_voted` (jumped over in Teacher preview, or played by the lesson cut). */
export type RowStatus = VoteOutcome | 'not_voted';

/** One decision in the debrief. */
export interface DebriefRow {
  readonly step: number;
  readonly decision: string;
  readonly date: string | null;
  /** The option played. */
  readonly option: string;
  /** Whether the option played was history's. */
  readonly asInHistory: boolean;
  readonly status: RowStatus;
  /** The class's vote, when there was one. */
  readonly vote: LessonVote | null;
  /** The option the class's hands chose (the winner, or the teacher's pick in a tie), when the class chose one. */
  readonly classChoice: string | null;
  /** False for a vote on a path the game has since left (a Teacher preview jump): still the class's, still counted. */
  readonly onPath: boolean;
}

/** The class's lesson set against history. Statistics count only the decisions the class itself chose. */
export interface LessonDebrief {
  readonly rows: readonly DebriefRow[];
  /** Decisions where the class's choice was not history's, in order. */
  readonly departures: readonly DebriefRow[];
  /** How many decisions the class chose by its vote (voted, overruled, tie broken by the teacher). */
  readonly classDecisions: number;
  /** Of those, the share where the class chose as the Bolsheviks did, per cent (null when none). */
  readonly likeHistory: number | null;
  /** How many decisions were settled in each way. */
  readonly counts: Readonly<Record<RowStatus, number>>;
}

/** The option the class's hands chose: the winner, or in a tie the option the teacher played; null when skipped or nobody voted. */
export function classChoiceOf(vote: LessonVote): number | null {
  if (vote.outcome === 'skipped' || vote.outcome === 'no_votes') return null;
  if (vote.outcome === 'tie_broken') return vote.played;
  const top = Math.max(0, ...vote.tallies);
  const winner = vote.tallies.indexOf(top);
  return winner >= 0 ? winner : vote.played;
}

function voteRow(vote: LessonVote, onPath: boolean): DebriefRow {
  const choice = classChoiceOf(vote);
  return {
    step: vote.step,
    decision: vote.decision,
    date: vote.date,
    option: vote.options[vote.played] ?? '',
    asInHistory: vote.played === vote.historical,
    status: vote.outcome,
    vote,
    classChoice: choice === null ? null : (vote.options[choice] ?? null),
    onPath,
  };
}

function matches(vote: LessonVote, entry: PathDecision): boolean {
  return vote.step === entry.step && vote.decision === entry.decision && vote.options[vote.played] === entry.option;
}

/**
 * The debrief of a lesson: every decision on the class's path, with the class's vote where it voted and "not voted"
 * where it did not (a vote is matched by its step, its decision and the option played, never by the decision alone),
 * plus the class's votes on a path the game has since left. Statistics and departures come from the votes only.
 */
export function lessonDebrief(votes: readonly LessonVote[], path: readonly PathDecision[]): LessonDebrief {
  const used = new Set<LessonVote>();
  const rows: DebriefRow[] = path.map((entry) => {
    const vote = votes.find((x) => !used.has(x) && matches(x, entry));
    if (vote) {
      used.add(vote);
      return voteRow(vote, true);
    }
    return { ...entry, asInHistory: entry.historical, status: 'not_voted', vote: null, classChoice: null, onPath: true };
  });
  for (const vote of votes) if (!used.has(vote)) rows.push(voteRow(vote, false));
  rows.sort((a, b) => a.step - b.step || Number(b.onPath) - Number(a.onPath));
  const chosen = rows.filter((r) => r.vote && classChoiceOf(r.vote) !== null);
  const like = chosen.filter((r) => r.vote && classChoiceOf(r.vote) === r.vote.historical);
  const counts: Record<RowStatus, number> = { voted: 0, overruled: 0, tie_broken: 0, no_votes: 0, skipped: 0, not_voted: 0 };
  for (const r of rows) counts[r.status]++;
  return {
    rows,
    departures: chosen.filter((r) => !like.includes(r)),
    classDecisions: chosen.length,
    likeHistory: chosen.length ? Math.round((100 * like.length) / chosen.length) : null,
    counts,
  };
}

/** Words for each way a decision was settled, for the debrief and the CSV. */
export const STATUS_LABEL: Readonly<Record<RowStatus, string>> = {
  voted: 'class vote',
  overruled: 'teacher overruled the class',
  tie_broken: 'tie broken by the teacher',
  no_votes: 'nobody voted; teacher chose',
  skipped: 'vote skipped; teacher chose',
  not_voted: 'not voted',
};

function csvCell(value: string | number): string {
  const cell = String(value);
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * The lesson as CSV: one row per option of every decision the class voted on (votes, whether played, how it was
 * settled), and one row for each decision not voted on.
 */
export function lessonCsv(debrief: LessonDebrief, titleOf: (decision: string) => string): string {
  const rows: (string | number)[][] = [['order', 'date', 'decision', 'decision_title', 'option', 'votes', 'played', 'historical', 'settled', 'on_path']];
  for (const [n, row] of debrief.rows.entries()) {
    const base = [n + 1, row.date ?? '', row.decision, titleOf(row.decision)];
    const onPath = row.onPath ? 'yes' : 'no (left by a jump)';
    if (!row.vote) {
      rows.push([...base, row.option, '', 'yes', row.asInHistory ? 'yes' : 'no', STATUS_LABEL.not_voted, onPath]);
      continue;
    }
    for (const [i, option] of row.vote.options.entries()) {
      const played = i === row.vote.played;
      rows.push([
        ...base,
        option,
        row.vote.tallies[i] ?? 0,
        played ? 'yes' : 'no',
        i === row.vote.historical ? 'yes' : 'no',
        played ? STATUS_LABEL[row.status] : '',
        onPath,
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
