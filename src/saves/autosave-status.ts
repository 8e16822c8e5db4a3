import { readSave } from './envelope.ts';
import { storageMessage } from './load-messages.ts';
import { AUTOSAVE_KEY, type SaveStore } from './store.ts';

/** What the title screen needs to know of the autosave: whether there is one, when it was saved, and any problem reading it. */
export interface AutosaveStatus {
  readonly exists: boolean;
  readonly savedAt: string | null;
  readonly problem: string | null;
}

/** Reads the autosave's status from `store` without changing anything. */
export function autosaveStatus(store: SaveStore | null): AutosaveStatus {
  let text: string | null;
  try {
    text = store?.read(AUTOSAVE_KEY) ?? null;
  } catch (err) {
    return { exists: false, savedAt: null, problem: storageMessage(err, 'read') };
  }
  if (text === null) return { exists: false, savedAt: null, problem: null };
  const read = readSave(text);
  if (!read.ok) return { exists: false, savedAt: null, problem: `Your last game could not be continued. ${read.error.message}` };
  return { exists: true, savedAt: read.save.savedAt, problem: null };
}

/** Whether another tab has written a different autosave over `own`, the one this tab last wrote or continued from. */
export function autosaveMovedOn(store: SaveStore | null, own: string | null): boolean {
  if (!store || own === null) return false;
  try {
    const text = store.read(AUTOSAVE_KEY);
    return text !== null && text !== own;
  } catch {
    return false;
  }
}
