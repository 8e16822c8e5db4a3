import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/saves/store.ts';
import { type ExploredPath, loadBranches, recordPath, saveBranches } from '../../src/timeline/branches.ts';

function p(path: number[], ending: string | null = null): ExploredPath {
  return { path, texts: path.map(String), decisions: path.map(() => null), ending, updatedAt: '2026-11-26T00:00:00.000Z' };
}

describe('explored paths', () => {
  it('extend a path as the player goes on', () => {
    let paths = recordPath([], p([0]));
    paths = recordPath(paths, p([0, 1]));
    paths = recordPath(paths, p([0, 1, 2]));
    expect(paths.map((x) => x.path)).toEqual([[0, 1, 2]]);
  });

  it('keep the road not taken when the player rewinds and chooses differently', () => {
    let paths = recordPath([], p([0, 1, 2], 'july_crushed'));
    paths = recordPath(paths, p([0, 1]));
    paths = recordPath(paths, p([0, 1, 0]));
    expect(paths.map((x) => x.path)).toEqual([
      [0, 1, 2],
      [0, 1, 0],
    ]);
    expect(paths[0]?.ending).toBe('july_crushed');
  });

  it('do not duplicate a path walked twice', () => {
    let paths = recordPath([], p([1, 1], 'february_fizzles'));
    paths = recordPath(paths, p([1, 1], 'february_fizzles'));
    expect(paths).toHaveLength(1);
  });

  it('are stored per story version, and unreadable data gives none', () => {
    const store = new MemoryStore();
    expect(saveBranches(store, 'v1', [p([0, 1])])).toBe(true);
    expect(loadBranches(store, 'v1').map((x) => x.path)).toEqual([[0, 1]]);
    expect(loadBranches(store, 'v2')).toEqual([]);
    store.write('organiser:branches', '{broken');
    expect(loadBranches(store, 'v1')).toEqual([]);
  });
});
