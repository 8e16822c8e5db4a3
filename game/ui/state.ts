import type { GameView } from '../../src/game-core.ts';

/** How the story panel is played: one player, a class voting by hands at each decision, or a class also voting from their own devices (live). */
export type Mode = 'solo' | 'classroom' | 'live';

/** Whether a mode is a class's (the projector layout, a vote at each decision, the lesson's record). */
export function inClass(mode: Mode): boolean {
  return mode !== 'solo';
}

/** The whole front end's state: what the core computed plus what only the screen knows. Everything is drawn from it. */
export interface UiState {
  /** The core's view; its `change` says whether the newest passage was just played (step) or the game was redrawn. */
  readonly view: GameView;
  readonly screen: 'title' | 'play';
  readonly mode: Mode;
  /** The end of an act is on screen and the next act waits for the player to turn the page. */
  readonly pageTurnPending: boolean;
  /** The sheet open over the game (a key of the sheet registry), if any. */
  readonly sheet: string | null;
  /** Dates in the New Style calendar. */
  readonly newStyle: boolean;
}

/** Holds the UI state; every change goes through `set`, and every listener redraws from the whole state. */
export class UiStore {
  private current: UiState;
  private readonly listeners = new Set<(state: UiState, before: UiState) => void>();

  constructor(initial: UiState) {
    this.current = initial;
  }

  /** The state now. */
  get state(): UiState {
    return this.current;
  }

  /** Changes part of the state and redraws. */
  set(patch: Partial<UiState>): void {
    const before = this.current;
    this.current = { ...before, ...patch };
    for (const listener of this.listeners) listener(this.current, before);
  }

  /** Calls `listener` after every change with the new and the previous state. */
  subscribe(listener: (state: UiState, before: UiState) => void): void {
    this.listeners.add(listener);
  }
}
