import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecisionsFile, GlossaryFile, parseData, RolesFile } from '../../game/ui/data/parse.ts';
import { loadSettings } from '../../game/ui/data/settings.ts';
import { MemoryStore } from '../../src/saves/store.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the data the game reads at run time', () => {
  it('passes its schemas as committed', () => {
    expect(parseData(DecisionsFile, read('assets/classroom/decisions.json'), 'decisions').decisions.length).toBeGreaterThan(0);
    expect(parseData(RolesFile, read('assets/classroom/roles.json'), 'roles').roles.length).toBeGreaterThan(0);
    expect(parseData(GlossaryFile, read('assets/classroom/glossary.json'), 'glossary').terms.length).toBeGreaterThan(0);
  });

  it('fails with a message naming the file and the place of the problem', () => {
    const bad = { decisions: [{ id: 'x', act: 'march' }] };
    expect(() => parseData(DecisionsFile, bad, 'assets/classroom/decisions.json')).toThrow(/decisions\.json .*decisions\.0\.act/);
  });

  it('clamps stored volumes and falls back to defaults for anything wrong', () => {
    const store = new MemoryStore();
    store.write('organiser:settings', JSON.stringify({ newStyle: 'yes', muted: true, musicVolume: 7, effectsVolume: -2 }));
    expect(loadSettings(store)).toEqual({ newStyle: false, muted: true, musicVolume: 1, effectsVolume: 0 });
    store.write('organiser:settings', '{broken');
    expect(loadSettings(store)).toEqual({ newStyle: false, muted: false, musicVolume: 0.6, effectsVolume: 0.8 });
  });
});
