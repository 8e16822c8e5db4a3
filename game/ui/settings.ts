import type { SaveStore } from '../../src/saves/store.ts';

/** The player's preferences, remembered between visits. */
export interface Settings {
  newStyle: boolean;
  muted: boolean;
  musicVolume: number;
  effectsVolume: number;
}

const KEY = 'organiser:settings';
const DEFAULTS: Settings = { newStyle: false, muted: false, musicVolume: 0.6, effectsVolume: 0.8 };

// A stored volume is a fraction 0-1; anything else (edited by hand, Infinity from an old bug) is clamped or ignored.
function volume(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;
}

/** Reads the settings, falling back to defaults for anything missing or unreadable. */
export function loadSettings(store: SaveStore): Settings {
  try {
    const raw = store.read(KEY);
    const data: unknown = raw ? JSON.parse(raw) : null;
    const parsed: Partial<Record<keyof Settings, unknown>> = typeof data === 'object' && data !== null ? data : {};
    return {
      newStyle: typeof parsed.newStyle === 'boolean' ? parsed.newStyle : DEFAULTS.newStyle,
      muted: typeof parsed.muted === 'boolean' ? parsed.muted : DEFAULTS.muted,
      musicVolume: volume(parsed.musicVolume, DEFAULTS.musicVolume),
      effectsVolume: volume(parsed.effectsVolume, DEFAULTS.effectsVolume),
    };
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
