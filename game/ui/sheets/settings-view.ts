import type { Settings } from '../data/settings.ts';
import { h } from '../dom.ts';
import { openSheet } from './sheet.ts';

/** The settings sheet: sound on or off, music and effects volume, the calendar; every change is remembered. */
export function openSettings(settings: Settings, onChange: () => void): void {
  const sheet = openSheet('Settings', { id: 'settings' });
  const slider = (id: string, label: string, value: number, set: (v: number) => void) => {
    const input = h('input', { type: 'range', id, min: 0, max: 100, step: 5, value: Math.round(value * 100) });
    const out = h('output', { for: id }, `${Math.round(value * 100)}%`);
    input.addEventListener('input', () => {
      set(Number(input.value) / 100);
      out.textContent = `${input.value}%`;
      onChange();
    });
    return h('div', { className: 'field' }, h('label', { for: id }, label), h('div', { className: 'row' }, input, out));
  };
  const check = (id: string, label: string, value: boolean, set: (v: boolean) => void) => {
    const input = h('input', { type: 'checkbox', id, ...(value ? { checked: true } : {}) });
    input.addEventListener('change', () => {
      set(input.checked);
      onChange();
    });
    return h('div', { className: 'row' }, input, h('label', { for: id }, label));
  };
  sheet.body.append(
    h('h3', {}, 'Sound'),
    check('set-muted', 'Mute all sound', settings.muted, (v) => {
      settings.muted = v;
    }),
    slider('set-music', 'Music and the city’s sound', settings.musicVolume, (v) => {
      settings.musicVolume = v;
    }),
    slider('set-effects', 'Effects (crowds, shots, whistles)', settings.effectsVolume, (v) => {
      settings.effectsVolume = v;
    }),
    h('p', { className: 'small' }, 'Nothing plays until you first click or press a key. If this browser cannot play sound, the game plays on in silence.'),
    h('h3', {}, 'Dates'),
    check('set-newstyle', 'Show New Style (Gregorian) dates instead of the Old Style dates the essay uses', settings.newStyle, (v) => {
      settings.newStyle = v;
    }),
  );
}
