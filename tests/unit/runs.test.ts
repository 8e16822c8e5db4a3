import { describe, expect, it } from 'vitest';
import { GameCore } from '../../src/game-core.ts';
import { MemoryStore } from '../../src/saves/store.ts';
import { miniStory } from '../helpers/stories.ts';

// Compiling the fixture story and replaying it takes seconds on a loaded machine.
describe('the core tells the front end what changed, and answers queries about other paths', { timeout: 30_000 }, () => {
  it('marks each view with the kind of change that made it: start, step, jump or load', () => {
    const core = new GameCore(miniStory(), { store: new MemoryStore() });
    core.start();
    expect(core.view().change).toBe('start');
    const first = core.view().choices[0];
    if (!first) throw new Error('the mini story offers no choice');
    core.choose(first.index);
    expect(core.view().change).toBe('step');
    core.rewindTo(0);
    expect(core.view().change).toBe('jump');
    core.loadText(JSON.stringify(core.save()));
    expect(core.view().change).toBe('load');
    expect(core.continueAutosave().ok).toBe(true);
    expect(core.view().change).toBe('load');
  });

  it('replays a path apart from the player’s game, world by world', () => {
    const core = new GameCore(miniStory());
    core.start();
    const first = core.view().choices[0];
    if (!first) throw new Error('the mini story offers no choice');
    const run = core.run([first.index]);
    expect(run.path).toEqual([first.index]);
    expect(run.worlds).toHaveLength(2);
    expect(core.view().path).toEqual([]);
  });

  it('walks the historical road to its end and keeps the historical options', () => {
    const core = new GameCore(miniStory());
    const history = core.historicalRun();
    expect(history.worlds.length).toBe(history.path.length + 1);
    expect(history.timeline.every((t) => t.historical)).toBe(true);
    expect(core.historicalRun()).toBe(history);
  });
});
