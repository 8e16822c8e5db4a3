import * as v from 'valibot';
import type { SaveStore } from '../../../src/saves/store.ts';
import { SettingsRecord } from './parse.ts';

/** The player's preferences, remembered between visits. */
export interface Settings {
  newStyle: boolean;
  muted: boolean;
  musicVolume: number;
  effectsVolume: number;
}

const KEY = 'organiser:settings';
const DEFAULTS: Settings = { newStyle: false, muted: false, musicVolume: 0.6, effectsVolume: 0.8 };

/** Reads the settings, falling back to defaults for anything missing or unreadable, with volumes clamped. */
export function loadSettings(store: SaveStore): Settings {
  try {
    const raw = store.read(KEY);
    return v.parse(SettingsRecord, raw ? JSON.parse(raw) : {});
  } catch {
    return { ...DEFAULTS };
  }
}

/** Saves the settings; a storage failure only means they are not remembered. */
export function saveSettings(store: SaveStore, settings: Settings): void {
  try {
    store.write(KEY, JSON.stringify(settings));
  } catch {
    // Preferences are a convenience: without storage they last for this visit only.
  }
}
