import type { SaveStore } from '../../src/saves/store.ts';

/** One tab's view of a browser's storage: several TabStores over one map behave like two tabs of one site. */
export class TabStore implements SaveStore {
  private readonly data: Map<string, string>;
  constructor(data: Map<string, string>) {
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

/** Two tabs of one browser. */
export function twoTabs(): [TabStore, TabStore] {
  const data = new Map<string, string>();
  return [new TabStore(data), new TabStore(data)];
}
