import type { PlaySession } from '../story/session.ts';
import type { ExploredPath } from '../timeline/branches.ts';
import { makeSave } from './envelope.ts';
import { storageMessage } from './load-messages.ts';
import { AUTOSAVE_KEY, type SaveStore } from './store.ts';

/** The autosave text written, or, when the write failed, what to tell the player (the game goes on unsaved). */
export type AutosaveWrite = { text: string; problem: null } | { text: null; problem: string };

/** Writes the session's game as the autosave. */
export function writeAutosave(store: SaveStore, version: string, session: PlaySession, now: Date): AutosaveWrite {
  try {
    const text = JSON.stringify(makeSave(version, session.path, session.texts, now));
    store.write(AUTOSAVE_KEY, text);
    return { text, problem: null };
  } catch (err) {
    return { text: null, problem: `${storageMessage(err, 'write')} Your game goes on; it just is not being saved.` };
  }
}

/** The session's path as an explored path, with each step's decision and the ending reached. */
export function playedPath(s: PlaySession, now: Date): ExploredPath {
  const decisions = s.passages.slice(1).map((p) => p.chosen?.decision ?? null);
  return { path: [...s.path], texts: [...s.texts], decisions, ending: s.ending(), updatedAt: now.toISOString() };
}
