import { readSave } from './envelope.ts';
import { keepSlot } from './slots.ts';
import { AUTOSAVE_KEY, type SaveStore } from './store.ts';

/** What is about to replace the autosave: a link or code, a save file or slot, Continue after a story change, or a jump. */
export type ReplacedBy = 'link' | 'save' | 'continue' | 'jump';

const LABELS: Record<ReplacedBy, string> = {
  link: 'Kept when a link was opened',
  save: 'Kept when a save was loaded',
  continue: 'Kept as it was before the story changed',
  jump: 'Kept when you jumped to a decision',
};

/** What became of the autosave a load replaces: kept under `label`, nothing to keep, or could not be kept (`problem`). */
export interface Replaced {
  readonly label: string | null;
  readonly choices: number;
  readonly problem: string | null;
}

/**
 * Before a load replaces the autosave: keeps it as a save unless the new path carries it on (the same game,
 * further along) or it is empty. Never throws.
 */
export function keepReplacedAutosave(store: SaveStore, next: readonly number[], by: ReplacedBy): Replaced {
  let text: string | null;
  try {
    text = store.read(AUTOSAVE_KEY);
  } catch {
    return { label: null, choices: 0, problem: null };
  }
  const read = text === null ? null : readSave(text);
  if (!read?.ok || read.save.path.length === 0) return { label: null, choices: 0, problem: null };
  const old = read.save.path;
  if (old.length <= next.length && old.every((x, i) => next[i] === x)) return { label: null, choices: 0, problem: null };
  const kept = keepSlot(store, read.save, LABELS[by]);
  if (!kept.ok) return { label: null, choices: old.length, problem: kept.message };
  return { label: kept.label ?? LABELS[by], choices: old.length, problem: null };
}

/** The sentence telling the player where the replaced game went. */
export function replacedMessage(replaced: Replaced): string | null {
  if (replaced.problem) {
    return `Your earlier game (${replaced.choices} choices) could not be kept as a save: ${replaced.problem} It stays as your autosave until you make a choice here.`;
  }
  if (!replaced.label) return null;
  return `Your earlier game (${replaced.choices} choices) is kept in Saves as “${replaced.label}”.`;
}
