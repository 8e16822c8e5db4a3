import { StorageProblem } from './store.ts';

/** Said, for as long as it is so, when the browser keeps nothing (the game falls back to memory). */
export const LASTS_FOR_THE_TAB =
  'This browser is not letting the game keep anything: this game lasts only until the tab is closed. To keep it, use Saves → Export to a file.';
/** Said while the explored paths (the endings gallery, the map of the year) cannot be written. */
export const PATHS_NOT_KEPT = 'The paths and endings you explore are not being remembered: the browser’s storage is full or blocked.';

/** What the player is told after a save was replayed `restored` of `total` choices far; `where` names the date reached. */
export function saveMessage(sameStory: boolean, restored: number, total: number, where: string): string | null {
  if (restored === total) return null;
  if (restored === 0) {
    return sameStory
      ? 'This save could not be replayed: its first choice is not in the story. Nothing was changed.'
      : 'The story has changed since this game was saved, and none of its choices are still in it. Nothing was changed.';
  }
  return sameStory
    ? `This save could only be replayed up to choice ${restored} of ${total}${where}.`
    : `The story has changed since this game was saved. It was restored up to choice ${restored} of ${total}${where}; you can play on from there.`;
}

/** What the player is told after a link's path was replayed `restored` of `total` choices far. */
export function codeMessage(changedStory: boolean, restored: number, total: number, where: string): string | null {
  if (restored === 0 && total > 0) {
    return changedStory
      ? 'This link was made with an earlier version of the story, and none of its choices are still in it. Nothing was changed.'
      : 'This link’s path could not be followed: its first choice is not in the story. Nothing was changed.';
  }
  if (restored < total && changedStory) {
    return `This link was made with an earlier version of the story. Its first ${restored} of ${total} choices still exist and were replayed${where}; the rest of its path is no longer in the story.`;
  }
  if (restored < total) return `This link’s path breaks off after ${restored} of ${total} choices${where}.`;
  return changedStory ? 'This link was made with an earlier version of the story, but its whole path still exists and was replayed.' : null;
}

/** Why storage failed, for the player. */
export function storageMessage(err: unknown, action: 'read' | 'write'): string {
  if (err instanceof StorageProblem && err.kind === 'full') return 'The browser’s storage is full, so the game could not be saved.';
  if (err instanceof StorageProblem)
    return `This browser does not let the game ${action === 'read' ? 'read its saves' : 'save'} (storage is switched off or blocked).`;
  return `The game could not ${action === 'read' ? 'read its save' : 'save'}.`;
}
