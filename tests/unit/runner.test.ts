import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/story/runner.ts';
import { compiled } from '../helpers/stories.ts';

describe('the story runner', () => {
  it('runs to the first choices and parses each line’s tags', () => {
    const runner = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    const lines = runner.continue();
    expect(lines[0]?.tags.map((t) => t.kind)).toContain('act');
    expect(lines.some((l) => l.text.startsWith('The women come out'))).toBe(true);
    expect(runner.choices().map((c) => c.text)).toEqual(['Continue the strike', 'Hold back for May Day', 'Call a general strike']);
    expect(runner.choices()[0]?.tags).toEqual([{ kind: 'historical' }]);
  });

  it('keeps a tag-only line, such as a decision marker, with empty text', () => {
    const runner = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    const lines = runner.continue();
    const decision = lines.find((l) => l.tags.some((t) => t.kind === 'decision'));
    expect(decision?.text).toBe('');
  });

  it('reads numbers and lists by name, lists as item names', () => {
    const runner = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    runner.continue();
    const vars = runner.variables();
    expect(vars.strikes).toEqual(['vyborg']);
    expect(vars.worker_confidence).toBe(37);
    expect(vars.debug).toBe(false);
    expect(runner.variableNames()).not.toContain('Districts');
  });

  it('refuses a choice that is not on offer', () => {
    const runner = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    runner.continue();
    expect(() => runner.choose(3)).toThrow(RangeError);
    expect(() => runner.choose(-1)).toThrow(RangeError);
  });

  it('gives the same lines for the same choices, and restores a saved state exactly', () => {
    const a = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    a.continue();
    a.choose(1);
    const linesA = a.continue();
    const saved = a.saveState();
    const b = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    b.continue();
    b.choose(1);
    expect(b.continue()).toEqual(linesA);
    const c = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    c.loadState(saved);
    expect(c.variables()).toEqual(a.variables());
    expect(c.choices()).toEqual(a.choices());
  });

  it('reports unknown tags instead of dropping them', () => {
    const runner = new StoryRunner(compiled('tests/fixtures/ink/broken.ink'));
    const errors = runner.continue().flatMap((l) => l.tagErrors.map((e) => e.error));
    expect(errors).toEqual(['unknown tag "colour"', 'cite must be footnotes 1-32 or "essay", got "99"']);
  });

  it('calls a function and jumps to a knot', () => {
    const runner = new StoryRunner(compiled('tests/fixtures/ink/mini.ink'));
    expect(runner.hasKnot('mini_second')).toBe(true);
    expect(runner.hasKnot('nowhere')).toBe(false);
    runner.call('clear_delegates');
    runner.goTo('mini_second');
    expect(runner.continue().some((l) => l.text === 'The soldiers hesitate.')).toBe(true);
  });
});
