import { describe, expect, it } from 'vitest';
import { historicalPicker, type PathRecord, walkAll, walkOne } from '../../src/explore/walker.ts';
import { realStory } from '../helpers/stories.ts';
import { declaredRanges, rangeProblems } from '../helpers/story-source.ts';

// Act I is small enough to walk exhaustively: every path from the first line to the end of the act or an ending.
const { json } = realStory();
const ranges = declaredRanges();
const outOfRange = new Set<string>();

const { paths }: { paths: PathRecord[] } = walkAll(json, {
  stopAtActEnd: true,
  observe: ({ vars }) => {
    for (const p of rangeProblems(vars(), ranges)) outOfRange.add(p);
  },
});

const ACT_I_DECISIONS = ['feb_continue_strike', 'feb_arms', 'feb_after_shootings', 'feb_arsenal', 'feb_new_power'];

describe('Act I, February, walked exhaustively', () => {
  it('has been walked along every path', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it('meets no ink errors, unknown tags or dead ends, and follows every decision with a history note', () => {
    expect([...new Set(paths.flatMap((p) => p.problems))]).toEqual([]);
  });

  it('ends every path at the end of the act or at an ending', () => {
    const unfinished = paths.filter((p) => p.ending === null && !p.actEnds.includes('february'));
    expect(unfinished.map((p) => p.path.join(','))).toEqual([]);
  });

  it('reaches every decision point of the act, each with three or more options and at most one historical', () => {
    const seen = new Map<string, { offered: number; historical: number }>();
    for (const p of paths)
      for (const d of p.decisions) seen.set(d.id, { offered: Math.min(seen.get(d.id)?.offered ?? 99, d.offered), historical: d.historicalIndex >= 0 ? 1 : 0 });
    for (const id of ACT_I_DECISIONS) {
      expect(seen.has(id), `decision ${id} reached`).toBe(true);
      expect(seen.get(id)?.offered, `${id} options`).toBeGreaterThanOrEqual(3);
    }
  });

  it('reaches every outcome of the act: the revolution, the massacre and the February that fizzled', () => {
    const outcomes = new Set(paths.map((p) => p.ending ?? `end of act ${p.actEnds[0]}`));
    expect(outcomes).toContain('end of act february');
    expect(outcomes).toContain('february_crushed');
    expect(outcomes).toContain('february_fizzles');
  });

  it('keeps every variable within its declared range', () => {
    expect([...outOfRange]).toEqual([]);
  });

  it('takes the historical path through every decision to the end of the act', () => {
    const record = walkOne(json, historicalPicker, { stopAtActEnd: true });
    expect(record.ending).toBeNull();
    expect(record.actEnds).toEqual(['february']);
    expect(record.decisions.map((d) => d.id)).toEqual(ACT_I_DECISIONS);
    expect(record.decisions.every((d) => d.historical)).toBe(true);
  });
});
