import { h } from '../dom.ts';

/** A side sheet: a modal dialog with a title and a close button, for the game's menus and views. */
export interface Sheet {
  readonly body: HTMLElement;
  close(): void;
}

let watcher: ((id: string | null) => void) | null = null;

/** Tells `listener` which sheet is on top (its id, or null for none) whenever one opens or closes, so the UI state knows. */
export function watchSheets(listener: (id: string | null) => void): void {
  watcher = listener;
}

function onScreen(id: string): HTMLDialogElement | null {
  return document.querySelector<HTMLDialogElement>(`dialog.sheet[data-sheet="${CSS.escape(id)}"]`);
}

function topSheet(): string | null {
  return [...document.querySelectorAll<HTMLElement>('dialog.sheet')].at(-1)?.dataset.sheet ?? null;
}

/**
 * Draws the sheet the UI state names: opens it with `open` when it is not on screen, or closes the one it named
 * before when it names none. A sheet that fails to load hands the state back to the sheet on top, so it can be asked for again.
 */
export function showSheet(sheet: string | null, before: string | null, open: (id: string) => unknown): void {
  if (sheet === before) return;
  if (sheet === null) onScreen(before ?? '')?.close();
  else if (!onScreen(sheet))
    void Promise.resolve(open(sheet)).catch((error: unknown) => {
      watcher?.(topSheet());
      throw error;
    });
}

/** Opens a sheet with a heading; `wide` gives it most of the screen (for maps and charts). Focus moves into it and returns on close. */
export function openSheet(title: string, options: { wide?: boolean; id?: string } = {}): Sheet {
  const back = document.activeElement as HTMLElement | null;
  const headingId = `sheet-${Math.random().toString(36).slice(2)}`;
  const body = h('div', { className: 'sheet__body' });
  const closeButton = h('button', { type: 'button', className: 'tool sheet__close' }, 'Close');
  const dialog = h(
    'dialog',
    { className: options.wide ? 'sheet sheet--wide' : 'sheet', 'aria-labelledby': headingId, 'data-sheet': options.id ?? title },
    h('header', { className: 'sheet__head' }, h('h2', { id: headingId }, title), closeButton),
    body,
  );
  document.body.append(dialog);
  const close = () => dialog.close();
  closeButton.addEventListener('click', close);
  dialog.addEventListener('close', () => {
    dialog.remove();
    watcher?.(topSheet());
    back?.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  dialog.showModal();
  watcher?.(dialog.dataset.sheet ?? null);
  return { body, close };
}
