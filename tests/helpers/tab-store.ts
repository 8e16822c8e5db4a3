import { GameCore } from '../../src/game-core.ts';
import { MemoryStore } from '../../src/saves/store.ts';
import { miniStory } from './stories.ts';

/** Two tabs of one browser, each playing the mini story: two stores over one storage. */
export function twoTabs(): { storeA: MemoryStore; storeB: MemoryStore; tabA: GameCore; tabB: GameCore } {
  const data = new Map<string, string>();
  const storeA = new MemoryStore(true, data);
  const storeB = new MemoryStore(true, data);
  return { storeA, storeB, tabA: new GameCore(miniStory(), { store: storeA }), tabB: new GameCore(miniStory(), { store: storeB }) };
}
