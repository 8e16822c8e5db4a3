import type { GameView } from '../../src/game-core.ts';
import { setMessage } from './bar.ts';

/** Keeps the "nothing is being kept" warning in view for as long as the core says so, from the first passage on. */
export function showStorageWarning(view: GameView): void {
  const text = view.status === 'idle' ? null : view.storageWarning;
  setMessage('storage-warning', text ? [text] : null);
}

/** Says, until the next write succeeds, that the class's record could not be kept (the lesson goes on in memory). */
export function reportClassRecord(stored: boolean): void {
  setMessage(
    'class-record',
    stored
      ? null
      : ['The class’s votes could not be kept in this browser (its storage is full or blocked). Export them from the class debrief before closing the tab.'],
  );
}
