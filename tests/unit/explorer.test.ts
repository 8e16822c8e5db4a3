import { describe, expect, it } from 'vitest';
import { explore } from '../../src/explore/explorer.ts';
import { compiled } from '../helpers/stories.ts';

const json = compiled('tests/fixtures/ink/mini.ink');

describe('the strategy explorer', () => {
  it('walks every path of a small story and counts the strategies for each ending', () => {
    const summary = explore(json);
    expect(summary.method).toBe('exhaustive');
    expect(summary.walks).toBe(4);
    const byId = Object.fromEntries(summary.endings.map((e) => [e.id, e]));
    expect(byId.october_historical?.walks).toBe(3);
    expect(byId.october_historical?.strategies).toBe(3);
    expect(byId.february_fizzles).toMatchObject({ walks: 1, strategies: 1, example: { path: [1, 1] } });
    expect(byId.february_fizzles?.example.decisions).toEqual([{ decision: 'mini_continue', option: 'Hold back for May Day', historical: false }]);
  });

  it('names the decision that matters most for an ending', () => {
    const fizzles = explore(json).endings.find((e) => e.id === 'february_fizzles');
    expect(fizzles?.keyDecisions[0]).toMatchObject({ decision: 'mini_continue', option: 'Hold back for May Day', share: 100 });
  });

  it('says where each option of a decision leads', () => {
    const decision = explore(json).decisions.find((d) => d.id === 'mini_continue');
    expect(decision?.reached).toBe(4);
    expect(decision?.example).toEqual([]);
    expect(decision?.options.find((o) => o.option === 'Hold back for May Day')?.endings).toEqual({ february_fizzles: 1, october_historical: 1 });
  });

  it('samples with a seed when there are more paths than it may walk, and gives the same figures for the same seed', () => {
    const a = explore(json, { exhaustiveLimit: 2, walks: 50, seed: 3, bias: 0 });
    const b = explore(json, { exhaustiveLimit: 2, walks: 50, seed: 3, bias: 0 });
    expect(a.method).toBe('sampled');
    // The 50 sampled walks, and the coverage walks: history's road, the roads one choice off it, options never taken.
    expect(a.walks).toBe(50 + a.coverage);
    expect(a.coverage).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('sends one more walk down every option the sampled walks never took, so no road is missed by chance', () => {
    const options = (summary: ReturnType<typeof explore>) =>
      summary.decisions
        .find((d) => d.id === 'mini_continue')
        ?.options.map((o) => o.option)
        .sort();
    const historicalOnly = explore(json, { exhaustiveLimit: 2, walks: 3, bias: 1, coverageLimit: 0 });
    expect(options(historicalOnly)).toEqual(['Continue the strike']);
    const covered = explore(json, { exhaustiveLimit: 2, walks: 3, bias: 1 });
    // History's road and the two roads one choice off it at the first decision: every option is then taken.
    expect(covered.coverage).toBe(3);
    expect(covered.walks).toBe(6);
    expect(options(covered)).toEqual(['Call a general strike', 'Continue the strike', 'Hold back for May Day']);
  });

  it('walks every path of each act on its own', () => {
    const summary = explore(json, { acts: [{ act: 'second', start: { knot: 'mini_second' } }] });
    expect(summary.acts).toEqual([{ act: 'second', paths: 2, complete: true, outcomes: { 'end of act': 1, february_fizzles: 1 } }]);
  });

  it('reports the historical path’s ending', () => {
    expect(explore(json).historical).toEqual({
      ending: 'october_historical',
      decisions: [{ decision: 'mini_continue', option: 'Continue the strike', historical: true }],
    });
  });
});
