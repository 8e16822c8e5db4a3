import type { SaveStore } from '../saves/store.ts';
import { type LessonRecord, readLesson } from './lesson-record.ts';

/** The key of the current lesson's record in the browser's storage. */
export const LESSON_KEY = 'organiser:lesson';

/** The current lesson's record, or null if there is none, or the reason it could not be read (the stored text is left as it is). */
export function loadLesson(store: SaveStore): { readonly lesson: LessonRecord | null; readonly problem: string | null } {
  let text: string | null;
  try {
    text = store.read(LESSON_KEY);
  } catch {
    return { lesson: null, problem: 'This browser does not let the game read its lesson record (storage is switched off or blocked).' };
  }
  if (text === null) return { lesson: null, problem: null };
  const read = readLesson(text);
  return read.ok ? { lesson: read.lesson, problem: null } : { lesson: null, problem: `The last lesson could not be read. ${read.error.message}` };
}

/** Keeps the lesson's record; returns false when storage refused (the lesson goes on in memory). */
export function storeLesson(store: SaveStore, record: LessonRecord): boolean {
  try {
    store.write(LESSON_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
