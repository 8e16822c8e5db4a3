// The safety bar: messages that must stay in view while they are true (nothing is being kept, another tab moved on,
// part of the game could not be loaded). Its own element between the masthead and the game, so that whatever draws
// the story panel never has to know about it.
import '../styles/safety.css';
import { h } from '../ui/dom.ts';

let bar: HTMLElement | null = null;

function container(): HTMLElement {
  if (bar?.isConnected) return bar;
  bar = h('div', { className: 'safety-bar', 'data-safety-bar': true });
  const main = document.querySelector('main');
  if (main) main.before(bar);
  else document.body.prepend(bar);
  return bar;
}

/** Shows (or, with null, removes) the message named `id`; its element carries `data-<id>` for tests and styles. */
export function setMessage(id: string, content: readonly (Node | string)[] | null, role: 'status' | 'alert' = 'status'): HTMLElement | null {
  const root = container();
  const old = root.querySelector<HTMLElement>(`[data-${id}]`);
  if (!content) {
    old?.remove();
    return null;
  }
  const el = old ?? h('div', { className: 'safety-bar__message', role, [`data-${id}`]: true });
  el.replaceChildren(...content);
  if (!old) root.append(el);
  return el;
}
