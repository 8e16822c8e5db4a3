// Moving a lesson between computers (export to a file, import from one) and asking before anything discards it.
import { exportLesson, hasUnsavedWork, type LessonRecord, readLesson } from '../../../src/classroom/lesson-record.ts';
import { h } from '../dom.ts';
import { download } from '../files.ts';

/** Downloads the lesson as a file and returns the record marked as exported. */
export function downloadLesson(record: LessonRecord): LessonRecord {
  const { record: marked, text } = exportLesson(record);
  const day = record.updatedAt.slice(0, 10);
  download(`organiser-lesson-${day}.json`, text, 'application/json');
  return marked;
}

/** Asks for a lesson file and reads it; resolves to the lesson, an error message, or null if the teacher cancelled. */
export function pickLessonFile(): Promise<{ readonly lesson: LessonRecord } | { readonly error: string } | null> {
  return new Promise((resolve) => {
    const input = h('input', { type: 'file', accept: '.json,application/json', hidden: true, 'data-lesson-file': '' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > 2_000_000) return resolve({ error: 'This file is far too large to be a lesson.' });
      const read = readLesson(await file.text());
      resolve(read.ok ? { lesson: read.lesson } : { error: read.error.message });
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** What the teacher decided about a lesson that something is about to discard. */
export type DiscardAnswer = 'export' | 'discard' | 'keep';

/**
 * Asks before discarding a lesson that has votes or moves not yet exported: export it first, discard it, or keep it
 * (cancel). Resolves to 'discard' at once when there is nothing to lose.
 */
export function confirmDiscard(record: LessonRecord | null, what: string): Promise<DiscardAnswer> {
  if (!record || !hasUnsavedWork(record)) return Promise.resolve('discard');
  return new Promise((resolve) => {
    const dialog = h('dialog', { className: 'sheet confirm-lesson', 'aria-labelledby': 'confirm-lesson-title', 'data-confirm-lesson': '' });
    const answer = (value: DiscardAnswer) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const votes = record.votes.length;
    dialog.append(
      h('h2', { id: 'confirm-lesson-title' }, 'Keep this lesson?'),
      h(
        'p',
        {},
        `${what} would discard the class’s lesson record (${votes} vote${votes === 1 ? '' : 's'}, ${record.path.length} choices), which has not been exported since it last changed.`,
      ),
      h(
        'p',
        { className: 'row' },
        h(
          'button',
          { type: 'button', className: 'button button--primary', 'data-action': 'export-lesson-first', onclick: () => answer('export') },
          'Export it, then go on',
        ),
        h('button', { type: 'button', className: 'button', 'data-action': 'discard-lesson', onclick: () => answer('discard') }, 'Discard it'),
        h('button', { type: 'button', className: 'button', 'data-action': 'keep-lesson', onclick: () => answer('keep') }, 'Keep it (cancel)'),
      ),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      answer('keep');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
