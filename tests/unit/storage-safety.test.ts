import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../game/ui/data/settings.ts';
import { GameCore } from '../../src/game-core.ts';
import { makeSave } from '../../src/saves/envelope.ts';
import { type MergeCodec, readTracked, writeMerged } from '../../src/saves/merged-write.ts';
import { listSlots, saveSlot } from '../../src/saves/slots.ts';
import { MemoryStore, type SaveStore, StorageProblem } from '../../src/saves/store.ts';
import { storyVersion } from '../../src/story/story-version.ts';
import { BRANCHES_KEY, type ExploredPath, mergeBranches } from '../../src/timeline/branches.ts';
import { compiled, miniStory } from '../helpers/stories.ts';
import { twoTabs } from '../helpers/tab-store.ts';

/** A store that refuses to write one key (storage full just as that key grows). */
class RefusingStore extends MemoryStore {
  private readonly refused: string;
  constructor(refused: string) {
    super();
    this.refused = refused;
  }
  override write(key: string, value: string): void {
    if (key === this.refused) throw new StorageProblem('full', 'full');
    super.write(key, value);
  }
}

describe('when the browser keeps nothing', () => {
  it('says so in the view for as long as the game is in play', () => {
    const core = new GameCore(miniStory(), { store: new MemoryStore(false) });
    core.start();
    expect(core.view().storageWarning).toMatch(/until the tab is closed/);
    core.choose(0);
    core.dismissNotice();
    expect(core.view().storageWarning).toMatch(/until the tab is closed/);
  });

  it('has nothing to warn about when storage works', () => {
    const core = new GameCore(miniStory(), { store: new MemoryStore() });
    core.start();
    core.choose(0);
    expect(core.view().storageWarning).toBeNull();
  });

  it('tells a player naming a save that it lasts only until the tab is closed', () => {
    const result = saveSlot(new MemoryStore(false), makeSave('abc1234', [0], ['a'], new Date(), 'My lesson'));
    expect(result).toMatchObject({ ok: true, note: expect.stringMatching(/until (this|the) tab is closed/) });
  });

  it('says so when the explored paths could not be written, instead of failing in silence', () => {
    const core = new GameCore(miniStory(), { store: new RefusingStore(BRANCHES_KEY) });
    core.start();
    core.choose(0);
    expect(core.view().storageWarning).toMatch(/endings|paths/);
  });
});

describe('two tabs on one browser', () => {
  it('merge their explored paths instead of overwriting each other', () => {
    const { storeA, tabA, tabB } = twoTabs();
    tabA.start();
    tabA.choose(1);
    tabA.choose(1);
    tabB.start();
    tabB.choose(0);
    const paths = new GameCore(miniStory(), { store: storeA }).exploredPaths();
    expect(paths.map((p) => [p.path.join(','), p.ending])).toEqual(
      expect.arrayContaining([
        ['1,1', 'february_fizzles'],
        ['0', null],
      ]),
    );
    expect(tabB.exploredPaths().some((p) => p.ending === 'february_fizzles')).toBe(true);
  });

  it('tell a tab that another tab moved the game on, and let it keep its own game as a save', () => {
    const { storeB, tabA, tabB } = twoTabs();
    tabA.start();
    tabA.choose(0);
    tabB.start();
    tabB.choose(1);
    expect(tabA.otherTabMoved()).toBe(true);
    expect(tabB.otherTabMoved()).toBe(false);
    const kept = tabA.keepThisGame();
    expect(kept.ok).toBe(true);
    expect(listSlots(storeB).slots.map((s) => s.save.path)).toEqual([[0]]);
  });

  it("merge a shared record through writeMerged: what another tab wrote survives, a tab's own removal is kept", () => {
    const codec: MergeCodec<string[]> = {
      parse: (raw) => JSON.parse(raw) as string[],
      serialise: (v) => JSON.stringify(v),
      merge: (stored, mine) => [...new Set([...mine, ...stored])].sort(),
    };
    const { storeA, storeB } = twoTabs();
    expect(readTracked(storeA, 'k', codec)).toBeNull();
    writeMerged(storeB, 'k', ['b'], codec);
    expect(writeMerged(storeA, 'k', ['a'], codec).value).toEqual(['a', 'b']);
    writeMerged(storeA, 'k', ['a'], codec);
    expect(readTracked(storeA, 'k', codec)).toEqual(['a']);
  });
});

describe('merging explored paths', () => {
  const p = (path: number[], ending: string | null, at: string): ExploredPath => ({
    path,
    texts: path.map(String),
    decisions: path.map(() => null),
    ending,
    updatedAt: at,
  });
  it('is a union that keeps every ending reached', () => {
    const a = [p([0, 0], 'x', '2026-01-01T00:00:00Z')];
    const b = [p([1], null, '2026-01-02T00:00:00Z'), p([0], null, '2026-01-03T00:00:00Z')];
    expect(mergeBranches(a, b).map((x) => x.path.join(','))).toEqual(['0,0', '1']);
  });
});

describe('stored values from a hostile or broken past', () => {
  it('clamps stored volumes to 0-100% and ignores numbers that are not finite', () => {
    const store = new MemoryStore();
    store.write('organiser:settings', '{"musicVolume":1e309,"effectsVolume":-5,"muted":false}');
    const settings = loadSettings(store);
    expect(settings.effectsVolume).toBe(0);
    expect(settings.musicVolume).toBeGreaterThanOrEqual(0);
    expect(settings.musicVolume).toBeLessThanOrEqual(1);
    store.write('organiser:settings', '{"musicVolume":null,"effectsVolume":7}');
    expect(loadSettings(store).effectsVolume).toBe(1);
  });
});

describe('a story past the limits of a share code', () => {
  const limits = () => {
    const json = compiled('tests/fixtures/ink/limits.ink');
    return { json, version: storyVersion(json) };
  };
  it('keeps rendering at an option a code cannot carry, and says why there is no code', () => {
    const core = new GameCore(limits(), { store: new MemoryStore() });
    core.start();
    core.choose(8);
    const view = core.view();
    expect(view.status).toBe('playing');
    expect(view.shareCode).toBe('');
    expect(view.shareProblem).toMatch(/code/);
  });

  it('keeps rendering past 250 choices', () => {
    const store: SaveStore = new MemoryStore();
    const core = new GameCore(limits(), { store });
    core.start();
    core.choose(0);
    for (let i = 0; i < 251; i++) core.choose(0);
    expect(core.view().path).toHaveLength(252);
    expect(core.view().shareProblem).toMatch(/250/);
  });
});
