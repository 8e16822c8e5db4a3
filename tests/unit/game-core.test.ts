import { describe, expect, it } from 'vitest';
import { GameCore, type GameView } from '../../src/game-core.ts';
import { AUTOSAVE_KEY, MemoryStore, type SaveStore, StorageProblem } from '../../src/saves/store.ts';
import { miniStory } from '../helpers/stories.ts';

class BrokenStore implements SaveStore {
  private readonly kind: 'full' | 'unavailable';
  constructor(kind: 'full' | 'unavailable') {
    this.kind = kind;
  }
  read(): string | null {
    if (this.kind === 'unavailable') throw new StorageProblem('unavailable', 'off');
    return null;
  }
  write(): void {
    throw new StorageProblem(this.kind, this.kind);
  }
  remove(): void {}
}

const fixedNow = () => new Date('2026-11-26T12:00:00Z');

/** A rewind is exact: the same text, the same world and the same choices as when the choice was first met. */
function expectSameScene(view: GameView, then: GameView): void {
  expect(view.passages).toEqual(then.passages);
  expect(view.world).toEqual(then.world);
  expect(view.choices).toEqual(then.choices);
}

describe('the game core', () => {
  it('is idle until started, then shows the first passage and its choices', () => {
    const core = new GameCore(miniStory());
    expect(core.view().status).toBe('idle');
    core.start();
    const view = core.view();
    expect(view.status).toBe('playing');
    expect(view.decision).toBe('mini_continue');
    expect(view.choices.map((c) => c.historical)).toEqual([true, false, false]);
    expect(view.world.act).toBe('february');
    expect(view.world.date).toBe('1917-02-23');
    expect(view.world.districts.find((d) => d.id === 'vyborg')?.striking).toBe(true);
  });

  it('records the choice that led to each passage and the decision it answered', () => {
    const core = new GameCore(miniStory());
    core.start();
    core.choose(0);
    const passage = core.view().passages[1];
    expect(passage?.chosen).toEqual({ index: 0, text: 'Continue the strike', decision: 'mini_continue', historical: true });
    expect(passage?.blocks.some((b) => b.kind === 'note')).toBe(true);
    expect(core.view().path).toEqual([0]);
  });

  it('notifies subscribers after every change and stops when asked', () => {
    const core = new GameCore(miniStory());
    const seen: number[] = [];
    const stop = core.subscribe((v) => seen.push(v.passages.length));
    core.start();
    core.choose(0);
    stop();
    core.choose(0);
    expect(seen).toEqual([1, 2]);
  });

  it('refuses a choice that is not on offer and changes nothing', () => {
    const core = new GameCore(miniStory());
    core.start();
    expect(() => core.choose(7)).toThrow(RangeError);
    expect(core.view().path).toEqual([]);
  });

  it('reaches an ending and reports it', () => {
    const core = new GameCore(miniStory());
    core.start();
    core.choose(1);
    core.choose(1);
    const view = core.view();
    expect(view.status).toBe('ended');
    expect(view.ending).toBe('february_fizzles');
    expect(view.choices).toEqual([]);
  });

  it('autosaves after every choice and continues from the autosave', () => {
    const store = new MemoryStore();
    const core = new GameCore(miniStory(), { store, now: fixedNow });
    core.start();
    core.choose(0);
    core.choose(0);
    expect(JSON.parse(store.read(AUTOSAVE_KEY) ?? '{}').path).toEqual([0, 0]);
    const again = new GameCore(miniStory(), { store });
    expect(again.autosaveStatus()).toEqual({ exists: true, savedAt: '2026-11-26T12:00:00.000Z', problem: null });
    expect(again.continueAutosave()).toMatchObject({ ok: true, opened: true, restored: 2, message: null });
    expect(again.view().passages.map((p) => p.step)).toEqual([0, 1, 2]);
    expect(again.view().world).toEqual(core.view().world);
  });

  it('says plainly that a corrupt autosave cannot be continued, and still starts a new game', () => {
    const store = new MemoryStore();
    store.write(AUTOSAVE_KEY, '{"format":"organiser-save",');
    const core = new GameCore(miniStory(), { store });
    expect(core.autosaveStatus()).toMatchObject({ exists: false, problem: expect.stringMatching(/could not be continued.*damaged/) });
    expect(core.continueAutosave().ok).toBe(false);
    core.start();
    expect(core.view().status).toBe('playing');
  });

  it('restores a save from an older story up to the first choice that no longer fits', () => {
    const core = new GameCore(miniStory());
    const outcome = core.load({
      format: 'organiser-save',
      version: 1,
      story: 'old0000',
      savedAt: '2026-11-01T00:00:00.000Z',
      path: [0, 0, 0],
      texts: ['Continue the strike', 'A choice that was rewritten', 'Finish'],
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.restored).toBe(1);
    expect(outcome.message).toMatch(/story has changed.*choice 1 of 3.*27 February 1917/);
    expect(core.view().status).toBe('playing');
    expect(core.view().notice?.kind).toBe('restored');
  });

  it('keeps playing when storage is full, and says the game is not being saved', () => {
    const core = new GameCore(miniStory(), { store: new BrokenStore('full') });
    core.start();
    core.choose(0);
    expect(core.view().storageWarning).toMatch(/storage is full.*goes on/);
    core.choose(0);
    expect(core.view().passages).toHaveLength(3);
  });

  it('explains that storage is switched off instead of crashing on the title screen', () => {
    const core = new GameCore(miniStory(), { store: new BrokenStore('unavailable') });
    expect(core.autosaveStatus()).toEqual({ exists: false, savedAt: null, problem: expect.stringMatching(/switched off or blocked/) });
    expect(core.continueAutosave()).toMatchObject({ ok: false, restored: 0 });
  });

  it('replays a path exactly: the same choices give the same story and the same city', () => {
    const a = new GameCore(miniStory());
    a.start();
    a.choose(2);
    a.choose(0);
    const b = new GameCore(miniStory());
    expect(b.replay([2, 0])).toMatchObject({ ok: true, restored: 2, message: null });
    expect(b.view().passages).toEqual(a.view().passages);
    expect(b.view().world).toEqual(a.view().world);
  });
});

describe('rewinding and the explored paths', () => {
  it('lists the decisions taken, with their dates and whether each was historical', () => {
    const core = new GameCore(miniStory());
    core.start();
    core.choose(1);
    expect(core.view().timeline).toEqual([{ step: 0, date: '1917-02-23', decision: 'mini_continue', option: 'Hold back for May Day', historical: false }]);
  });

  it('returns instantly and exactly to an earlier choice, keeping the road not taken', () => {
    const store = new MemoryStore();
    const core = new GameCore(miniStory(), { store, now: fixedNow });
    core.start();
    const atStart = core.view();
    core.choose(1);
    core.choose(1);
    expect(core.view().ending).toBe('february_fizzles');
    core.rewindTo(0);
    expectSameScene(core.view(), atStart);
    core.choose(0);
    core.choose(0);
    expect(core.exploredPaths().map((p) => [p.path.join(','), p.ending])).toEqual([
      ['1,1', 'february_fizzles'],
      ['0,0', null],
    ]);
    expect(JSON.parse(store.read(AUTOSAVE_KEY) ?? '{}').path).toEqual([0, 0]);
  });

  it('rewinds exactly to a choice point whose state was never kept, by replaying from an earlier one', () => {
    const never = () => {};
    const core = new GameCore(miniStory(), { defer: never });
    core.start();
    core.choose(0);
    const atOne = core.view();
    core.choose(0);
    core.rewindTo(1);
    expectSameScene(core.view(), atOne);
    core.rewindTo(0);
    core.choose(1);
    const fresh = new GameCore(miniStory());
    fresh.start();
    fresh.choose(1);
    expect(core.view().world).toEqual(fresh.view().world);
    expect(core.view().choices).toEqual(fresh.view().choices);
  });

  it('with deferred keeping, shows a choice first and keeps it (autosave and explored path) when the deferred work runs', () => {
    const store = new MemoryStore();
    const queue: (() => void)[] = [];
    const core = new GameCore(miniStory(), { store, now: fixedNow, defer: (work) => queue.push(work) });
    const seen: number[] = [];
    core.subscribe((v) => seen.push(v.path.length));
    core.start();
    core.choose(0);
    core.choose(0);
    expect(seen).toEqual([0, 1, 2]);
    expect(store.read(AUTOSAVE_KEY)).toBeNull();
    expect(queue).toHaveLength(1);
    for (const work of queue.splice(0)) work();
    expect(JSON.parse(store.read(AUTOSAVE_KEY) ?? '{}').path).toEqual([0, 0]);
    expect(core.exploredPaths().map((p) => p.path.join(','))).toEqual(['0,0']);
  });

  it('keeps a pending move before it is left (a rewind, a load, the explored paths asked for)', () => {
    const store = new MemoryStore();
    const core = new GameCore(miniStory(), { store, now: fixedNow, defer: () => {} });
    core.start();
    core.choose(1);
    core.choose(1);
    core.rewindTo(0);
    expect(core.exploredPaths().map((p) => [p.path.join(','), p.ending])).toEqual([['1,1', 'february_fizzles']]);
  });

  it('refuses to rewind to a choice that was never reached', () => {
    const core = new GameCore(miniStory());
    core.start();
    expect(() => core.rewindTo(3)).toThrow(RangeError);
  });

  it('remembers explored paths across visits in the store', () => {
    const store = new MemoryStore();
    const core = new GameCore(miniStory(), { store });
    core.start();
    core.choose(2);
    expect(new GameCore(miniStory(), { store }).exploredPaths().map((p) => p.path)).toEqual([[2]]);
  });
});

describe('share codes in the core', () => {
  it('gives the current path as a code that replays to the same passage in a fresh game', () => {
    const core = new GameCore(miniStory());
    core.start();
    core.choose(0);
    core.choose(0);
    const code = core.view().shareCode;
    const other = new GameCore(miniStory());
    expect(other.openCode(`https://example.org/#play=${code}`)).toMatchObject({ ok: true, restored: 2, message: null });
    expect(other.view().passages).toEqual(core.view().passages);
    expect(other.view().world).toEqual(core.view().world);
  });

  it('explains a broken code and leaves the game as it was', () => {
    const core = new GameCore(miniStory());
    core.start();
    core.choose(0);
    const outcome = core.openCode('not a code at all');
    expect(outcome).toMatchObject({ ok: false, opened: false, restored: 0, message: expect.stringMatching(/not a game code/) });
    expect(core.view().path).toEqual([0]);
  });

  it('answers whether a code can be read before any story is opened: the same message as opening it, or null', () => {
    const core = new GameCore(miniStory());
    core.start();
    core.choose(0);
    const code = core.view().shareCode;
    expect(core.codeProblem(code)).toBeNull();
    expect(core.codeProblem('not a code at all')).toEqual(core.openCode('not a code at all').message);
    expect(core.codeProblem(`${code}Q`)).toMatch(/mistyped character/);
  });

  it('recovers the part of a path from an older story that still exists', async () => {
    const { encodePath } = await import('../../src/share/path-code.ts');
    const old = encodePath('0000old', [
      { index: 0, text: 'Continue the strike' },
      { index: 0, text: 'A choice that was rewritten' },
    ]);
    const core = new GameCore(miniStory());
    const outcome = core.openCode(old);
    expect(outcome.restored).toBe(1);
    expect(outcome.message).toMatch(/earlier version of the story.*first 1 of 2 choices/);
    expect(core.view().notice?.kind).toBe('restored');
    expect(core.view().status).toBe('playing');
  });
});
