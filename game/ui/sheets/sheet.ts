import { h } from '../dom.ts';

/** A side sheet: a modal dialog with a title and a close button, for the game's menus and views. */
export interface Sheet {
  readonly body: HTMLElement;
  close(): void;
}

let watcher: ((id: string | null) => void) | null = null;

/** Tells `listener` which sheet is open (its id) whenever one opens or closes, so the UI state knows. */
export function watchSheets(listener: (id: string | null) => void): void {
  watcher = listener;
}

/** Opens a sheet with a heading; `wide` gives it most of the screen (for maps and charts). Focus moves into it and returns on close. */
export function openSheet(title: string, options: { wide?: boolean; id?: string } = {}): Sheet {
  const back = document.activeElement as HTMLElement | null;
  const headingId = `sheet-${Math.random().toString(36).slice(2)}`;
  const body = h('div', { className: 'sheet__body' });
  const closeButton = h('button', { type: 'button', className: 'tool sheet__close' }, 'Close');
  const dialog = h(
    'dialog',
    { className: options.wide ? 'sheet sheet--wide' : 'sheet', 'aria-labelledby': headingId, ...(options.id ? { 'data-sheet': options.id } : {}) },
    h('header', { className: 'sheet__head' }, h('h2', { id: headingId }, title), closeButton),
    body,
  );
  document.body.append(dialog);
  const close = () => dialog.close();
  closeButton.addEventListener('click', close);
  dialog.addEventListener('close', () => {
    dialog.remove();
    watcher?.(null);
    back?.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  dialog.showModal();
  watcher?.(options.id ?? title);
  return { body, close };
}
