import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../../game/ui/data/settings.ts';
import { loadLesson } from '../../src/classroom/lesson-store.ts';
import { GameCore } from '../../src/game-core.ts';
import { readSave } from '../../src/saves/envelope.ts';
import { listSlots } from '../../src/saves/slots.ts';
import { AUTOSAVE_KEY, MemoryStore } from '../../src/saves/store.ts';
import { decodePath } from '../../src/share/path-code.ts';
import { storyVersion } from '../../src/story/story-version.ts';
import { corpus, expectNothingLost, hostileDoors, kept, saveInput } from '../helpers/hostile.ts';
import { compiled, miniStory } from '../helpers/stories.ts';

// Property tests on the small fixture stories (the real story gets fewer runs in tests/story/fuzz-real.test.ts).
const RUNS = 80;
// Each run of the stored-values property builds a new core (it reads storage when it is made), so fewer.
const STORED_RUNS = 40;
// A property replays hundreds of short games: more than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function fixture(path: string) {
  const json = compiled(path);
  return { json, version: storyVersion(json) };
}

/** A game in progress on a fresh store, and a few real codes and saves of the story to mangle. */
function setUp(source: { json: string; version: string }, paths: number[][]) {
  const maker = new GameCore(source);
  const codes: string[] = [];
  const saves: string[] = [];
  for (const path of paths) {
    maker.replay(path);
    codes.push(maker.view().shareCode);
    saves.push(JSON.stringify(maker.save('a save')));
  }
  // One core for every run (building a story is the slow part): its storage is emptied and its game replayed.
  const data = new Map<string, string>();
  const store = new MemoryStore(true, data);
  const core = new GameCore(source, { store });
  const fresh = (autosavePath: number[]) => {
    data.clear();
    core.replay(autosavePath);
    return { store, core };
  };
  return { codes, saves, fresh };
}

describe.each([
  ['the mini story', () => miniStory(), [[0], [0, 0], [1, 1], [2, 0, 0]]],
  ['the limits story', () => fixture('tests/fixtures/ink/limits.ink'), [[0], [3, 0, 0], [7, 1]]],
])('fuzzing %s', (_name, source, paths) => {
  const s = source();
  const { codes, saves, fresh } = setUp(s, paths);

  it.each(hostileDoors(s.version, codes, saves))('never throws on $what, changes nothing unless it opens, and leaves New game working', (door) => {
    fc.assert(
      fc.property(door.input, fc.constantFrom(...paths), (input, autosavePath) => {
        const { store, core } = fresh(autosavePath);
        const before = kept(store, core);
        expectNothingLost(store, core, before, door.open(core, input));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives any stored text under any of its keys', () => {
    const keys = ['organiser:autosave', 'organiser:branches', 'organiser:slots', 'organiser:settings', 'organiser:classroom'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.oneof(fc.json(), fc.string({ maxLength: 60 }), saveInput(s.version, saves)), (key, text) => {
        const store = new MemoryStore();
        store.write(key, text);
        const core = new GameCore(s, { store });
        core.autosaveStatus();
        const before = kept(store, core);
        expectNothingLost(store, core, before, core.continueAutosave());
        core.choose(core.view().choices[0]?.index ?? 0);
        listSlots(store);
        loadLesson(store);
        const settings = loadSettings(store);
        for (const v of [settings.musicVolume, settings.effectsVolume]) expect(v >= 0 && v <= 1).toBe(true);
      }),
      { numRuns: STORED_RUNS },
    );
  });
});

describe('the codec and the save reader on any text', () => {
  it('decode any text without throwing, and only to options a code can carry', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const r = decodePath(text);
        if (r.ok) for (const step of r.code.steps) expect(step.index).toBeLessThanOrEqual(7);
      }),
      { numRuns: 1000 },
    );
  });

  it('read any text as a save or say why not, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const r = readSave(text);
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the hostile corpus (tests/fixtures/hostile)', () => {
  const s = miniStory();
  const { fresh } = setUp(s, [[0, 0]]);
  it.each(corpus('codes'))('opens or refuses the code: $note', ({ input }) => {
    const { store, core } = fresh([0, 0]);
    const before = kept(store, core);
    expectNothingLost(store, core, before, core.openCode(input));
  });
  it.each(corpus('saves'))('loads or refuses the save: $note', ({ input }) => {
    const { store, core } = fresh([0, 0]);
    const before = kept(store, core);
    expectNothingLost(store, core, before, core.loadText(input));
  });
  it.each(corpus('stored'))('survives the stored value: $note', ({ key, input }) => {
    const store = new MemoryStore();
    store.write(key ?? AUTOSAVE_KEY, input);
    const core = new GameCore(s, { store });
    const before = kept(store, core);
    expectNothingLost(store, core, before, core.continueAutosave());
    const settings = loadSettings(store);
    for (const v of [settings.musicVolume, settings.effectsVolume]) expect(Number.isFinite(v) && v >= 0 && v <= 1).toBe(true);
  });
});
