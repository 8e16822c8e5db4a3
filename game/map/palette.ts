import type { Band } from '../../src/world/world-view.ts';

/**
 * The print palette of design.md section 5: the one source of the game's colours, as numbers for Phaser and
 * through `cssColour` for the SVG maps and the charts. paper.css repeats the values for the first paint (before any
 * script runs); a unit test holds them equal, by the names in `CSS_NAMES`.
 */
export const PALETTE = {
  paper: 0xf2e8d5,
  paperDark: 0xe6d8bd,
  paperDeep: 0xd9c7a3,
  ink: 0x1d1a17,
  inkSoft: 0x4a423a,
  red: 0xb3202a,
  redDark: 0x8e1820,
  government: 0x4f6272,
  governmentText: 0x3a4955,
  neva: 0x8fa7b3,
  nevaDark: 0x6f8c9a,
  ochre: 0xc8a25a,
  land: 0xe9dcc2,
} as const;

/** The CSS custom property of each palette colour that paper.css defines. */
export const CSS_NAMES: Readonly<Partial<Record<keyof typeof PALETTE, string>>> = {
  paper: '--paper',
  paperDark: '--paper-dark',
  paperDeep: '--paper-deep',
  ink: '--ink',
  inkSoft: '--ink-soft',
  red: '--red',
  redDark: '--red-dark',
  government: '--gov',
  governmentText: '--gov-text',
  neva: '--neva',
  ochre: '--ochre',
};

/** A palette colour (or any 0xRRGGBB number) as a CSS hex colour. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/**
 * Fill for a district by mood (0-100): a diverging scale from government grey-blue through pale ochre to
 * revolutionary red. The ends differ in lightness as well as hue, so the scale reads for colour-blind
 * players too; the bands are also hatched and named.
 */
export function moodColour(mood: number): number {
  const stops: [number, [number, number, number]][] = [
    [0, [0x4f, 0x62, 0x72]],
    [35, [0xa9, 0xb3, 0xb4]],
    [50, [0xe4, 0xcf, 0x9e]],
    [65, [0xde, 0x9a, 0x7c]],
    [100, [0xb3, 0x20, 0x2a]],
  ];
  const m = Math.max(0, Math.min(100, mood));
  for (let i = 1; i < stops.length; i++) {
    const [m1, c1] = stops[i] as [number, [number, number, number]];
    const [m0, c0] = stops[i - 1] as [number, [number, number, number]];
    if (m <= m1) {
      const t = (m - m0) / (m1 - m0);
      const c = c0.map((v, k) => Math.round(v + ((c1[k] ?? v) - v) * t));
      return ((c[0] ?? 0) << 16) | ((c[1] ?? 0) << 8) | (c[2] ?? 0);
    }
  }
  return PALETTE.red;
}

/** Hatching that backs each band: angle in degrees and spacing in map units (0 = none). */
export const BAND_HATCH: Readonly<Record<Band, { angle: number; spacing: number }>> = {
  revolution: { angle: 45, spacing: 7 },
  leaning_revolution: { angle: 45, spacing: 14 },
  wavering: { angle: 0, spacing: 0 },
  leaning_order: { angle: 0, spacing: 14 },
  order: { angle: 0, spacing: 7 },
};
