import footnotes from '../../../assets/footnotes.json' with { type: 'json' };
import type { Cite } from '../../../src/story/transcript.ts';
import { h } from '../dom.ts';

/** Fills the sources dialog with the essay's footnotes, once. */
export function fillSources(list: HTMLElement): void {
  list.replaceChildren(
    ...footnotes.footnotes.map((f) =>
      h('li', { id: `source-${f.n}`, value: f.n, tabindex: -1 }, f.source, 'note' in f && f.note ? h('span', { className: 'small' }, ` ${f.note}`) : null),
    ),
  );
}

/** Opens the sources dialog at a footnote (or at the top for the essay's own text). */
export function openSource(dialog: HTMLDialogElement, cite: Cite | null): void {
  if (!dialog.open) dialog.showModal();
  for (const el of dialog.querySelectorAll('.sources li')) el.classList.remove('is-target');
  if (typeof cite === 'number') {
    const item = dialog.querySelector<HTMLElement>(`#source-${cite}`);
    item?.classList.add('is-target');
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  }
}
