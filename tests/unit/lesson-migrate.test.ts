import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateClassRecord, settleHistory } from '../../src/classroom/lesson-migrate.ts';
import { readLesson } from '../../src/classroom/lesson-record.ts';

const old = readFileSync('tests/fixtures/lessons/classroom-old.json', 'utf8');
const now = new Date('2026-12-07T09:00:00Z');

describe('migrating the old class record (organiser:classroom)', () => {
  it('keeps every vote, its counts and the option played, with how it was settled', () => {
    const migrated = migrateClassRecord(old, 'story1', now);
    if (!migrated.ok) throw new Error(migrated.message);
    const { lesson } = migrated;
    expect(lesson.startedAt).toBe('2026-11-30T09:00:00.000Z');
    expect(lesson.story).toBe('story1');
    expect(lesson.votes.map((x) => [x.decision, x.tallies, x.played, x.outcome])).toEqual([
      ['feb_continue_strike', [17, 10, 0], 0, 'voted'],
      ['feb_arms', [3, 20, 4], 0, 'overruled'],
    ]);
    expect(lesson.votes.every((x) => x.historical === -1)).toBe(true);
    expect(lesson.exported).toBe(false);
    // What it makes reads back as a lesson, so it exports and imports like any other.
    expect(readLesson(JSON.stringify(lesson)).ok).toBe(true);
  });

  it('says why, and makes nothing, for damaged or foreign text', () => {
    for (const text of ['{not json', '{"votes": 3}', JSON.stringify({ startedAt: 'x', ending: null, votes: [{ step: -1 }] })]) {
      const migrated = migrateClassRecord(text, 'story1', now);
      expect(migrated.ok).toBe(false);
      if (!migrated.ok) expect(migrated.message).toMatch(/older version of the game/);
    }
  });

  it('finds history’s option from the class’s path where the played option was history’s, and only there', () => {
    const migrated = migrateClassRecord(old, 'story1', now);
    if (!migrated.ok) throw new Error(migrated.message);
    const votes = migrated.lesson.votes;
    const path = [
      { step: 1, decision: 'feb_continue_strike', date: null, option: 'Continue tomorrow: spread the strike and appeal to the garrison', historical: true },
      { step: 2, decision: 'feb_arms', date: null, option: 'Keep the revolvers hidden and win the soldiers by persuasion', historical: false },
    ];
    const settled = settleHistory(votes, path);
    expect(settled.map((x) => x.historical)).toEqual([0, -1]);
    expect(settleHistory(settled, path)).toBe(settled);
  });
});
