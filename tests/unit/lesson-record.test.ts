import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportLesson,
  hasUnsavedWork,
  newLesson,
  outcomeOf,
  readLesson,
  recordCut,
  recordOpenVote,
  recordPath,
  recordVote,
  type VoteInput,
  winnerOf,
} from '../../src/classroom/lesson-record.ts';
import { LESSON_KEY, loadLesson, storeLesson } from '../../src/classroom/lesson-store.ts';
import { newTimer, startTimer } from '../../src/classroom/lesson-timer.ts';
import { MemoryStore } from '../../src/saves/store.ts';

const now = new Date('2026-12-07T09:00:00Z');
const vote = (step: number, tallies: number[], played: number, skipped = false): VoteInput => ({
  step,
  decision: `d${step}`,
  date: '1917-02-23',
  options: ['Strike on', 'Wait for May Day', 'Arm now'],
  historical: 0,
  tallies,
  played,
  skipped,
});

describe('a lesson record', () => {
  it('finds the winner, or none when nobody voted or the top is tied', () => {
    expect(winnerOf([3, 12, 5])).toBe(1);
    expect(winnerOf([0, 0, 0])).toBeNull();
    expect(winnerOf([7, 7, 1])).toBeNull();
  });

  it('tells a class vote, an overrule, a tie broken by the teacher, an empty vote and a skipped vote apart', () => {
    expect(outcomeOf([10, 4, 2], 0, false)).toBe('voted');
    expect(outcomeOf([10, 4, 2], 2, false)).toBe('overruled');
    expect(outcomeOf([7, 7, 2], 1, false)).toBe('tie_broken');
    expect(outcomeOf([0, 0, 0], 1, false)).toBe('no_votes');
    expect(outcomeOf([0, 0, 0], 1, true)).toBe('skipped');
    expect(outcomeOf([10, 4, 2], 0, true)).toBe('skipped');
  });

  it('replaces later votes when the class rewinds and votes again, and closes the open vote', () => {
    let lesson = recordOpenVote(newLesson('abc1234', now), { step: 0, decision: 'd0', tallies: [1, 0, 0], timer: newTimer(3) }, now);
    lesson = recordVote(lesson, vote(0, [1, 0, 0], 0), now);
    expect(lesson.open).toBeNull();
    lesson = recordVote(lesson, vote(3, [1, 0, 0], 0), now);
    lesson = recordVote(lesson, vote(1, [0, 2, 0], 1), now);
    expect(lesson.votes.map((v) => v.step)).toEqual([0, 1]);
  });

  it('comes back from its export exactly: path, votes, roles, timer and cut', () => {
    let lesson = newLesson('abc1234', now, { decisions: ['d0', 'd1', 'd2'], preset: 'one_lesson' }, 5);
    lesson = recordVote(lesson, vote(0, [10, 4, 2], 2), now);
    lesson = recordPath(lesson, [1, 0, 2], ['a', 'b', 'c'], null, now);
    lesson = recordOpenVote(lesson, { step: 3, decision: 'd3', tallies: [4, 5, 0], timer: startTimer(newTimer(3), now.getTime()) }, now);
    lesson = { ...lesson, roles: [{ role: 'kadet', students: 'Ana, Ben' }] };
    const { record, text } = exportLesson(lesson);
    expect(record.exported).toBe(true);
    const read = readLesson(text);
    expect(read).toEqual({ ok: true, lesson: record });
  });

  it('refuses bad files with a clear message and never throws', () => {
    const good = exportLesson(recordVote(newLesson('abc1234', now), vote(0, [1, 2, 3], 2), now)).text;
    const cases: [string, RegExp][] = [
      ['not json {', /not readable data/],
      ['{"format":"organiser-save","version":1}', /saved game, not a lesson/],
      ['[1,2,3]', /not a lesson exported/],
      [good.replace('"version": 1', '"version": 9'), /newer version/],
      [good.replace('"played": 2', '"played": 7'), /does not add up/],
      [good.replace('"story": "abc1234"', '"story": 12'), /damaged.*story/],
      [good.replace('"path": []', '"path": [1]'), /do not line up/],
    ];
    for (const [text, message] of cases) {
      const read = readLesson(text);
      expect(read.ok, text.slice(0, 40)).toBe(false);
      if (!read.ok) expect(read.error.message).toMatch(message);
    }
  });

  it('reads the released format 1 fixture', () => {
    const read = readLesson(readFileSync('tests/fixtures/lessons/lesson-v1.json', 'utf8'));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.lesson.votes.map((v) => v.outcome)).toEqual(['voted', 'tie_broken', 'skipped']);
  });

  it('counts as unsaved work until exported, and again after any change', () => {
    const fresh = newLesson('abc1234', now);
    expect(hasUnsavedWork(fresh)).toBe(false);
    const voted = recordVote(fresh, vote(0, [1, 0, 0], 0), now);
    expect(hasUnsavedWork(voted)).toBe(true);
    const exported = exportLesson(voted).record;
    expect(hasUnsavedWork(exported)).toBe(false);
    expect(hasUnsavedWork(recordCut(exported, null, 3, now))).toBe(true);
  });

  it('is kept in storage, and an unreadable stored record is reported and left in place', () => {
    const store = new MemoryStore();
    const lesson = recordVote(newLesson('abc1234', now), vote(0, [1, 2, 3], 2), now);
    expect(storeLesson(store, lesson)).toBe(true);
    expect(loadLesson(store)).toEqual({ lesson, problem: null });
    store.write(LESSON_KEY, '{"format":"organiser-lesson","version":1}');
    const damaged = loadLesson(store);
    expect(damaged.lesson).toBeNull();
    expect(damaged.problem).toMatch(/could not be read/);
    expect(store.read(LESSON_KEY)).toContain('organiser-lesson');
  });
});
