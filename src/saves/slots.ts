import { readSave, type SaveEnvelope } from './envelope.ts';
import { type SaveStore, StorageProblem } from './store.ts';

/** The key under which the named save slots are kept. */
export const SLOTS_KEY = 'organiser:slots';
/** How many named slots a player may keep. */
export const MAX_SLOTS = 12;
/** How many games the game itself keeps (an autosave a link replaced, a tab's game another tab moved past), besides the named ones. */
export const MAX_KEPT = 10;

/** A save slot: one the player named, or (`kept`) one the game kept so that nothing is lost. */
export interface Slot {
  readonly id: string;
  readonly save: SaveEnvelope;
  readonly kept?: boolean;
}

/** The outcome of a slot operation: `message` is written for the player when it fails; `note` is a caveat on a success. */
export type SlotResult =
  | { readonly ok: true; readonly slots: readonly Slot[]; readonly note: string | null }
  | { readonly ok: false; readonly message: string };

/** Said when a save was kept in a store that lasts only as long as the tab. */
export const TAB_ONLY_NOTE = 'This browser keeps nothing, so this save lasts only until the tab is closed: use “Export to a file” to keep it.';

function note(store: SaveStore): string | null {
  return store.lasting === false ? TAB_ONLY_NOTE : null;
}

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
    const kept = (entry as { kept?: unknown })?.kept === true;
    if (typeof id === 'string' && save.ok) slots.push({ id, save: save.save, ...(kept ? { kept } : {}) });
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
    const others = slots.filter((s) => s.kept || s.save.label !== label);
    if (others.filter((s) => !s.kept).length >= MAX_SLOTS) return { ok: false, message: `There are already ${MAX_SLOTS} named saves: delete one first.` };
    const next = [...others, { id: newId(save, slots), save: { ...save, label } }];
    store.write(SLOTS_KEY, JSON.stringify(next));
    return { ok: true, slots: next, note: note(store) };
  } catch (err) {
    return { ok: false, message: problem(err) };
  }
}

function newId(save: SaveEnvelope, slots: readonly Slot[]): string {
  const taken = new Set(slots.map((s) => s.id));
  let n = slots.length;
  while (taken.has(`${Date.parse(save.savedAt).toString(36)}-${n}`)) n++;
  return `${Date.parse(save.savedAt).toString(36)}-${n}`;
}

/**
 * Keeps a game the player did not ask to save but would miss (an autosave about to be replaced), under `label`.
 * A save of the same story and path already in a slot is not kept twice; beyond MAX_KEPT the oldest kept one goes.
 */
export function keepSlot(store: SaveStore, save: SaveEnvelope, label: string): SlotResult & { readonly label?: string } {
  try {
    const { slots } = read(store);
    const same = slots.find((s) => s.save.story === save.story && s.save.path.join() === save.path.join());
    if (same) return { ok: true, slots, note: note(store), label: same.save.label ?? label };
    const kept = slots.filter((s) => s.kept);
    const dropped = new Set(kept.slice(0, Math.max(0, kept.length - MAX_KEPT + 1)).map((s) => s.id));
    const next = [...slots.filter((s) => !dropped.has(s.id)), { id: newId(save, slots), save: { ...save, label }, kept: true }];
    store.write(SLOTS_KEY, JSON.stringify(next));
    return { ok: true, slots: next, note: note(store), label };
  } catch (err) {
    return { ok: false, message: problem(err) };
  }
}

/** Deletes a slot. */
export function deleteSlot(store: SaveStore, id: string): SlotResult {
  try {
    const next = read(store).slots.filter((s) => s.id !== id);
    store.write(SLOTS_KEY, JSON.stringify(next));
    return { ok: true, slots: next, note: null };
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
