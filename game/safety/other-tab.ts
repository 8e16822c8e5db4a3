import type { GameCore } from '../../src/game-core.ts';
import { AUTOSAVE_KEY } from '../../src/saves/store.ts';
import { h } from '../ui/dom.ts';
import { setMessage } from './bar.ts';

/**
 * The autosave is last-writer-wins between tabs: when another tab saves over it, this tab says so and offers to
 * keep its own game as a save before its next choice saves over the other's.
 */
export function watchOtherTabs(core: GameCore): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== AUTOSAVE_KEY && event.key !== null) return;
    if (!core.otherTabMoved()) return;
    const keep = h('button', { type: 'button', className: 'button', 'data-action': 'keep-this-game' }, 'Keep this tab’s game as a save');
    const dismiss = h('button', { type: 'button', className: 'tool', 'data-action': 'dismiss-other-tab' }, 'Dismiss');
    keep.addEventListener('click', () => {
      const r = core.keepThisGame();
      setMessage('other-tab', [r.ok ? `This tab’s game is kept in Saves.${r.note ? ` ${r.note}` : ''}` : r.message, dismiss]);
    });
    dismiss.addEventListener('click', () => setMessage('other-tab', null));
    setMessage('other-tab', ['Another tab has moved this game on. Your next choice here will save over it there. ', keep, ' ', dismiss]);
  });
}
