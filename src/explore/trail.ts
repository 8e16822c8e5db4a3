import type { StoryChoice } from '../story/runner.ts';
import { START_CONTEXT, type StoryStep, wordCount } from '../story/step.ts';
import { hasTag } from '../story/tags.ts';
import type { StoryContext } from '../world/world-view.ts';

/** The share code's limits (src/share/path-code.ts): options at one point, and choices in one path. */
export const SHARE_LIMITS = { options: 8, choices: 250 } as const;

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
  /** Words in history-note lines. */
  readonly noteWords: number;
  /** The text of every non-empty line read, in order, and how many had been read before each choice. */
  readonly lines: readonly string[];
  readonly linesBefore: readonly number[];
  /** At each choice point, the options on offer, the historical one (-1 if none), and where: its knot and the last line read. */
  readonly points: readonly { readonly offered: number; readonly historicalIndex: number; readonly where: string }[];
  /** Ink errors, unknown tags, dead ends, missing notes, dates going back, unguarded callbacks, share-code limits. */
  readonly problems: readonly string[];
  /** Options on offer where the walk was stopped by its picker (0: it ran to its end). */
  readonly open: number;
}

/** What a walk has gathered so far along one path. */
export interface Trail {
  path: number[];
  decisions: DecisionTaken[];
  actEnds: string[];
  words: number;
  noteWords: number;
  lines: string[];
  linesBefore: number[];
  points: { offered: number; historicalIndex: number; where: string }[];
  ending: string | null;
  decision: string | null;
  awaitingNote: string | null;
  lastDate: string | null;
  context: StoryContext;
  problems: string[];
}

/** An empty trail, at the start of a walk. */
export function newTrail(): Trail {
  return {
    path: [],
    decisions: [],
    actEnds: [],
    words: 0,
    noteWords: 0,
    lines: [],
    linesBefore: [],
    points: [],
    ending: null,
    decision: null,
    awaitingNote: null,
    lastDate: null,
    context: START_CONTEXT,
    problems: [],
  };
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}...` : text);

function falsy(value: unknown): boolean {
  return value === null || value === false || value === 0 || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Reads one step of the story into the trail and checks it: unknown tags, a decision left without a history
 * note, a date earlier than one already read, a `recalls:` line printed while its variable is false, 0 or empty,
 * more options than a share code can carry.
 */
export function absorb(trail: Trail, step: StoryStep): void {
  const { body, lines, choices } = step;
  for (const line of lines) {
    for (const e of line.tagErrors) trail.problems.push(`tag "${e.raw}": ${e.error}`);
    if (line.recalled && falsy(line.recalled.value))
      trail.problems.push(`unguarded callback: "${short(line.text)}" recalls ${line.recalled.name}, which is ${JSON.stringify(line.recalled.value)} here`);
    const date = line.tags.find((t) => t.kind === 'date')?.value;
    if (date) {
      if (trail.lastDate && date < trail.lastDate) trail.problems.push(`date goes back from ${trail.lastDate} to ${date} at "${short(line.text)}"`);
      trail.lastDate = date;
    }
    if (line.text === '') continue;
    const words = wordCount(line.text);
    trail.words += words;
    trail.lines.push(line.text);
    if (hasTag(line.tags, 'note')) {
      trail.noteWords += words;
      trail.awaitingNote = null;
    }
  }
  if (body.decision && trail.awaitingNote) trail.problems.push(`decision ${trail.awaitingNote} has no history note before the next decision`);
  trail.decision = body.decision;
  trail.ending = body.ending ?? trail.ending;
  for (const b of body.blocks) if (b.kind === 'act_end') trail.actEnds.push(b.act);
  trail.context = body.context;
  if (choices.length > SHARE_LIMITS.options)
    trail.problems.push(
      `${choices.length} options at one point, more than a share code carries (${SHARE_LIMITS.options}), after "${short(trail.lines.at(-1) ?? '')}"`,
    );
}

/** Whether the trail has finished: an ending, the end of an act (if asked), or a dead end (reported). */
export function finished(trail: Trail, choices: readonly StoryChoice[], stopAtActEnd: boolean): boolean {
  if (trail.ending) return true;
  if (stopAtActEnd && trail.actEnds.length > 0) return true;
  if (choices.length === 0) {
    trail.problems.push(`dead end without an ending after "${short(trail.lines.at(-1) ?? '')}" (choices [${trail.path.join(',')}])`);
    return true;
  }
  return false;
}

/** Records the option taken at the current choice point. */
export function take(trail: Trail, choices: readonly StoryChoice[], choice: StoryChoice): void {
  const historicalIndex = choices.findIndex((c) => hasTag(c.tags, 'historical'));
  if (trail.decision) {
    trail.decisions.push({
      id: trail.decision,
      step: trail.path.length,
      option: choice.text,
      index: choice.index,
      historical: hasTag(choice.tags, 'historical'),
      offered: choices.length,
      historicalIndex,
    });
    trail.awaitingNote = trail.decision;
  }
  trail.points.push({ offered: choices.length, historicalIndex, where: `${choice.knot}, after "${short(trail.lines.at(-1) ?? '')}"` });
  trail.linesBefore.push(trail.lines.length);
  trail.path.push(choice.index);
  if (trail.path.length === SHARE_LIMITS.choices + 1)
    trail.problems.push(`more than ${SHARE_LIMITS.choices} choices in one path, more than a share code carries`);
}

/** The finished record of a trail. */
export function record(trail: Trail): PathRecord {
  const problems = [...trail.problems];
  if (trail.awaitingNote && (trail.ending || trail.actEnds.length > 0))
    problems.push(`decision ${trail.awaitingNote} has no history note before the path ends`);
  const { path, decisions, ending, actEnds, words, noteWords, lines, linesBefore, points } = trail;
  return { path, decisions, ending, actEnds, words, noteWords, lines, linesBefore, points, problems, open: 0 };
}
