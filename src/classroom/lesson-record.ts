import * as v from 'valibot';
import { readFileHeader } from '../saves/file-header.ts';
import { TimerSchema, type TimerState } from './lesson-timer.ts';

/** The lesson format this build writes; every released format keeps a fixture in tests/fixtures/lessons. */
export const LESSON_FORMAT_VERSION = 1;

/**
 * How a decision was settled. `voted`: the class's winner was played. `overruled`: the class had a clear winner and
 * the teacher played another option. `tie_broken`: the top of the vote was tied and the teacher chose. `no_votes`:
 * the vote was revealed with no hands counted. `skipped`: the teacher skipped the vote and played an option.
 * (A decision with no vote at all, jumped over or played by the lesson cut, has no LessonVote: it is "not voted".)
 */
export type VoteOutcome = 'voted' | 'overruled' | 'tie_broken' | 'no_votes' | 'skipped';

/** The class's vote at one decision and what was played. */
export interface LessonVote {
  /** How many choices had been made when the class voted. */
  readonly step: number;
  readonly decision: string;
  /** The story date (Old Style, ISO) at the vote, if known. */
  readonly date: string | null;
  /** The options' texts, in the order shown. */
  readonly options: readonly string[];
  /** Position of history's option in `options`, or -1 when history gives none here. */
  readonly historical: number;
  /** Votes for each option, in the order shown. */
  readonly tallies: readonly number[];
  /** Position in `options` of the option played. */
  readonly played: number;
  readonly outcome: VoteOutcome;
}

/** A student (or group) given a role card; `students` is free text the teacher typed. */
export interface RoleAssignment {
  readonly role: string;
  readonly students: string;
}

/** The decisions the class debates; the game plays history's choice at the others. */
export interface LessonCut {
  /** Decision ids, in story order. */
  readonly decisions: readonly string[];
  /** The preset it started from, if any ("one_lesson", "two_lessons", "unit"). */
  readonly preset: string | null;
}

/** A vote under way (counts so far and its timer), so that a reload or another machine picks it up. */
export interface OpenVote {
  readonly step: number;
  readonly decision: string;
  readonly tallies: readonly number[];
  readonly timer: TimerState;
}

/** One lesson: where the class stands in the story, its votes, roles, timer settings and cut. */
export interface LessonRecord {
  readonly format: 'organiser-lesson';
  readonly version: 1;
  /** The story version the path was played on. */
  readonly story: string;
  readonly startedAt: string;
  readonly updatedAt: string;
  /** The choices taken so far (indices) and their texts: replayed to resume anywhere. */
  readonly path: readonly number[];
  readonly texts: readonly string[];
  readonly votes: readonly LessonVote[];
  readonly roles: readonly RoleAssignment[];
  /** Debate minutes per decision (the vote timer's setting and the cut's estimate). */
  readonly debateMinutes: number;
  readonly cut: LessonCut | null;
  readonly open: OpenVote | null;
  /** The ending the class reached, if any. */
  readonly ending: string | null;
  /** Whether this record has been exported since it last changed (a record not exported is asked about before it is discarded). */
  readonly exported: boolean;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,60}$/));
const text = v.pipe(v.string(), v.maxLength(400));

const VoteSchema = v.object({
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)),
  decision: id,
  date: v.nullable(v.pipe(v.string(), v.maxLength(20))),
  options: v.pipe(v.array(text), v.minLength(1), v.maxLength(9)),
  historical: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(8)),
  tallies: v.pipe(v.array(count), v.maxLength(9)),
  played: index,
  outcome: v.picklist(['voted', 'overruled', 'tie_broken', 'no_votes', 'skipped']),
});

const LessonSchema = v.object({
  format: v.literal('organiser-lesson'),
  version: v.literal(1),
  story: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  startedAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  path: v.pipe(v.array(index), v.maxLength(500)),
  texts: v.pipe(v.array(text), v.maxLength(500)),
  votes: v.pipe(v.array(VoteSchema), v.maxLength(500)),
  roles: v.pipe(v.array(v.object({ role: id, students: v.pipe(v.string(), v.maxLength(400)) })), v.maxLength(40)),
  debateMinutes: v.pipe(v.number(), v.minValue(0), v.maxValue(60)),
  cut: v.nullable(v.object({ decisions: v.pipe(v.array(id), v.maxLength(60)), preset: v.nullable(id) })),
  open: v.nullable(
    v.object({ step: v.pipe(v.number(), v.integer(), v.minValue(0)), decision: id, tallies: v.pipe(v.array(count), v.maxLength(9)), timer: TimerSchema }),
  ),
  ending: v.nullable(id),
  exported: v.boolean(),
});

/** The default debate time per decision, in minutes. */
export const DEFAULT_DEBATE_MINUTES = 5;

/** A fresh lesson on a story version. */
export function newLesson(story: string, now: Date, cut: LessonCut | null = null, debateMinutes = DEFAULT_DEBATE_MINUTES): LessonRecord {
  const at = now.toISOString();
  return {
    format: 'organiser-lesson',
    version: 1,
    story,
    startedAt: at,
    updatedAt: at,
    path: [],
    texts: [],
    votes: [],
    roles: [],
    debateMinutes,
    cut,
    open: null,
    ending: null,
    exported: false,
  };
}

