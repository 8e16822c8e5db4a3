// The story's first part: what a new game can reach before Act II, so that the first page needs only that part's
// text. The rest of the story stands in as stubs that say so; the front end swaps in the whole story when it arrives.
import { ACT_INFO } from './acts.ts';
import { ACTS } from './tags.ts';

/**
 * Where the first part stops: the later acts' first knots, the door to February's roads (it opens after Act I's end,
 * on Act II's side of it) and the debug menu (whose presets jump to every act).
 */
export const FIRST_PART_STOPS: readonly string[] = [...ACTS.slice(1).map((act) => ACT_INFO[act].start.knot), 'feb_road_door', 'debug_menu'];

/** The text a stub knot prints: reading it means the first part has run out. */
export const PARTIAL_MARK = '⁂ the rest of the story is still loading';

/** Thrown by the runner when a story's first part runs into a knot it does not hold. */
export class PartialStoryError extends Error {
  constructor() {
    super('The rest of the story has not loaded yet.');
    this.name = 'PartialStoryError';
  }
}

type Ink = string | number | boolean | null | Ink[] | { [key: string]: Ink };

// Keys whose value names another place in the story: diverts, tunnels, function calls, divert targets, choice
// targets and read counts (a count of a knot's visits needs the knot's own containers).
const REFERENCES = ['->', '->t->', 'f()', '^->', '*', 'CNT?'] as const;

/** The top-level knot a path names, or null for a path relative to where it stands or into the root's own content. */
function knotOf(path: string): string | null {
  if (path.startsWith('.')) return null;
  const first = path.split('.')[0] ?? '';
  return first === '' || /^\d+$/.test(first) ? null : first;
}

function references(value: Ink, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) references(item, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((REFERENCES as readonly string[]).includes(key) && typeof inner === 'string' && !value.var) {
      const knot = knotOf(inner);
      if (knot) out.add(knot);
    }
    references(inner, out);
  }
}

/**
 * The compiled story cut down to what can be reached from its start without entering one of `stopAt` (the later
 * acts' first knots, the debug menu): every other knot keeps its name but only prints PARTIAL_MARK. Knot names, the
 * root and the globals are unchanged, so an ink state saved by the first part loads into the whole story.
 */
export function firstPart(json: string, stopAt: readonly string[]): string {
  const story = JSON.parse(json) as { root: Ink[] } & Record<string, Ink>;
  const named = story.root[story.root.length - 1] as Record<string, Ink>;
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (from: Ink) => {
    const found = new Set<string>();
    references(from, found);
    for (const knot of found) if (!seen.has(knot) && !stopAt.includes(knot) && knot in named) queue.push(knot) && seen.add(knot);
  };
  visit(story.root.slice(0, -1) as Ink);
  visit(named['global decl'] ?? null);
  for (let knot = queue.shift(); knot !== undefined; knot = queue.shift()) visit(named[knot] ?? null);
  const cut: Record<string, Ink> = {};
  for (const [name, content] of Object.entries(named)) {
    cut[name] = name === 'global decl' || seen.has(name) || !Array.isArray(content) ? content : [`^${PARTIAL_MARK}`, '\n', 'done', null];
  }
  return JSON.stringify({ ...story, root: [...story.root.slice(0, -1), cut] });
}

/** Said while a choice waits for the rest of the story. */
export const STORY_WAITING = 'The rest of the story is still downloading. Your choice will be taken as soon as it arrives.';
/** Said when a game is to be opened before the rest of the story is here. */
export const STORY_NOT_YET = 'The rest of the story is still downloading. Nothing was changed: try again in a moment.';
/** Said when a game waited to be opened and the rest of the story could not be downloaded. */
export const STORY_NOT_COME = 'The rest of the story could not be downloaded. Nothing was changed: check the connection and try again.';
/** Said when the rest of the story could not be downloaded, `why` naming the failure. */
export function storyFailedMessage(why: string): string {
  return `The rest of the story could not be downloaded (${why}). Your game so far is kept: reload the page to carry on.`;
}
