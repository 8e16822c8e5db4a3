import { h } from '../ui/dom.ts';
import { setMessage } from './bar.ts';

// How browsers word a module that could not be fetched (Chromium, Firefox, Safari) and Vite's preload of its CSS.
const IMPORT_FAILED = /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically imported/i;

/**
 * Every part loaded on demand (saves, timeline, charts, the guide, the map) comes by a dynamic import; when the
 * server has gone (the classroom's connection dropped before the offline copy took over), say so plainly, once.
 */
export function watchLazyLoads(): void {
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    const message = reason instanceof Error ? reason.message : String(reason);
    if (!IMPORT_FAILED.test(message)) return;
    event.preventDefault();
    const reload = h('button', { type: 'button', className: 'button', onclick: () => location.reload() }, 'Reload');
    setMessage(
      'load-failure',
      [
        'This part of the game could not be loaded: the connection to the game’s server seems to be down. Your game is saved. Reload when you are back online. ',
        reload,
      ],
      'alert',
    );
  });
}
