import type { SaveStore } from './store.ts';

/** How one stored record is read, written and merged with what another tab wrote. */
export interface MergeCodec<T> {
  /** The stored text as a value, or null when there is none or it is unreadable. */
  readonly parse: (raw: string) => T | null;
  readonly serialise: (value: T) => string;
  /** The union of what another tab stored and what this tab holds (this tab's value wins where they clash). */
  readonly merge: (stored: T, mine: T) => T;
}

/** The outcome of a merged write: the value now stored (or that would have been), and whether storage took it. */
export type MergedWrite<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly value: T; readonly message: string };

// What each store (one per tab) last read or wrote under each key: a stored text that differs was written by another tab.
const seen = new WeakMap<SaveStore, Map<string, string | null>>();

function remember(store: SaveStore, key: string, text: string | null): void {
  const byKey = seen.get(store) ?? new Map<string, string | null>();
  byKey.set(key, text);
  seen.set(store, byKey);
}

/** Reads a record and notes what this tab saw, so that a later write can tell whether another tab wrote since. */
export function readTracked<T>(store: SaveStore, key: string, codec: MergeCodec<T>): T | null {
  try {
    const raw = store.read(key);
    remember(store, key, raw);
    return raw === null ? null : codec.parse(raw);
  } catch {
    return null;
  }
}

/**
 * Writes a record shared by the tabs of one browser: re-reads it first, and if another tab has written since this
 * tab last read or wrote it, stores the union of both. A tab's own changes (a vote replaced after a rewind) are
 * never undone by its own earlier writes. Never throws.
 */
export function writeMerged<T>(store: SaveStore, key: string, mine: T, codec: MergeCodec<T>): MergedWrite<T> {
  let value = mine;
  try {
    const raw = store.read(key);
    const byKey = seen.get(store);
    const changedElsewhere = raw !== null && (!byKey?.has(key) || byKey.get(key) !== raw);
    const stored = changedElsewhere && raw !== null ? codec.parse(raw) : null;
    if (stored !== null) value = codec.merge(stored, mine);
    const text = codec.serialise(value);
    store.write(key, text);
    remember(store, key, text);
    return { ok: true, value };
  } catch {
    return { ok: false, value, message: 'The browser’s storage is full or blocked, so this could not be kept.' };
  }
}
