import { describe, expect, it } from 'vitest';
import type { StoryLine } from '../../src/story/runner.ts';
import { parseTags } from '../../src/story/tags.ts';
import { buildPassage } from '../../src/story/transcript.ts';

function line(text: string, ...raw: string[]): StoryLine {
  const { tags, errors } = parseTags(raw);
  return { text, tags, tagErrors: errors };
}

const START = { date: null, act: null, place: null, view: null };

describe('building a passage from story lines', () => {
  it('turns scene tags into a heading before the text, and carries the context', () => {
    const p = buildPassage([line('Snow on the Neva.', 'date: 1917-02-23', 'scene: Morning', 'place: vyborg')], START);
    expect(p.blocks[0]).toEqual({ kind: 'heading', act: null, scene: 'Morning', date: '1917-02-23', place: 'vyborg' });
    expect(p.blocks[1]).toMatchObject({ kind: 'text', text: 'Snow on the Neva.' });
    expect(p.context).toEqual({ date: '1917-02-23', act: null, place: 'vyborg', view: null });
  });

  it('groups consecutive note lines into one history note, keeping cites and interpretation', () => {
    const p = buildPassage(
      [line('What really happened: a strike.', 'note', 'cite: 7, 8'), line('A judgement.', 'note', 'interpretation'), line('Back to the story.')],
      START,
    );
    expect(p.blocks).toHaveLength(2);
    expect(p.blocks[0]).toEqual({
      kind: 'note',
      lines: [
        { text: 'What really happened: a strike.', cites: [7, 8], interpretation: false },
        { text: 'A judgement.', cites: [], interpretation: true },
      ],
    });
  });

  it('collects map and sound cues in order', () => {
    const p = buildPassage([line('Shots.', 'event: shots nevsky_kazan', 'sfx: volley'), line('', 'music: stinger_dread', 'view: centre')], START);
    expect(p.cues).toEqual([
      { kind: 'event', id: 'shots', targets: ['nevsky_kazan'] },
      { kind: 'sfx', id: 'volley' },
      { kind: 'music', id: 'stinger_dread' },
      { kind: 'view', id: 'centre' },
    ]);
    expect(p.context.view).toBe('centre');
  });

  it('keeps a view for its scene only: the next scene goes back to the whole city', () => {
    const p = buildPassage(
      [line('To Pulkovo.', 'scene: The heights', 'view: approaches'), line('Still there.'), line('Back in town.', 'scene: Smolny')],
      START,
    );
    expect(p.context.view).toBeNull();
    const q = buildPassage([line('To Pulkovo.', 'scene: The heights', 'view: approaches'), line('Still there.')], START);
    expect(q.context.view).toBe('approaches');
  });

  it('marks the decision, the end of an act and an ending', () => {
    const p = buildPassage([line('', 'decision: feb_arms'), line('Gone.', 'act_end: february'), line('Over.', 'ending: february_fizzles')], START);
    expect(p.decision).toBe('feb_arms');
    expect(p.ending).toBe('february_fizzles');
    expect(p.blocks).toEqual([
      { kind: 'act_end', act: 'february', text: 'Gone.' },
      { kind: 'ending', id: 'february_fizzles', text: 'Over.' },
    ]);
  });

  it('reports unknown tags', () => {
    const p = buildPassage([line('x', 'colour: red')], START);
    expect(p.tagErrors).toEqual(['colour: red: unknown tag "colour"']);
  });
});
