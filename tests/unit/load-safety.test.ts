import { describe, expect, it } from 'vitest';
import { GameCore } from '../../src/game-core.ts';
import { makeSave } from '../../src/saves/envelope.ts';
import { listSlots } from '../../src/saves/slots.ts';
import { AUTOSAVE_KEY, MemoryStore } from '../../src/saves/store.ts';
import { encodePath } from '../../src/share/path-code.ts';
import { BRANCHES_KEY } from '../../src/timeline/branches.ts';
import { miniStory } from '../helpers/stories.ts';

const fixedNow = () => new Date('2026-11-26T12:00:00Z');

/** A game two choices in (the mini story's further-along autosave), and its store. */
function gameInProgress() {
  const store = new MemoryStore();
  const core = new GameCore(miniStory(), { store, now: fixedNow });
  core.start();
  core.choose(0);
  core.choose(0);
  return { store, core, autosave: store.read(AUTOSAVE_KEY), branches: store.read(BRANCHES_KEY) };
}

describe('a code or save that cannot be opened changes nothing', () => {
  it('leaves the game and the autosave as they were when a well-formed code asks for an option not on offer', () => {
    const { store, core, autosave, branches } = gameInProgress();
    const before = core.view();
    const code = encodePath(miniStory().version, [{ index: 7, text: 'no such option' }]);
    const outcome = core.openCode(`#play=${code}`);
    expect(outcome).toMatchObject({ ok: false, opened: false, restored: 0 });
    expect(store.read(AUTOSAVE_KEY)).toBe(autosave);
    expect(store.read(BRANCHES_KEY)).toBe(branches);
    expect(core.view().path).toEqual(before.path);
    expect(core.view().passages).toEqual(before.passages);
  });

  it('leaves the autosave alone when a code from an older story fits none of its choices', () => {
    const { store, core, autosave } = gameInProgress();
    const code = encodePath('0ld0000', [{ index: 0, text: 'A choice that was rewritten' }]);
    expect(core.openCode(code)).toMatchObject({ ok: false, opened: false, restored: 0 });
    expect(store.read(AUTOSAVE_KEY)).toBe(autosave);
    expect(core.view().path).toEqual([0, 0]);
  });

  it('leaves the autosave alone when an imported save cannot be replayed at all', () => {
    const { store, core, autosave } = gameInProgress();
    const unusable = JSON.stringify(makeSave(miniStory().version, [5], ['gone'], fixedNow()));
    expect(core.loadText(unusable)).toMatchObject({ ok: false, opened: false, restored: 0 });
    expect(store.read(AUTOSAVE_KEY)).toBe(autosave);
    expect(core.view().path).toEqual([0, 0]);
  });

  it('keeps an autosave from a changed story that no longer fits, when Continue cannot use it', () => {
    const store = new MemoryStore();
    const old = JSON.stringify(makeSave('0ld0000', [0, 0], ['A rewritten choice', 'Another'], fixedNow()));
    store.write(AUTOSAVE_KEY, old);
    const core = new GameCore(miniStory(), { store, now: fixedNow });
    expect(core.continueAutosave()).toMatchObject({ ok: false, opened: false, restored: 0 });
    expect(store.read(AUTOSAVE_KEY)).toBe(old);
    expect(core.view().status).toBe('idle');
  });

  it('still starts a new game after a failed open', () => {
    const { core } = gameInProgress();
    core.openCode(encodePath(miniStory().version, [{ index: 6, text: 'x' }]));
    core.start();
    expect(core.view().status).toBe('playing');
    expect(core.view().path).toEqual([]);
  });
});

describe('opening a link never throws away a further-along game', () => {
  it('keeps the replaced autosave as a recoverable save when a link goes elsewhere', () => {
    const { store, core } = gameInProgress();
    const other = new GameCore(miniStory());
    other.start();
    other.choose(1);
    const outcome = core.openCode(other.view().shareCode);
    expect(outcome).toMatchObject({ ok: true, opened: true, restored: 1 });
    expect(outcome.kept).toMatch(/link/);
    expect(outcome.message).toMatch(/Saves/);
    const kept = listSlots(store).slots.find((s) => s.save.label === outcome.kept);
    expect(kept?.save.path).toEqual([0, 0]);
    expect(JSON.parse(store.read(AUTOSAVE_KEY) ?? '{}').path).toEqual([1]);
  });

  it('keeps nothing extra when the link carries the same game further on', () => {
    const store = new MemoryStore();
    const core = new GameCore(miniStory(), { store, now: fixedNow });
    core.start();
    core.choose(0);
    const ahead = new GameCore(miniStory());
    ahead.replay([0, 0]);
    const outcome = core.openCode(ahead.view().shareCode);
    expect(outcome).toMatchObject({ ok: true, kept: null });
    expect(listSlots(store).slots).toEqual([]);
  });

  it('keeps the whole autosave when Continue can restore only part of it after the story changed', () => {
    const store = new MemoryStore();
    const old = makeSave('0ld0000', [0, 0, 0], ['Continue the strike', 'A rewritten choice', 'Finish'], fixedNow());
    store.write(AUTOSAVE_KEY, JSON.stringify(old));
    const core = new GameCore(miniStory(), { store, now: fixedNow });
    const outcome = core.continueAutosave();
    expect(outcome).toMatchObject({ opened: true, restored: 1 });
    expect(listSlots(store).slots.map((s) => s.save.path)).toEqual([[0, 0, 0]]);
  });
});
