import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/classroom/debrief.ts';
import { CLASS_KEY, loadRecord, newRecord, recordEnding, recordVote, storeRecord, votesCsv, winnerOf } from '../../src/classroom/votes.ts';
import { MemoryStore } from '../../src/saves/store.ts';

const now = new Date('2026-11-26T09:00:00Z');
const vote = (step: number, tallies: number[], played: number) => ({
  step,
  decision: `d${step}`,
  date: '1917-02-23',
  options: ['Strike on', 'Wait, for "May Day"', 'Arm now'],
  tallies,
  played,
});

describe('class votes', () => {
  it('find the winner, or none when nobody voted or the top is tied', () => {
    expect(winnerOf([3, 12, 5])).toBe(1);
    expect(winnerOf([0, 0, 0])).toBeNull();
    expect(winnerOf([7, 7, 1])).toBeNull();
  });

  it('record what was played, and mark it overruled when the teacher played another option', () => {
    let record = recordVote(newRecord(now), vote(0, [10, 4, 2], 0));
    record = recordVote(record, vote(1, [10, 4, 2], 2));
    expect(record.votes.map((v) => v.overruled)).toEqual([false, true]);
  });

  it('replace later votes when the class rewinds and votes again', () => {
    let record = recordVote(newRecord(now), vote(0, [1, 0, 0], 0));
    record = recordVote(record, vote(3, [1, 0, 0], 0));
    record = recordVote(record, vote(1, [0, 2, 0], 1));
    expect(record.votes.map((v) => v.step)).toEqual([0, 1]);
  });

  it('survive in storage, and unreadable data gives no record', () => {
    const store = new MemoryStore();
    const record = recordEnding(recordVote(newRecord(now), vote(0, [1, 2, 3], 2)), 'october_historical');
    storeRecord(store, record);
    expect(loadRecord(store)).toEqual(record);
    store.write(CLASS_KEY, '{"votes": 3}');
    expect(loadRecord(store)).toBeNull();
  });

  it('export as CSV with one row per option, quoting where needed', () => {
    const csv = votesCsv(recordVote(newRecord(now), vote(0, [10, 4, 2], 1)), (d) => `Title of ${d}`);
    expect(csv.split('\n')).toEqual([
      'order,date,decision,decision_title,option,votes,played,overruled',
      '1,1917-02-23,d0,Title of d0,Strike on,10,no,no',
      '1,1917-02-23,d0,Title of d0,"Wait, for ""May Day""",4,yes,yes',
      '1,1917-02-23,d0,Title of d0,Arm now,2,no,no',
      '',
    ]);
  });
});

describe('the debrief', () => {
  it('sets the class’s path against history and finds the turning points', () => {
    const taken = [
      { decision: 'feb_arms', option: 'Win the soldiers', historical: true },
      { decision: 'jul_demonstration', option: 'Seize power', historical: false },
    ];
    const historical = [
      { decision: 'feb_arms', option: 'Win the soldiers', historical: true },
      { decision: 'jul_demonstration', option: 'Join and keep it peaceful', historical: true },
    ];
    const result = debrief(taken, historical, []);
    expect(result.matched).toBe(50);
    expect(result.turningPoints).toEqual([
      { decision: 'jul_demonstration', classOption: 'Seize power', historicalOption: 'Join and keep it peaceful', asInHistory: false, vote: null },
    ]);
  });
});
