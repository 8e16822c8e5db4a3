import type { Cite } from '../../../src/story/transcript.ts';
import { h } from '../dom.ts';

/** The footnotes, fetched when the dialog first opens: the first page does not carry them. */
let filled: Promise<void> | null = null;

function fillSources(list: HTMLElement): Promise<void> {
  filled ??= import('../../../assets/footnotes.json').then(({ default: footnotes }) =>
    list.replaceChildren(
      ...footnotes.footnotes.map((f) =>
        h('li', { id: `source-${f.n}`, value: f.n, tabindex: -1 }, f.source, 'note' in f && f.note ? h('span', { className: 'small' }, ` ${f.note}`) : null),
      ),
    ),
  );
  return filled;
}

/** Opens the sources dialog at a footnote (or at the top for the essay's own text), filling it with the footnotes first. */
export async function openSource(dialog: HTMLDialogElement, cite: Cite | null): Promise<void> {
  const list = dialog.querySelector<HTMLElement>('.sources');
  if (list) await fillSources(list);
  if (!dialog.open) dialog.showModal();
  for (const el of dialog.querySelectorAll('.sources li')) el.classList.remove('is-target');
  if (typeof cite === 'number') {
    const item = dialog.querySelector<HTMLElement>(`#source-${cite}`);
    item?.classList.add('is-target');
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  }
}
