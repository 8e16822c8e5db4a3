import { h } from '../ui/dom.ts';

/** Asks before something that cannot be undone; resolves true only when the player confirms. */
export function askFirst(heading: string, text: string, confirm: string, cancel: string): Promise<boolean> {
  const dialog = h(
    'dialog',
    { className: 'dialog', 'aria-labelledby': 'ask-first-heading', 'data-ask-first': true },
    h('h2', { id: 'ask-first-heading' }, heading),
    h('p', {}, text),
    h(
      'form',
      { method: 'dialog', className: 'dialog__actions' },
      h('button', { type: 'submit', className: 'button', value: 'cancel' }, cancel),
      h('button', { type: 'submit', className: 'button button--primary', value: 'ok' }, confirm),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        resolve(dialog.returnValue === 'ok');
        dialog.remove();
      },
      { once: true },
    );
    dialog.showModal();
  });
}

/** In classroom mode, a new game starts a new lesson record: ask first when the class has votes to lose. */
export function confirmNewLesson(votes: number): Promise<boolean> {
  if (votes === 0) return Promise.resolve(true);
  return askFirst(
    'Start a new lesson?',
    `A new game starts a new lesson: the class’s ${votes} vote${votes === 1 ? '' : 's'} so far will be cleared. To keep them, export them from the class debrief first.`,
    'Start a new lesson',
    'Keep this lesson',
  );
}
