import { describe, expect, it } from 'vitest';
import { historicalPicker, randomPicker, seededRandom, walkAll, walkOne } from '../../src/explore/walker.ts';
import { compiled } from '../helpers/stories.ts';

const json = compiled('tests/fixtures/ink/mini.ink');

describe('the story walker', () => {
  it('follows the historical option at every decision', () => {
    const record = walkOne(json, historicalPicker);
    expect(record.decisions).toEqual([
      { id: 'mini_continue', step: 0, option: 'Continue the strike', index: 0, historical: true, offered: 3, historicalIndex: 0 },
    ]);
    expect(record.ending).toBe('october_historical');
    expect(record.actEnds).toEqual(['february']);
    expect(record.problems).toEqual([]);
  });

  it('can stop at the end of an act', () => {
    const record = walkOne(json, historicalPicker, { stopAtActEnd: true });
    expect(record.ending).toBeNull();
    expect(record.path).toEqual([0, 0]);
  });

  it('visits every path exactly once', () => {
    const { paths: all, complete } = walkAll(json);
    expect(complete).toBe(true);
    const paths = all.map((p) => p.path.join(','));
    expect(paths.sort()).toEqual(['0,0,0', '1,0,0', '1,1', '2,0,0']);
  });

  it('gives the same random walks for the same seed', () => {
    const walks = (seed: number) => {
      const pick = randomPicker(seededRandom(seed));
      return Array.from({ length: 8 }, () => walkOne(json, pick).path.join(','));
    };
    expect(walks(42)).toEqual(walks(42));
    expect(new Set(walks(42)).size).toBeGreaterThan(1);
  });

  it('reports a decision whose history note is missing', () => {
    const record = walkOne(json, (choices) => choices.length - 1);
    expect(record.problems).toEqual([]);
    const skipNote = walkOne(compiled('tests/fixtures/ink/no-note.ink'), () => 0);
    expect(skipNote.problems).toEqual(['decision silent_choice has no history note before the path ends']);
  });

  it('reports unknown tags and dead ends', () => {
    const record = walkOne(compiled('tests/fixtures/ink/broken.ink'), () => 0);
    expect(record.problems).toContain('tag "colour: red": unknown tag "colour"');
    expect(record.problems.some((p) => p.startsWith('dead end'))).toBe(true);
  });
});
