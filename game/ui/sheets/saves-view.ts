import type { GameCore } from '../../../src/game-core.ts';
import { readSave } from '../../../src/saves/envelope.ts';
import { deleteSlot, exportFileName, listSlots, saveSlot, TAB_ONLY_NOTE } from '../../../src/saves/slots.ts';
import type { SaveStore } from '../../../src/saves/store.ts';
import { formatDate } from '../../../src/world/dates.ts';
import { h } from '../dom.ts';
import { download } from '../files.ts';
import { openSheet } from './sheet.ts';

/** Saves: named slots besides the autosave, and export/import of a save as a file (school to home and back). */
export function openSaves(core: GameCore, store: SaveStore, onLoaded: () => void): void {
  const sheet = openSheet('Saves', { id: 'saves' });
  const message = h('p', { className: 'message', role: 'status', hidden: true });
  const say = (text: string | null, error = false) => {
    message.hidden = !text;
    message.textContent = text ?? '';
    message.className = error ? 'message message--error' : 'message';
  };
  const list = h('ul', { className: 'list-plain', id: 'slot-list' });
  const renderList = () => {
    const { slots, message: problem } = listSlots(store);
    if (problem) say(problem, true);
    list.replaceChildren(
      ...(slots.length === 0
        ? [h('li', { className: 'small' }, 'No named saves yet.')]
        : slots.map((slot) =>
            h(
              'li',
              { className: 'slot' },
              h('strong', {}, slot.save.label ?? 'Save'),
              h(
                'span',
                { className: 'small' },
                ` ${slot.save.path.length} choices · saved ${formatDate(slot.save.savedAt.slice(0, 10))} ${slot.save.savedAt.slice(11, 16)}`,
              ),
              h(
                'div',
                { className: 'row' },
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'button',
                    onclick: () => {
                      const outcome = core.load(slot.save);
                      if (!outcome.opened) return say(outcome.message, true);
                      sheet.close();
                      onLoaded();
                    },
                  },
                  'Load',
                ),
                h(
                  'button',
                  { type: 'button', className: 'button', onclick: () => download(exportFileName(slot.save), JSON.stringify(slot.save, null, 1)) },
                  'Export',
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'button',
                    onclick: () => {
                      const r = deleteSlot(store, slot.id);
                      if (!r.ok) say(r.message, true);
                      renderList();
                    },
                  },
                  'Delete',
                ),
              ),
            ),
          )),
    );
  };
  const name = h('input', { type: 'text', id: 'slot-name', maxlength: 80, placeholder: 'e.g. Before the July Days' });
  const playing = core.view().status !== 'idle';
  const fileInput = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => null);
    if (text === null) return say('That file could not be read.', true);
    const read = readSave(text);
    if (!read.ok) return say(`That file could not be loaded: ${read.error.message}`, true);
    const outcome = core.load(read.save);
    if (!outcome.opened) return say(`That file could not be loaded: ${outcome.message ?? ''}`, true);
    sheet.close();
    onLoaded();
  });
  const saveForm = playing
    ? [
        h(
          'form',
          {
            onsubmit: (event: Event) => {
              event.preventDefault();
              const r = saveSlot(store, core.save(name.value));
              if (r.ok) {
                say(`Saved as “${name.value.trim()}”.${r.note ? ` ${r.note}` : ''}`);
                name.value = '';
              } else say(r.message, true);
              renderList();
            },
          },
          h('h3', {}, 'Save this game'),
          h('div', { className: 'field' }, h('label', { for: 'slot-name' }, 'Name'), name),
          h(
            'div',
            { className: 'row' },
            h('button', { type: 'submit', className: 'button button--primary' }, 'Save'),
            h(
              'button',
              {
                type: 'button',
                className: 'button',
                onclick: () => download(exportFileName(core.save(name.value || undefined)), JSON.stringify(core.save(name.value || undefined), null, 1)),
              },
              'Export to a file',
            ),
          ),
        ),
      ]
    : [];
  sheet.body.append(
    store.lasting === false ? h('p', { className: 'message message--error', 'data-tab-only': true }, TAB_ONLY_NOTE) : '',
    message,
    ...saveForm,
    h('h3', {}, 'Named saves'),
    list,
    h('h3', {}, 'Import a save file'),
    h('div', { className: 'field' }, h('label', { for: 'import-file' }, 'A save exported from this game (.json)'), fileInput),
  );
  renderList();
}
