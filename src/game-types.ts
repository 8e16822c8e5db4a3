// The shapes the core hands the front end: its view, the outcome of a load, its ports.
import type { SaveStore } from './saves/store.ts';
import type { ChoiceView, Passage, TimelineEntry } from './story/session.ts';
import type { WorldView } from './world/world-view.ts';

/**
 * What the last action did to the game, so the front end knows whether to append (step), redraw (start, jump, load)
 * or leave the story as it stands and show only the notice (notice: a choice waiting for the rest of the story).
 */
export type ViewChange = 'start' | 'step' | 'jump' | 'load' | 'notice';

/** The compiled story and its version fingerprint. */
export interface StorySource {
  readonly json: string;
  readonly version: string;
  /** The json is the story's first part only (src/story/partial.ts); the whole story comes by upgradeStory(). */
  readonly partial?: boolean;
}

/** Side effects the core needs, passed in (design.md section 2). */
export interface GamePorts {
  readonly store?: SaveStore;
  readonly now?: () => Date;
  /**
   * Runs the keeping of a move (the autosave, the explored paths, the rewind snapshot) later, once the new view has
   * been drawn: the browser passes an idle callback, so a click paints first. Without it, they are kept at once.
   */
  readonly defer?: (work: () => void) => void;
}

/** Something the player should be told once that is not part of the story (a save partly restored, an earlier game kept). */
export interface Notice {
  /** `waiting`: a choice waits for the rest of the story to download; `failed`: it could not be downloaded. */
  readonly kind: 'restored' | 'kept' | 'waiting' | 'failed';
  readonly message: string;
}

/** Everything the front end renders, computed by the core. */
export interface GameView {
  readonly status: 'idle' | 'playing' | 'ended';
  /** What the action that produced this view did. */
  readonly change: ViewChange;
  readonly storyVersion: string;
  readonly passages: readonly Passage[];
  readonly choices: readonly ChoiceView[];
  readonly decision: string | null;
  readonly ending: string | null;
  readonly world: WorldView;
  readonly path: readonly number[];
  /** The decisions taken so far, in order. */
  readonly timeline: readonly TimelineEntry[];
  /** The current path as a share code (for `#play=CODE`); empty when the path is past what a code can carry. */
  readonly shareCode: string;
  /** Why there is no share code, when there is none. */
  readonly shareProblem: string | null;
  readonly notice: Notice | null;
  /** Why the game is not being kept, for as long as that is so (storage blocked, lasting only for the tab, or full); null when it is. */
  readonly storageWarning: string | null;
}

/** The outcome of loading a save, opening a code or replaying a path. */
export interface LoadOutcome {
  /** Whether every choice was replayed. */
  readonly ok: boolean;
  /** Whether the game now shows the loaded path (false: none of it fits, and nothing changed, not even the autosave). */
  readonly opened: boolean;
  /** How many of the saved choices were replayed. */
  readonly restored: number;
  readonly message: string | null;
  /** The label of the save that now holds the autosave this replaced, when one was kept. */
  readonly kept: string | null;
}

/** A load that changed nothing, with the reason. */
export function refused(message: string): LoadOutcome {
  return { ok: false, opened: false, restored: 0, message, kept: null };
}
