// The live vote's hooks for the story panel's choices, in the first-paint bundle: a few lines that load game/live/
// only when a teacher presses Live vote or a live room is remembered from before a reload.
import type { LiveHooks } from '../ui/panels/choices.ts';

const ROOM_KEY = 'organiser:live-room';

/** Whether this browser runs a live-vote room (checked without loading the live-vote code). */
export function liveRemembered(): boolean {
  try {
    return localStorage.getItem(ROOM_KEY) !== null;
  } catch {
    return false;
  }
}

/** Hooks that attach vote panels to the live room; `onLive(on)` switches the mode when live voting starts or ends. */
export function liveHooks(
  step: () => { path: readonly number[]; choices: readonly { index: number; text: string }[] },
  onLive: (on: boolean) => void,
): LiveHooks {
  return {
    attach: (panel, decision, ask) =>
      void import('./projector.ts').then((live) => {
        const view = step();
        return live.connectPanel(panel, live.roundOf(view.path.length, decision, view.choices), ask, onLive);
      }),
  };
}
