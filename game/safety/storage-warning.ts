import type { GameView } from '../../src/game-core.ts';
import { setMessage } from './bar.ts';

/** Keeps the "nothing is being kept" warning in view for as long as the core says so, from the first passage on. */
export function showStorageWarning(view: GameView): void {
  const text = view.status === 'idle' ? null : view.storageWarning;
  setMessage('storage-warning', text ? [text] : null);
}
