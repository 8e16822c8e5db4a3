import { describe, expect, it } from 'vitest';
import { makeSave } from '../../src/saves/envelope.ts';
import { deleteSlot, exportFileName, listSlots, MAX_SLOTS, SLOTS_KEY, saveSlot } from '../../src/saves/slots.ts';
import { MemoryStore, type SaveStore, StorageProblem } from '../../src/saves/store.ts';

const save = (label: string, when = '2026-11-26T10:00:00Z') => makeSave('abc1234', [0, 1], ['a', 'b'], new Date(when), label);

describe('named save slots', () => {
  it('keep saves by name, newest first, and replace a save of the same name', () => {
    const store = new MemoryStore();
    saveSlot(store, save('Before July', '2026-11-26T10:00:00Z'));
    saveSlot(store, save('After Kornilov', '2026-11-26T11:00:00Z'));
    saveSlot(store, save('Before July', '2026-11-26T12:00:00Z'));
    const { slots } = listSlots(store);
    expect(slots.map((s) => s.save.label)).toEqual(['Before July', 'After Kornilov']);
  });

  it('need a name', () => {
    expect(saveSlot(new MemoryStore(), save('   '))).toEqual({ ok: false, message: 'Give the save a name first.' });
  });

  it('are limited in number, with a message saying what to do', () => {
    const store = new MemoryStore();
    for (let i = 0; i < MAX_SLOTS; i++) saveSlot(store, save(`Save ${i}`));
    expect(saveSlot(store, save('One too many'))).toEqual({ ok: false, message: expect.stringMatching(/delete one first/) });
  });

  it('can be deleted', () => {
    const store = new MemoryStore();
    saveSlot(store, save('Keep'));
    const result = saveSlot(store, save('Drop'));
    const drop = result.ok ? result.slots.find((s) => s.save.label === 'Drop') : undefined;
    deleteSlot(store, drop?.id ?? '');
    expect(listSlots(store).slots.map((s) => s.save.label)).toEqual(['Keep']);
  });

  it('skip damaged entries and say how many', () => {
    const store = new MemoryStore();
    saveSlot(store, save('Good'));
    const raw = JSON.parse(store.read(SLOTS_KEY) ?? '[]');
    store.write(SLOTS_KEY, JSON.stringify([...raw, { id: 'x', save: { format: 'organiser-save', version: 1 } }]));
    expect(listSlots(store)).toMatchObject({ damaged: 1, message: '1 damaged save was skipped.' });
    store.write(SLOTS_KEY, 'not json');
    expect(listSlots(store).slots).toEqual([]);
  });

  it('explain full or switched-off storage', () => {
    const full: SaveStore = {
      read: () => null,
      write: () => {
        throw new StorageProblem('full', 'full');
      },
      remove: () => {},
    };
    expect(saveSlot(full, save('x'))).toEqual({ ok: false, message: expect.stringMatching(/storage is full.*export/) });
  });

  it('name an exported file after the save', () => {
    expect(exportFileName(save('Class 9B: the July Days!'))).toBe('organiser-class-9b-the-july-days-2026-11-26.json');
  });
});
