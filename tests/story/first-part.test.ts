import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/explore/walker.ts';
import { GameCore } from '../../src/game-core.ts';
import { FIRST_PART_STOPS, firstPart, PartialStoryError } from '../../src/story/partial.ts';
import { PlaySession } from '../../src/story/session.ts';
import { realStory } from '../helpers/stories.ts';

// The first page loads only the story's first part (everything a new game can reach before Act II); these walks
// check that the part plays exactly as the whole story does until the whole story is needed, and not a line further.
const { json, version } = realStory();
const part = firstPart(json, FIRST_PART_STOPS);
const WALKS = 80;

function stepBoth(whole: PlaySession, first: PlaySession, index: number): 'same' | 'ran out' {
  whole.step(index);
  try {
    first.step(index);
  } catch (error) {
    if (error instanceof PartialStoryError) return 'ran out';
    throw error;
  }
  return 'same';
}

describe('the story’s first part', () => {
  it('is a small share of the whole story', () => {
    expect(part.length).toBeLessThan(json.length / 3);
  });

  it('plays every sampled Act I walk line for line as the whole story does, and runs out exactly where the whole story leaves Act I', () => {
    const random = seededRandom(1917);
    let ranOut = 0;
    let endedInAct1 = 0;
    const whole = new PlaySession(json);
    const first = new PlaySession(part);
    for (let walk = 0; walk < WALKS; walk++) {
      whole.reset();
      first.reset();
      expect(first.passages).toEqual(whole.passages);
      for (;;) {
        const choices = whole.choices();
        if (choices.length === 0) {
          endedInAct1++;
          break;
        }
        const pick = choices[Math.floor(random() * choices.length)]?.index ?? 0;
        const before = first.passages.length;
        if (stepBoth(whole, first, pick) === 'ran out') {
          // The whole story went on into another act; the first part is left at the choice, untouched.
          expect(whole.world().act).not.toBe('february');
          expect(first.passages.length).toBe(before);
          expect(first.choices()).toEqual(choices);
          ranOut++;
          break;
        }
        expect(first.passages.at(-1)).toEqual(whole.passages.at(-1));
        expect(first.world()).toEqual(whole.world());
        expect(first.world().act).toBe('february');
      }
    }
    // Both kinds of walk were met: the part is neither the whole story nor too short for Act I's own endings.
    expect(ranOut).toBeGreaterThan(WALKS / 4);
    expect(endedInAct1).toBeGreaterThan(0);
  });

  it('hands a game over to the whole story with the same state: the waiting choice is taken as the whole story takes it', () => {
    const history = new PlaySession(json);
    history.reset();
    const path: number[] = [];
    while (history.world().act === 'february' || history.world().act === null) {
      const options = history.choices();
      const pick = (options.find((o) => o.historical) ?? options[0])?.index;
      if (pick === undefined) throw new Error('the historical road ended in Act I');
      history.step(pick);
      path.push(pick);
    }
    const views: string[] = [];
    const core = new GameCore({ json: part, version, partial: true });
    core.subscribe((view) => views.push(view.notice?.kind ?? 'none'));
    core.start();
    for (const index of path) core.choose(index);
    // The last choice crossed into Act II: it waits, said so, with the game still at that choice.
    expect(core.view().notice?.kind).toBe('waiting');
    // Only the notice changed: the front end leaves the story, the map and the sound as they stand.
    expect(core.view().change).toBe('notice');
    expect(core.view().path).toEqual(path.slice(0, -1));
    expect(core.replay(path).opened).toBe(false);
    core.upgradeStory(json);
    expect(core.partial).toBe(false);
    expect(core.view().path).toEqual(path);
    expect(core.view().notice).toBeNull();
    expect(core.view().passages.map((p) => p.blocks)).toEqual(history.passages.map((p) => p.blocks));
    expect(core.view().world).toEqual(history.world());
    expect(views).toContain('waiting');
  });

  it('says so when the rest of the story cannot be downloaded, and keeps the game at its choice', () => {
    const core = new GameCore({ json: part, version, partial: true });
    core.start();
    core.storyFailed('offline');
    expect(core.view().notice).toBeNull();
    let guard = 0;
    while (core.view().notice?.kind !== 'waiting' && guard++ < 200) {
      const options = core.view().choices;
      core.choose((options.find((o) => o.historical) ?? options[0])?.index ?? 0);
    }
    const at = core.view().path;
    core.storyFailed('offline');
    expect(core.view().notice?.kind).toBe('failed');
    expect(core.view().notice?.message).toContain('offline');
    expect(core.view().path).toEqual(at);
    expect(core.view().choices.length).toBeGreaterThan(0);
  });
});
