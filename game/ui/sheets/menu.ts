import { h } from '../dom.ts';
import { openSheet } from './sheet.ts';

/** One entry of the game menu. */
export interface MenuItem {
  readonly label: string;
  readonly hint: string;
  readonly action: () => void;
  readonly when?: () => boolean;
  /** A `data-action` for the entry's button, where a contract names it. */
  readonly id?: string;
}

/** The game menu: a list of the game's views and actions, each a button with a line saying what it does. */
export function openMenu(items: readonly MenuItem[]): void {
  const sheet = openSheet('Menu', { id: 'menu' });
  sheet.body.append(
    h(
      'ul',
      { className: 'list-plain menu' },
      ...items
        .filter((item) => item.when?.() ?? true)
        .map((item) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'menu__item',
                'data-action': item.id,
                onclick: () => {
                  sheet.close();
                  item.action();
                },
              },
              h('strong', {}, item.label),
              h('span', { className: 'small' }, item.hint),
            ),
          ),
        ),
    ),
  );
  sheet.body.querySelector<HTMLButtonElement>('button')?.focus();
}
