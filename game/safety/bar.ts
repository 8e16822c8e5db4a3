// The safety bar: messages that must stay in view while they are true (nothing is being kept, another tab moved on,
// part of the game could not be loaded). Its own element between the masthead and the game, so that whatever draws
// the story panel never has to know about it.
import '../styles/safety.css';
import { h } from '../ui/dom.ts';

let bar: HTMLElement | null = null;

function container(): HTMLElement {
  if (bar?.isConnected) return bar;
  const el = h('div', { className: 'safety-bar', 'data-safety-bar': true });
  const main = document.querySelector('main');
  if (main) main.before(el);
  else document.body.prepend(el);
  // On a phone the page scrolls under the sticky masthead: stick just below it, whatever height it wraps to. The
  // observer reports the first height itself, in the next frame: reading it here would force a layout mid-click.
  const masthead = document.querySelector<HTMLElement>('.masthead');
  if (masthead) new ResizeObserver(() => el.style.setProperty('--safety-top', `${masthead.offsetHeight}px`)).observe(masthead);
  bar = el;
  return el;
}

/** Shows (or, with null, removes) the message named `id`; its element carries `data-<id>` for tests and styles. */
export function setMessage(id: string, content: readonly (Node | string)[] | null, role: 'status' | 'alert' = 'status'): HTMLElement | null {
  if (!content) {
    // Nothing to take away makes no bar: the first page's click does not build one.
    bar?.querySelector(`[data-${id}]`)?.remove();
    return null;
  }
  const root = container();
  const old = root.querySelector<HTMLElement>(`[data-${id}]`);
  const el = old ?? h('div', { className: 'safety-bar__message', role, [`data-${id}`]: true });
  el.replaceChildren(...content);
  if (!old) root.append(el);
  return el;
}
