import type { StoryContext } from '../world/world-view.ts';
import type { StoryChoice, StoryLine, StoryRunner } from './runner.ts';
import { buildPassage, type PassageBody } from './transcript.ts';

/** What one step of the story gave: the lines as ink printed them, the passage as the player reads it, the options now on offer. */
export interface StoryStep {
  readonly lines: readonly StoryLine[];
  readonly body: PassageBody;
  readonly choices: readonly StoryChoice[];
}

/** The story context before the first line. */
export const START_CONTEXT: StoryContext = { date: null, act: null, place: null, view: null };

/**
 * The one way the game reads the story: takes option `index` (null at the start or after a jump), runs ink to the
 * next choice point and reads what it printed as the player sees it. The play session, the walker, the story tests
 * and the writers' checker all step through here, so the checks see what players play.
 */
export function storyStep(runner: StoryRunner, index: number | null, before: StoryContext): StoryStep {
  if (index !== null) runner.choose(index);
  const lines = runner.continue();
  return { lines, body: buildPassage(lines, before), choices: runner.choices() };
}

/** Words in a line as a reader counts them: runs of text holding a letter or digit. */
export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[A-Za-z0-9]/.test(w)) n++;
  return n;
}
