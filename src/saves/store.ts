/** Why storage failed: switched off or blocked by the browser, or full. */
export type StorageProblemKind = 'unavailable' | 'full';

/** Thrown by a SaveStore when it cannot read or write. */
export class StorageProblem extends Error {
  readonly kind: StorageProblemKind;
  constructor(kind: StorageProblemKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'StorageProblem';
  }
}

/** The port through which the core keeps saves: a key-value store (the browser adapter wraps localStorage). */
export interface SaveStore {
  /** The stored text, or null when there is none. Throws StorageProblem when storage cannot be read. */
  read(key: string): string | null;
  /** Stores text under a key. Throws StorageProblem when storage is off or full. */
  write(key: string, value: string): void;
  /** Removes a key (no error when absent). */
  remove(key: string): void;
  /** False when what is written lasts only as long as the page (the fallback when the browser blocks storage). */
  readonly lasting?: boolean;
}

/** A store held in memory: for tests (standing in for the browser's storage), and as the fallback when the browser has none. */
export class MemoryStore implements SaveStore {
  private readonly data: Map<string, string>;
  /** False for the fallback: nothing in it outlives the tab. */
  readonly lasting: boolean;
  /** `data` may be shared: two stores over one map behave like two tabs of one browser. */
  constructor(lasting = true, data = new Map<string, string>()) {
    this.lasting = lasting;
    this.data = data;
  }
  read(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  write(key: string, value: string): void {
    this.data.set(key, value);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
}

/** The key of the autosave, written after every choice. */
export const AUTOSAVE_KEY = 'organiser:autosave';
