import { describe, expect, it } from 'vitest';
import { walkGraph } from '../../src/explore/state-graph.ts';
import { historicalPicker, walkOne } from '../../src/explore/walker.ts';
import { findTag } from '../../src/story/tags.ts';
import { realStory } from '../helpers/stories.ts';

// Act I, from the first line to the end of the act or an ending, every path (as a graph of distinct states).
const { json } = realStory();
const offered = new Map<string, number>();
const graph = walkGraph(json, {
  stopAtActEnd: true,
  observe: ({ lines, choices }) => {
    for (const line of lines) {
      const id = findTag(line.tags, 'decision')?.value;
      if (id) offered.set(id, Math.min(offered.get(id) ?? 99, choices.length));
    }
  },
});

const ACT_I_DECISIONS = ['feb_continue_strike', 'feb_arms', 'feb_after_shootings', 'feb_arsenal', 'feb_new_power'];

describe('Act I, February, walked along every path', () => {
  it('has been walked whole', () => {
    expect(graph.complete).toBe(true);
    expect(graph.paths).toBeGreaterThan(20);
  });

  it('reaches every decision point of the act, each with three or more options', () => {
    for (const id of ACT_I_DECISIONS) {
      expect(offered.has(id), `decision ${id} reached`).toBe(true);
      expect(offered.get(id), `${id} options`).toBeGreaterThanOrEqual(3);
    }
  });

  it('reaches every outcome of the act: the revolution, the massacre and the February that fizzled', () => {
    expect(Object.keys(graph.outcomes)).toEqual(expect.arrayContaining(['end of act', 'february_crushed', 'february_fizzles']));
  });

  it('takes the historical path through every decision to the end of the act', () => {
    const record = walkOne(json, historicalPicker, { stopAtActEnd: true });
    expect(record.ending).toBeNull();
    expect(record.actEnds).toEqual(['february']);
    expect(record.decisions.map((d) => d.id)).toEqual(ACT_I_DECISIONS);
    expect(record.decisions.every((d) => d.historical)).toBe(true);
  });
});
