// The compiled story is a file of its own beside the game's script (index.html preloads it), so the two download
// side by side and the script's parse does not wait for the story's 600 kB.
import { AUTOSAVE_KEY } from '../src/saves/store.ts';

/**
 * Whether the first page needs the whole story: for a shared link, a lesson or any address with a query, and for a
 * player with a game to continue. Everyone else starts on the first part, and the whole comes once the page has settled.
 */
export function needsWholeStory(): boolean {
  if (location.hash !== '' || location.search !== '') return true;
  try {
    return localStorage.getItem(AUTOSAVE_KEY) !== null;
  } catch {
    return false;
  }
}

/** Fetches the compiled story's JSON text from `url`; throws with the server's answer if it cannot. */
export async function fetchStory(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** Says on the title screen that the story could not be fetched, and what to do. */
export function showStoryFailure(error: unknown): void {
  const message = document.querySelector<HTMLElement>('#title-message');
  if (!message) return;
  const why = error instanceof Error ? error.message : String(error);
  message.textContent = `The story could not be loaded (${why}). Check the connection and reload the page; your saved games are kept in this browser.`;
  message.hidden = false;
}
