import { readSave, type SaveEnvelope } from './envelope.ts';
import { type SaveStore, StorageProblem } from './store.ts';

/** The key under which the named save slots are kept. */
export const SLOTS_KEY = 'organiser:slots';
/** How many named slots a player may keep. */
export const MAX_SLOTS = 12;

/** A named save slot. */
export interface Slot {
  readonly id: string;
  readonly save: SaveEnvelope;
}

/** The outcome of a slot operation: `message` is written for the player when it fails. */
export type SlotResult = { readonly ok: true; readonly slots: readonly Slot[] } | { readonly ok: false; readonly message: string };

function read(store: SaveStore): { slots: Slot[]; damaged: number } {
  const raw = store.read(SLOTS_KEY);
  if (!raw) return { slots: [], damaged: 0 };
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return { slots: [], damaged: 1 };
  }
  if (!Array.isArray(list)) return { slots: [], damaged: 1 };
  const slots: Slot[] = [];
  let damaged = 0;
  for (const entry of list) {
    const id = (entry as { id?: unknown })?.id;
    const save = readSave(JSON.stringify((entry as { save?: unknown })?.save));
    if (typeof id === 'string' && save.ok) slots.push({ id, save: save.save });
    else damaged++;
  }
  return { slots, damaged };
}

function problem(err: unknown): string {
  if (err instanceof StorageProblem && err.kind === 'full') return 'The browser’s storage is full: delete a slot, or export the game to a file instead.';
  return 'This browser does not let the game keep saves (storage is switched off or blocked). Export the game to a file instead.';
}

/** The named slots, newest first; damaged entries are skipped and counted. */
export function listSlots(store: SaveStore): { readonly slots: readonly Slot[]; readonly damaged: number; readonly message: string | null } {
  try {
    const { slots, damaged } = read(store);
    return {
      slots: [...slots].sort((a, b) => b.save.savedAt.localeCompare(a.save.savedAt)),
      damaged,
      message: damaged ? `${damaged} damaged save${damaged > 1 ? 's were' : ' was'} skipped.` : null,
    };
  } catch (err) {
    return { slots: [], damaged: 0, message: problem(err) };
  }
}

/** Keeps a save in a named slot (a slot with the same name is replaced). */
export function saveSlot(store: SaveStore, save: SaveEnvelope): SlotResult {
  const label = save.label?.trim();
  if (!label) return { ok: false, message: 'Give the save a name first.' };
  try {
    const { slots } = read(store);
    const others = slots.filter((s) => s.save.label !== label);
    if (others.length >= MAX_SLOTS) return { ok: false, message: `There are already ${MAX_SLOTS} named saves: delete one first.` };
    const id = `${Date.parse(save.savedAt).toString(36)}-${others.length}`;
    const next = [...others, { id, save: { ...save, label } }];
    store.write(SLOTS_KEY, JSON.stringify(next));
    return { ok: true, slots: next };
  } catch (err) {
    return { ok: false, message: problem(err) };
  }
}

/** Deletes a slot. */
export function deleteSlot(store: SaveStore, id: string): SlotResult {
  try {
    const next = read(store).slots.filter((s) => s.id !== id);
    store.write(SLOTS_KEY, JSON.stringify(next));
    return { ok: true, slots: next };
  } catch (err) {
    return { ok: false, message: problem(err) };
  }
}

/** The file name for an exported save: the label (or "game") and the save's date. */
export function exportFileName(save: SaveEnvelope): string {
  const name =
    (save.label ?? 'game')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'game';
  return `organiser-${name}-${save.savedAt.slice(0, 10)}.json`;
}
