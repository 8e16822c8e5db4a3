import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type StateGraph, walkGraph } from '../../src/explore/state-graph.ts';
import { ACT_STATE_BUDGET } from '../../src/explore/story-report.ts';
import { SHARE_LIMITS } from '../../src/explore/trail.ts';
import { ACT_INFO } from '../../src/story/acts.ts';
import { ENDINGS } from '../../src/story/endings.ts';
import { ACTS, type ActId } from '../../src/story/tags.ts';
import { realStory } from '../helpers/stories.ts';
import { declaredRanges, rangeProblems, tagValues } from '../helpers/story-source.ts';

// Every path of every act, walked from the state the historical path brings to it, as a graph of distinct story
// states: a state reached again is not walked again. The checks run on every step of every path. The acts are
// walked in two test files (act-walks-early, act-walks-late), so that the two halves run side by side.

/** The story tests of every path of `acts` (a part of ACTS: the choice-count limit is checked per part, at its share). */
export function actWalkTests(acts: readonly ActId[]): void {
  const share = acts.length / ACTS.length;
  const { json } = realStory();
  const ranges = declaredRanges();
  const outOfRange = new Set<string>();
  const graphs = new Map<string, StateGraph>();
  for (const act of acts)
    graphs.set(
      act,
      walkGraph(json, {
        start: ACT_INFO[act].start,
        stopAtActEnd: true,
        stateBudget: ACT_STATE_BUDGET,
        observe: ({ vars }) => {
          for (const p of rangeProblems(vars(), ranges)) outOfRange.add(`${act}: ${p}`);
        },
      }),
    );
  const each = <T>(f: (act: string, g: StateGraph) => T[]) => acts.flatMap((act) => f(act, graphs.get(act) as StateGraph));

  describe(`every path of ${acts.join(', ')}`, () => {
    it(`is walked as a graph of at most ${ACT_STATE_BUDGET.toLocaleString('en')} distinct states an act, each path past that sampled once`, () => {
      expect(each((act, g) => (g.states > ACT_STATE_BUDGET ? [`${act}: ${g.states} states`] : []))).toEqual([]);
      expect(each((act, g) => (g.paths > 0 ? [] : [`${act}: no path walked`]))).toEqual([]);
    });

    it('meets no ink errors, unknown tags or dead ends, and follows every decision with a history note', () => {
      const kinds = /^(ink|tag|dead end|decision|the story loops)/;
      expect(each((act, g) => g.problems.filter((p) => kinds.test(p)).map((p) => `${act}: ${p}`))).toEqual([]);
    });

    it('never goes back in time: the date: tags along every path only move forward', () => {
      expect(each((act, g) => g.problems.filter((p) => p.startsWith('date goes back')).map((p) => `${act}: ${p}`))).toEqual([]);
    });

    it('prints a line tagged recalls: VAR only while VAR is true, non-zero or a non-empty list', () => {
      expect(each((act, g) => g.problems.filter((p) => p.startsWith('unguarded callback')).map((p) => `${act}: ${p}`))).toEqual([]);
    });

    it('offers no two options that read the same and reach the same ending (no fake sub-choices)', () => {
      expect(each((act, g) => g.fakeChoices.map((f) => `${act}: ${f}`))).toEqual([]);
    });

    it(`stays within what a share code carries: ${SHARE_LIMITS.options} options at a point, ${SHARE_LIMITS.choices} choices in a year (these acts' longest paths within their share of it)`, () => {
      expect(each((act, g) => g.problems.filter((p) => p.includes('share code')).map((p) => `${act}: ${p}`))).toEqual([]);
      const longest = each((_act, g) => [g.longestChoices]).reduce((a, b) => a + b, 0);
      expect(longest).toBeLessThanOrEqual(Math.floor(SHARE_LIMITS.choices * share));
    });

    it('reaches every ending written in the story, from these acts or in the explorer’s walks of the year, and every ending has its title and epilogue', () => {
      // An ending far down a road may lie past an act's state budget, or in the other half's acts; the explorer's
      // whole-year walks (kept current by the contracts test) then show it is reachable.
      const explored = (JSON.parse(readFileSync('assets/strategies.json', 'utf8')) as { endings: { id: string }[] }).endings.map((e) => e.id);
      const reached = new Set([...each((_act, g) => Object.keys(g.outcomes)), ...explored]);
      const written = [...new Set(tagValues('ending'))];
      expect(written.filter((id) => !reached.has(id))).toEqual([]);
      expect(written.filter((id) => !ENDINGS.has(id))).toEqual([]);
      expect([...ENDINGS.keys()].filter((id) => !written.includes(id))).toEqual([]);
      expect(written.length).toBeGreaterThanOrEqual(10);
    });

    it('keeps every variable within its declared range', () => {
      expect([...outOfRange]).toEqual([]);
    });

    it('gives every act its own outcomes: the end of the act (the historical ending in the last) and at least one other', () => {
      for (const act of acts) {
        const outcomes = Object.keys(graphs.get(act)?.outcomes ?? {});
        expect(outcomes, act).toContain(act === 'defence' ? 'october_historical' : 'end of act');
        expect(outcomes.length, `${act} has more than one outcome`).toBeGreaterThan(1);
        expect(outcomes, act).not.toContain('dead end');
      }
    });
  });
}
