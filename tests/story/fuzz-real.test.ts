import fc from 'fast-check';
import { describe, it } from 'vitest';
import { GameCore } from '../../src/game-core.ts';
import { MemoryStore } from '../../src/saves/store.ts';
import { corpus, expectNothingLost, hostileDoors, kept } from '../helpers/hostile.ts';
import { realStory } from '../helpers/stories.ts';

// The real story is slow to build (a half-megabyte of JSON) and to replay, so it gets few runs and one core per
// property; the fixture stories get many (tests/unit/fuzz.test.ts).
const RUNS = 15;

describe('fuzzing the real story', () => {
  const source = realStory();
  const maker = new GameCore(source);
  const history: number[] = [];
  maker.start();
  for (let i = 0; i < 8; i++) {
    const historical = maker.view().choices.find((c) => c.historical) ?? maker.view().choices[0];
    if (!historical) break;
    maker.choose(historical.index);
    history.push(historical.index);
  }
  const codes = [maker.view().shareCode, '#play=1njvsr6.AQHx_w'];
  const saves = [JSON.stringify(maker.save('eight choices'))];

  // One core for every run (building the story is the slow part): its storage is emptied and its game replayed.
  const data = new Map<string, string>();
  const store = new MemoryStore(true, data);
  const game = new GameCore(source, { store });
  function eightIn(): { store: MemoryStore; game: GameCore } {
    data.clear();
    game.replay(history);
    return { store, game };
  }

  it.each(hostileDoors(source.version, codes, saves))('never loses the autosave to $what', (door) => {
    fc.assert(
      fc.property(door.input, (input) => {
        const { store, game } = eightIn();
        const before = kept(store, game);
        expectNothingLost(store, game, before, door.open(game, input));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(corpus('codes'))('keeps the autosave through the hostile code: $note', ({ input }) => {
    const { store, game } = eightIn();
    const before = kept(store, game);
    expectNothingLost(store, game, before, game.openCode(input));
  });
});
