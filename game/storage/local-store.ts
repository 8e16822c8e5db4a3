import { MemoryStore, type SaveStore, StorageProblem } from '../../src/saves/store.ts';

function isQuota(err: unknown): boolean {
  return err instanceof DOMException && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22);
}

/** The browser's localStorage behind the core's SaveStore port, turning its failures into StorageProblems. */
export class LocalStore implements SaveStore {
  private storage(): Storage {
    try {
      const s = window.localStorage;
      if (!s) throw new Error('no localStorage');
      return s;
    } catch {
      throw new StorageProblem('unavailable', 'Storage is switched off in this browser.');
    }
  }

  read(key: string): string | null {
    try {
      return this.storage().getItem(key);
    } catch (err) {
      if (err instanceof StorageProblem) throw err;
      throw new StorageProblem('unavailable', 'Storage could not be read.');
    }
  }

  write(key: string, value: string): void {
    try {
      this.storage().setItem(key, value);
    } catch (err) {
      if (err instanceof StorageProblem) throw err;
      if (isQuota(err)) throw new StorageProblem('full', 'Storage is full.');
      throw new StorageProblem('unavailable', 'Storage could not be written.');
    }
  }

  remove(key: string): void {
    try {
      this.storage().removeItem(key);
    } catch {
      // Nothing to remove from storage that cannot be reached.
    }
  }
}

/** The browser's storage when it can be read, or a store in memory for a browser that blocks site data. */
export function pickStore(): SaveStore {
  const local = new LocalStore();
  try {
    local.read('organiser:probe');
    return local;
  } catch {
    return new MemoryStore(false);
  }
}
