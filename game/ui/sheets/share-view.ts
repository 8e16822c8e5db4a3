import type { GameCore } from '../../../src/game-core.ts';
import { h } from '../dom.ts';
import { openSheet } from './sheet.ts';

/** The link that opens the game at the current point of a path. */
export function shareLink(code: string): string {
  return `${location.origin}${location.pathname}#play=${code}`;
}

async function copy(text: string, field: HTMLInputElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    field.select();
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}

/** Share: the link to this exact point of the game, and the plain code to write on a board or paste in a chat. */
export function openShare(core: GameCore): void {
  const sheet = openSheet('Share this path', { id: 'share' });
  const view = core.view();
  if (view.shareProblem) {
    sheet.body.append(h('p', { className: 'message message--error' }, view.shareProblem));
    return;
  }
  const link = shareLink(view.shareCode);
  const status = h('p', { role: 'status', className: 'small' });
  const linkField = h('input', { type: 'text', readonly: true, value: link, id: 'share-link' });
  const codeField = h('input', { type: 'text', readonly: true, value: view.shareCode, id: 'share-code', className: 'code-field' });
  sheet.body.append(
    h(
      'p',
      {},
      `Anyone who opens this link lands at this point of the story, with the same ${view.path.length} choices made and the same city. The address bar always holds it, so you can also copy it from there.`,
    ),
    h('div', { className: 'field' }, h('label', { for: 'share-link' }, 'Link'), linkField),
    h(
      'div',
      { className: 'row' },
      h('button', { type: 'button', className: 'button button--primary', onclick: () => copy(link, linkField, status) }, 'Copy link'),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'share-code' }, 'Code (type it in “Open a code” on the title screen)'),
      codeField,
      h('p', { className: 'small' }, 'Letters and digits only, never I, L, O or U: case and dashes do not matter when it is typed.'),
    ),
    h('div', { className: 'row' }, h('button', { type: 'button', className: 'button', onclick: () => copy(view.shareCode, codeField, status) }, 'Copy code')),
    status,
  );
}

/** Asks for a code or link and opens it; bad input gets a clear message and changes nothing. `onOpen` may wait (for the rest of the story). */
export function openCodeDialog(onOpen: (code: string) => string | null | Promise<string | null>): void {
  const sheet = openSheet('Open a code', { id: 'open-code' });
  const field = h('input', {
    type: 'text',
    id: 'code-input',
    className: 'code-field',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-describedby': 'code-input-hint',
  });
  const message = h('p', { className: 'message message--error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', className: 'button button--primary' }, 'Open');
  const form = h(
    'form',
    {
      onsubmit: async (event: Event) => {
        event.preventDefault();
        if (submit.disabled) return;
        submit.disabled = true;
        submit.textContent = 'Opening…';
        const error = await onOpen(field.value);
        submit.disabled = false;
        submit.textContent = 'Open';
        if (error) {
          message.textContent = error;
          message.hidden = false;
        } else sheet.close();
      },
    },
    h('p', {}, 'Paste a link someone shared, or type the code from the board.'),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'code-input' }, 'Link or code'),
      field,
      h('p', { className: 'small', id: 'code-input-hint' }, 'Type it as it is written, in capitals or not; the dashes can be left out.'),
    ),
    message,
    submit,
  );
  sheet.body.append(form);
  field.focus();
}
