import { describe, expect, it } from 'vitest';
import { lessonCsv, lessonDebrief, type PathDecision } from '../../src/classroom/lesson-debrief.ts';
import type { LessonVote } from '../../src/classroom/lesson-record.ts';
import { clockFace, isUp, newTimer, pauseTimer, remainingMs, startTimer } from '../../src/classroom/lesson-timer.ts';

const OPTIONS = ['Spread the strike', 'Hold back for May Day', 'Arm now'];
const vote = (step: number, decision: string, tallies: number[], played: number, outcome: LessonVote['outcome']): LessonVote => ({
  step,
  decision,
  date: '1917-02-23',
  options: OPTIONS,
  historical: 0,
  tallies,
  played,
  outcome,
});
const entry = (step: number, decision: string, option: string): PathDecision => ({
  step,
  decision,
  date: '1917-02-23',
  option,
  historical: option === OPTIONS[0],
});

describe('the lesson debrief', () => {
  it('marks decisions jumped over in Teacher preview as not voted and leaves them out of the statistics', () => {
    // The class voted at step 1 for the May Day option; then a preview jump replayed history's path to step 9.
    const votes = [vote(1, 'feb_continue_strike', [17, 10, 0], 1, 'overruled')];
    const path = [entry(1, 'feb_continue_strike', OPTIONS[0] ?? ''), entry(4, 'feb_arms', OPTIONS[0] ?? ''), entry(9, 'feb_new_power', OPTIONS[0] ?? '')];
    const result = lessonDebrief(votes, path);
    const onPath = result.rows.filter((r) => r.onPath);
    expect(onPath.map((r) => r.status)).toEqual(['not_voted', 'not_voted', 'not_voted']);
    expect(onPath.every((r) => r.vote === null)).toBe(true);
    const left = result.rows.find((r) => !r.onPath);
    expect(left?.option).toBe('Hold back for May Day');
    expect(result.classDecisions).toBe(1);
    expect(result.counts.not_voted).toBe(3);
  });

  it('finds the class’s real departure from history even after a jump', () => {
    const votes = [vote(1, 'feb_continue_strike', [3, 20, 0], 1, 'voted')];
    const result = lessonDebrief(votes, [entry(1, 'feb_continue_strike', OPTIONS[0] ?? '')]);
    expect(result.departures.map((r) => r.classChoice)).toEqual(['Hold back for May Day']);
    expect(result.likeHistory).toBe(0);
  });

  it('counts only the decisions the class chose in “like the Bolsheviks”', () => {
    const votes = [
      vote(1, 'a', [20, 1, 0], 0, 'voted'),
      vote(2, 'b', [1, 20, 0], 0, 'overruled'),
      vote(3, 'c', [0, 0, 0], 2, 'no_votes'),
      vote(4, 'd', [5, 1, 0], 2, 'skipped'),
    ];
    const path = votes.map((v) => entry(v.step, v.decision, OPTIONS[v.played] ?? ''));
    const result = lessonDebrief(votes, [...path, entry(7, 'e', OPTIONS[0] ?? '')]);
    expect(result.classDecisions).toBe(2);
    expect(result.likeHistory).toBe(50);
    expect(result.departures.map((r) => r.decision)).toEqual(['b']);
    expect(result.counts).toMatchObject({ voted: 1, overruled: 1, no_votes: 1, skipped: 1, not_voted: 1 });
  });

  it('writes a CSV that marks ties broken by the teacher, skipped votes and decisions not voted', () => {
    const votes = [vote(1, 'a', [7, 7, 0], 1, 'tie_broken'), vote(2, 'b', [0, 0, 0], 0, 'skipped')];
    const path = [entry(1, 'a', OPTIONS[1] ?? ''), entry(2, 'b', OPTIONS[0] ?? ''), entry(3, 'c', 'Say "no", firmly')];
    const csv = lessonCsv(lessonDebrief(votes, path), (d) => `Title ${d}`);
    expect(csv.split('\n')).toEqual([
      'order,date,decision,decision_title,option,votes,played,historical,settled,on_path',
      '1,1917-02-23,a,Title a,Spread the strike,7,no,yes,,yes',
      '1,1917-02-23,a,Title a,Hold back for May Day,7,yes,no,tie broken by the teacher,yes',
      '1,1917-02-23,a,Title a,Arm now,0,no,no,,yes',
      '2,1917-02-23,b,Title b,Spread the strike,0,yes,yes,vote skipped; teacher chose,yes',
      '2,1917-02-23,b,Title b,Hold back for May Day,0,no,no,,yes',
      '2,1917-02-23,b,Title b,Arm now,0,no,no,,yes',
      '3,1917-02-23,c,Title c,"Say ""no"", firmly",,yes,no,not voted,yes',
      '',
    ]);
  });
});

describe('the debate timer', () => {
  it('follows the wall clock, not ticks: a reload finds it where the clock says', () => {
    const t0 = 1_000_000;
    const running = startTimer(newTimer(3), t0);
    expect(remainingMs(running, t0 + 61_000)).toBe(119_000);
    expect(clockFace(remainingMs(running, t0 + 61_000))).toBe('1:59');
    expect(isUp(running, t0 + 180_000)).toBe(true);
    expect(clockFace(0)).toBe('0:00');
  });

  it('keeps the time run when paused and resumed', () => {
    const t0 = 5_000;
    let t = startTimer(newTimer(1), t0);
    t = pauseTimer(t, t0 + 20_000);
    expect(remainingMs(t, t0 + 500_000)).toBe(40_000);
    t = startTimer(t, t0 + 600_000);
    expect(remainingMs(t, t0 + 610_000)).toBe(30_000);
  });
});
