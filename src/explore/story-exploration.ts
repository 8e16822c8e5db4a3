import { ACT_INFO } from '../story/acts.ts';
import { storyVersion } from '../story/story-version.ts';
import { ACTS } from '../story/tags.ts';
import { type ExploreSummary, explore } from './explorer.ts';

/** The explorer's settings for this game's story: how many walks, how they lean, and every act walked on its own. */
export const STORY_EXPLORATION = {
  walks: 600,
  seed: 1917,
  bias: 0.5,
  actStates: 20_000,
  acts: ACTS.map((act) => ({ act, start: ACT_INFO[act].start })),
} as const;

/** The explorer's findings, stamped with the story version they were computed for (assets/strategies.json). */
export type StoryStrategies = ExploreSummary & { readonly version: string; readonly seconds: number };

/** Explores this game's story with its settings (overridable, e.g. fewer walks for a quick look). */
export function exploreStory(json: string, overrides: { walks?: number; seed?: number; bias?: number } = {}): StoryStrategies {
  const started = Date.now();
  const summary = explore(json, { ...STORY_EXPLORATION, ...overrides });
  return { ...summary, version: storyVersion(json), seconds: Math.round((Date.now() - started) / 100) / 10 };
}
