import * as v from 'valibot';
import type { PathDecision } from './lesson-debrief.ts';
import { type LessonRecord, type LessonVote, newLesson, outcomeOf, readLesson } from './lesson-record.ts';

/** Where builds before the lesson record kept the class's votes (the "class record": votes and ending, no path). */
export const OLD_CLASS_KEY = 'organiser:classroom';

const OldSchema = v.object({
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

/** The outcome of migrating an old class record: the lesson, or why it could not be read (the old text is then left alone). */
export type Migrated = { readonly ok: true; readonly lesson: LessonRecord } | { readonly ok: false; readonly message: string };

/**
 * A lesson record made from an old class record's text. The old format did not say which option was history's, so
 * each vote's `historical` is -1 (unknown) until `settleHistory` finds it on the class's path; the path itself comes
 * back from the autosave, as it did in the old builds.
 */
export function migrateClassRecord(text: string, story: string, now: Date): Migrated {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The class record of an older version of the game is damaged and could not be read; it is left as it was.' };
  }
  const parsed = v.safeParse(OldSchema, data);
  if (!parsed.success) return { ok: false, message: 'The class record of an older version of the game could not be read; it is left as it was.' };
  const old = parsed.output;
  const started = Number.isNaN(Date.parse(old.startedAt)) ? now : new Date(old.startedAt);
  const votes: LessonVote[] = old.votes.map((x) => ({
    step: x.step,
    decision: x.decision,
    date: x.date,
    options: x.options,
    historical: -1,
    tallies: x.options.map((_, i) => x.tallies[i] ?? 0),
    played: x.played,
    outcome: outcomeOf(x.tallies, x.played, false),
  }));
  const lesson: LessonRecord = { ...newLesson(story, started), updatedAt: now.toISOString(), votes, ending: old.ending };
  // Checked as an imported lesson would be, so a migrated record is never one the game could not read back.
  const read = readLesson(JSON.stringify(lesson));
  return read.ok
    ? { ok: true, lesson: read.lesson }
    : { ok: false, message: `The class record of an older version of the game could not be carried over: ${read.error.message}` };
}

/**
 * Fills in history's option for votes that do not know it (migrated ones), wherever the class's path shows the vote's
 * played option was history's. Returns the same array when nothing changed.
 */
export function settleHistory(votes: readonly LessonVote[], path: readonly PathDecision[]): readonly LessonVote[] {
  let changed = false;
  const settled = votes.map((x) => {
    if (x.historical !== -1) return x;
    const entry = path.find((p) => p.step === x.step && p.decision === x.decision && p.option === x.options[x.played]);
    if (!entry?.historical) return x;
    changed = true;
    return { ...x, historical: x.played };
  });
  return changed ? settled : votes;
}
