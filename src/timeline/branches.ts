import * as v from 'valibot';
import type { SaveStore } from '../saves/store.ts';

/** One path the player has played, kept so that rewinding never loses the road not taken. */
export interface ExploredPath {
  readonly path: readonly number[];
  readonly texts: readonly string[];
  /** The decision each choice answered (null for a choice that is not a decision point). */
  readonly decisions: readonly (string | null)[];
  readonly ending: string | null;
  readonly updatedAt: string;
}

/** The key under which explored paths are stored. */
export const BRANCHES_KEY = 'organiser:branches';
/** How many paths are kept (the oldest go first). */
export const MAX_BRANCHES = 200;

const Schema = v.object({
  story: v.string(),
  paths: v.array(
    v.object({
      path: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
      texts: v.array(v.string()),
      decisions: v.array(v.nullable(v.string())),
      ending: v.nullable(v.string()),
      updatedAt: v.string(),
    }),
  ),
});

function isPrefix(short: readonly number[], long: readonly number[]): boolean {
  return short.length <= long.length && short.every((x, i) => long[i] === x);
}

/** Adds or extends a path: paths it extends are replaced, and a path it is a prefix of keeps it covered. */
export function recordPath(paths: readonly ExploredPath[], next: ExploredPath): ExploredPath[] {
  if (paths.some((p) => isPrefix(next.path, p.path) && (p.path.length > next.path.length || p.ending === next.ending))) {
    return paths.map((p) => (p.path.length === next.path.length && isPrefix(next.path, p.path) ? next : p));
  }
  const kept = paths.filter((p) => !isPrefix(p.path, next.path));
  return [...kept, next].slice(-MAX_BRANCHES);
}

/** The union of two sets of explored paths (two tabs' worth): every path and ending of either, oldest first. */
export function mergeBranches(a: readonly ExploredPath[], b: readonly ExploredPath[]): ExploredPath[] {
  const all = [...a, ...b].sort((x, y) => x.updatedAt.localeCompare(y.updatedAt));
  return all.reduce<ExploredPath[]>((merged, next) => recordPath(merged, next), []);
}

/** Reads the explored paths for a story version; anything unreadable or from another version gives none. */
export function loadBranches(store: SaveStore | null, story: string): ExploredPath[] {
  try {
    const raw = store?.read(BRANCHES_KEY);
    if (!raw) return [];
    const parsed = v.safeParse(Schema, JSON.parse(raw));
    if (!parsed.success || parsed.output.story !== story) return [];
    return parsed.output.paths;
  } catch {
    return [];
  }
}

/** Stores the explored paths; returns false when storage refused. */
export function saveBranches(store: SaveStore | null, story: string, paths: readonly ExploredPath[]): boolean {
  if (!store) return false;
  try {
    store.write(BRANCHES_KEY, JSON.stringify({ story, paths }));
    return true;
  } catch {
    return false;
  }
}
