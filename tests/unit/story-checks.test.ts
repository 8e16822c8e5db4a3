import { describe, expect, it } from 'vitest';
import { historicalLoad, historicalRun, oneDeviation, uniformPlay } from '../../src/explore/measures.ts';
import { walkGraph } from '../../src/explore/state-graph.ts';
import { historicalPicker, walkOne } from '../../src/explore/walker.ts';
import { PlaySession } from '../../src/story/session.ts';
import { compiled } from '../helpers/stories.ts';

// Each defect class the story tests guard against, on a small story that has it.
const fixture = (name: string) => compiled(`tests/fixtures/ink/${name}.ink`);

describe('the story checks', () => {
  it('report a date that goes back along a path, and only on that path', () => {
    const graph = walkGraph(fixture('dates-back'));
    expect(graph.complete).toBe(true);
    expect(graph.problems).toEqual(['date goes back from 1917-02-25 to 1917-02-24 at "You are back where you started, a day earlier."']);
    expect(walkOne(fixture('dates-back'), () => 0).problems).toEqual([]);
  });

  it('report a callback printed while the state it recalls is false, read at the moment the line is printed', () => {
    const graph = walkGraph(fixture('unguarded-recall'));
    expect(graph.problems).toEqual(['unguarded callback: "The scrap of the portrait is still in your pocket." recalls portrait_torn, which is false here']);
    expect(walkOne(fixture('unguarded-recall'), () => 0).problems).toEqual([]);
  });

  it('report options that read the same and reach the same ending, and not options that differ', () => {
    const graph = walkGraph(fixture('fake-choice'));
    expect(graph.fakeChoices).toEqual([
      'after "The committee votes.": "Wait for the Assembly" and "Wait for the Congress" lead to the same lines and the same end (choices [])',
    ]);
    expect(walkGraph(fixture('dates-back')).fakeChoices).toEqual([]);
  });

  it('report every choice on the historical path where no option is tagged historical', () => {
    const load = historicalLoad(historicalRun(fixture('untagged-history')));
    expect(load.untagged).toEqual(['choice 2 of the historical path, in minor, after "Marfa asks whom you trust."']);
    expect(historicalLoad(historicalRun(fixture('fake-choice'))).untagged).toHaveLength(1);
  });

  it('report more options at one point, or more choices in one path, than a share code carries', () => {
    const json = fixture('share-limits');
    const long = walkOne(json, () => 0);
    expect(long.path.length).toBe(261);
    expect(long.problems).toEqual([
      '9 options at one point, more than a share code carries (8), after "Nine roads lead out of the square."',
      'more than 250 choices in one path, more than a share code carries',
    ]);
    expect(walkGraph(compiled('tests/fixtures/ink/mini.ink')).longestChoices).toBe(3);
  }, 20_000);

  it('report dead ends and unknown tags on every path', () => {
    const graph = walkGraph(fixture('broken'));
    expect(graph.problems.some((p) => p.startsWith('dead end'))).toBe(true);
    expect(graph.problems).toContain('tag "colour: red": unknown tag "colour"');
  });

  it('walk each distinct story state once, and fall back to seeded walks past the budget', () => {
    const json = compiled('tests/fixtures/ink/mini.ink');
    const whole = walkGraph(json);
    expect(whole).toMatchObject({ complete: true, paths: 4, outcomes: { october_historical: 3, february_fizzles: 1 }, problems: [] });
    const fake = walkGraph(fixture('fake-choice'));
    // The two waiting options reach one state: it is walked once and counted for both paths.
    expect(fake.paths).toBe(3);
    expect(fake.steps).toBe(4);
    const cut = walkGraph(json, { stateBudget: 1 });
    expect(cut.complete).toBe(false);
    // The sampled rest is counted where it really ends: among the whole walk's endings, never as a blank.
    expect(Object.keys(cut.outcomes).length).toBeGreaterThan(0);
    for (const outcome of Object.keys(cut.outcomes)) expect(['february_fizzles', 'october_historical']).toContain(outcome);
  }, 20_000);

  it('measure uniform play, the one-deviation measure and the historical path’s reading load', () => {
    const json = compiled('tests/fixtures/ink/mini.ink');
    const play = uniformPlay(json, 60, 3);
    expect(play.walks).toBe(60);
    expect(play.endInActOne).toBeGreaterThan(0);
    expect(play.endings.map((e) => e.id).sort()).toEqual(['february_fizzles', 'october_historical']);
    const run = historicalRun(json);
    expect(oneDeviation(json, run)).toMatchObject({ deviations: 2, historicalEnding: 100, medianSameLines: expect.any(Number) });
    expect(oneDeviation(json, run).each.map((r) => r.ending)).toEqual([run.ending, run.ending]);
    const load = historicalLoad(run);
    expect(load.choices).toBe(3);
    expect(load.noteShare).toBeGreaterThan(0);
    expect(walkOne(json, historicalPicker).ending).toBe('october_historical');
  });
});

describe('effects and force changes', () => {
  it('gives each passage the effect lines of its text and the forces that moved, from and to', () => {
    const session = new PlaySession(fixture('effects'));
    session.reset();
    expect(session.passages[0]?.effects).toEqual([]);
    expect(session.passages[0]?.forceChanges).toEqual([]);
    session.step(0);
    const passage = session.passages[1];
    expect(passage?.effects).toEqual(["Workers' confidence rises: the strike held", 'The garrison wavers: the soldiers saw the crowds']);
    expect(passage?.forceChanges).toEqual([
      { key: 'worker_confidence', label: "Workers' confidence", from: 30, to: 45 },
      { key: 'garrison', label: 'Garrison with the revolution', from: 10, to: 12 },
    ]);
    session.rewind(0);
    session.step(1);
    expect(session.passages[1]?.forceChanges).toEqual([]);
    expect(session.passages[1]?.effects).toEqual([]);
  });
});
