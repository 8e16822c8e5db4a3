import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { GameCore, LoadOutcome } from '../../src/game-core.ts';
import { listSlots } from '../../src/saves/slots.ts';
import { AUTOSAVE_KEY, type SaveStore } from '../../src/saves/store.ts';
import { encodePath } from '../../src/share/path-code.ts';
import { BRANCHES_KEY } from '../../src/timeline/branches.ts';

/** One hostile input kept in tests/fixtures/hostile, with why it is there. */
export interface HostileCase {
  readonly note: string;
  readonly input: string;
  readonly key?: string;
}

/** The corpus of hostile inputs from issue 12 and from fuzzing: codes, save files and stored values. */
export function corpus(kind: 'codes' | 'saves' | 'stored'): HostileCase[] {
  return JSON.parse(readFileSync(`tests/fixtures/hostile/${kind}.json`, 'utf8')) as HostileCase[];
}

/** What a failed open must leave untouched. */
export interface Kept {
  readonly autosave: string | null;
  readonly branches: string | null;
  readonly path: readonly number[];
}

/** Reads what the store and the game hold now. */
export function kept(store: SaveStore, core: GameCore): Kept {
  return { autosave: store.read(AUTOSAVE_KEY), branches: store.read(BRANCHES_KEY), path: [...core.view().path] };
}

function savedPath(text: string | null): number[] | null {
  try {
    const path = JSON.parse(text ?? 'null')?.path;
    return Array.isArray(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The promise of issue 12: an open that fails changes nothing; one that succeeds keeps a replaced autosave that
 * it does not carry further as a recoverable save; and "New game" works afterwards.
 */
export function expectNothingLost(store: SaveStore, core: GameCore, before: Kept, outcome: LoadOutcome): void {
  if (!outcome.opened) {
    expect(store.read(AUTOSAVE_KEY)).toBe(before.autosave);
    expect(store.read(BRANCHES_KEY)).toBe(before.branches);
    expect(core.view().path).toEqual(before.path);
  } else {
    const old = savedPath(before.autosave);
    const now = core.view().path;
    const extended = old !== null && old.length <= now.length && old.every((x, i) => now[i] === x);
    if (old && old.length > 0 && !extended) {
      expect(listSlots(store).slots.some((s) => JSON.stringify(s.save.path) === JSON.stringify(old))).toBe(true);
    }
  }
  core.start();
  expect(core.view().status).toBe('playing');
  expect(core.view().choices.length).toBeGreaterThan(0);
}

/** Share codes as an attacker or a careless copy would make them: random text, mangled real codes, crafted well-formed ones. */
export function codeInput(story: string, valid: readonly string[]): fc.Arbitrary<string> {
  const mangled = fc
    .tuple(fc.constantFrom(...valid), fc.nat(), fc.constantFrom('cut', 'flip', 'insert', 'drop'), fc.string({ minLength: 1, maxLength: 3 }))
    .map(([code, at, how, text]) => {
      const i = at % Math.max(1, code.length);
      if (how === 'cut') return code.slice(0, i);
      if (how === 'flip') return code.slice(0, i) + text + code.slice(i + text.length);
      if (how === 'insert') return code.slice(0, i) + text + code.slice(i);
      return code.slice(0, i) + code.slice(i + 1);
    });
  const crafted = fc
    .tuple(
      fc.constantFrom(story, '0ld0000', 'zzzzzzz'),
      fc.array(fc.record({ index: fc.integer({ min: 0, max: 7 }), text: fc.string({ maxLength: 12 }) }), { maxLength: 12 }),
    )
    .map(([version, path]) => encodePath(version, path));
  return fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), mangled, crafted, fc.constantFrom(...valid));
}

/** Save files: random JSON, mangled real saves, and saves with random fields. */
export function saveInput(story: string, valid: readonly string[]): fc.Arbitrary<string> {
  const shaped = fc
    .record(
      {
        format: fc.constantFrom('organiser-save', 'other'),
        version: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 3 })),
        story: fc.constantFrom(story, '0ld0000', ''),
        savedAt: fc.constantFrom('2026-11-26T12:00:00.000Z', 'not a date'),
        label: fc.string({ maxLength: 90 }),
        path: fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 14 }),
        texts: fc.array(fc.string({ maxLength: 10 }), { maxLength: 14 }),
      },
      { requiredKeys: ['format', 'version', 'story', 'savedAt', 'path', 'texts'] },
    )
    .map((s) => JSON.stringify(s));
  const mangled = fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.string({ maxLength: 4 })).map(([text, at, junk]) => {
    const i = at % Math.max(1, text.length);
    return text.slice(0, i) + junk + text.slice(i + junk.length);
  });
  return fc.oneof(fc.json(), fc.string({ maxLength: 80 }), shaped, mangled);
}

/** The two doors hostile text comes in by, a share code and a save file: what makes such text, and how the game opens it. */
export function hostileDoors(story: string, codes: readonly string[], saves: readonly string[]) {
  return [
    { what: 'a share code', input: codeInput(story, codes), open: (core: GameCore, text: string) => core.openCode(text) },
    { what: 'a save file', input: saveInput(story, saves), open: (core: GameCore, text: string) => core.loadText(text) },
  ];
}