/** The option with the most votes, or null when no one voted or the top is tied. */
export function winnerOf(tallies: readonly number[]): number | null {
  const top = Math.max(0, ...tallies);
  if (top === 0) return null;
  const winners = tallies.flatMap((t, i) => (t === top ? [i] : []));
  return winners.length === 1 ? (winners[0] ?? null) : null;
}

/** How a vote was settled, from its tallies, the option played and whether the teacher skipped it. */
export function outcomeOf(tallies: readonly number[], played: number, skipped: boolean): VoteOutcome {
  if (skipped) return 'skipped';
  if (Math.max(0, ...tallies) === 0) return 'no_votes';
  const winner = winnerOf(tallies);
  if (winner === null) return 'tie_broken';
  return winner === played ? 'voted' : 'overruled';
}

/** What the vote panel knows when an option is played. */
export type VoteInput = Omit<LessonVote, 'outcome'> & { readonly skipped: boolean };

function touched(record: LessonRecord, now: Date): LessonRecord {
  return { ...record, updatedAt: now.toISOString(), exported: false };
}

/** Records a vote; a vote at an earlier step (after a rewind) replaces that step and drops the later ones. Closes the open vote. */
export function recordVote(record: LessonRecord, input: VoteInput, now: Date): LessonRecord {
  const { skipped, ...vote } = input;
  const full: LessonVote = { ...vote, outcome: outcomeOf(vote.tallies, vote.played, skipped) };
  return { ...touched(record, now), votes: [...record.votes.filter((x) => x.step < vote.step), full], open: null };
}

/** Records where the class stands (after every move) and the ending reached, if any. */
export function recordPath(record: LessonRecord, path: readonly number[], texts: readonly string[], ending: string | null, now: Date): LessonRecord {
  return { ...touched(record, now), path: [...path], texts: [...texts], ending };
}

/** Records the vote under way (or clears it with null). */
export function recordOpenVote(record: LessonRecord, open: OpenVote | null, now: Date): LessonRecord {
  return { ...touched(record, now), open };
}

/** Sets the lesson's cut and debate minutes. */
export function recordCut(record: LessonRecord, cut: LessonCut | null, debateMinutes: number, now: Date): LessonRecord {
  return { ...touched(record, now), cut, debateMinutes };
}

/** Sets who plays which role. */
export function recordRoles(record: LessonRecord, roles: readonly RoleAssignment[], now: Date): LessonRecord {
  return { ...touched(record, now), roles: [...roles] };
}

/** Whether discarding this record would lose something the teacher has not exported (any vote or move). */
export function hasUnsavedWork(record: LessonRecord | null): boolean {
  return record !== null && !record.exported && (record.votes.length > 0 || record.path.length > 0 || record.open !== null);
}

/** The record as a file's text (JSON), marked as exported. */
export function exportLesson(record: LessonRecord): { readonly record: LessonRecord; readonly text: string } {
  const marked = { ...record, exported: true };
  return { record: marked, text: `${JSON.stringify(marked, null, 1)}\n` };
}

/** Why a text could not be read as a lesson; `message` is written for the teacher. */
export interface LessonError {
  readonly kind: 'not-json' | 'not-a-lesson' | 'newer-format' | 'invalid';
  readonly message: string;
}

/** The outcome of reading a lesson. */
export type LessonRead = { readonly ok: true; readonly lesson: LessonRecord } | { readonly ok: false; readonly error: LessonError };

function fail(kind: LessonError['kind'], message: string): LessonRead {
  return { ok: false, error: { kind, message } };
}

function problemAt(issues: readonly v.BaseIssue<unknown>[]): string {
  const path = v.getDotPath(issues[0] as v.BaseIssue<unknown>);
  return path ? ` (the part at “${path}”)` : '';
}

/** Reads an exported lesson from text, checking every part; never throws. */
export function readLesson(input: string): LessonRead {
  const file = readFileHeader(input);
  if (!file) return fail('not-json', 'This lesson file is damaged: it is not readable data. Export it again from the game.');
  if (file.format === 'organiser-save') return fail('not-a-lesson', 'This is a saved game, not a lesson: open it from Saves instead.');
  if (file.format !== 'organiser-lesson') return fail('not-a-lesson', 'This file is not a lesson exported from The Organiser.');
  if (typeof file.version === 'number' && file.version > LESSON_FORMAT_VERSION)
    return fail('newer-format', 'This lesson was exported by a newer version of the game. Open it there.');
  const parsed = v.safeParse(LessonSchema, file.data);
  if (!parsed.success) return fail('invalid', `This lesson file is damaged: a part is missing or wrong${problemAt(parsed.issues)}.`);
  const lesson = parsed.output;
  if (lesson.texts.length !== lesson.path.length) return fail('invalid', 'This lesson file is damaged: its choices do not line up with their texts.');
  const bad = lesson.votes.find((x) => x.tallies.length !== x.options.length || x.played >= x.options.length || x.historical >= x.options.length);
  if (bad) return fail('invalid', `This lesson file is damaged: the vote at “${bad.decision}” does not add up.`);
  return { ok: true, lesson };
}
