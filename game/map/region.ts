import Phaser from 'phaser';
import { PALETTE } from './palette.ts';

// The map of Russia that the story's 'region' view frames (the front, Moscow, the Volga and Siberia in 1918):
// seas, lakes, rivers, the Urals, the main railways and the front of autumn 1917. Schematic, as the city map
// is: the coordinates were written from general geography, [latitude, longitude], and are projected exactly as
// scripts/convert-map.mjs projects the city (1 unit = 1 px at 7,000 px per degree, from Palace Square).

type LatLon = readonly [number, number];
type Pt = [number, number];

const ORIGIN = { lat: 59.939, lon: 30.3158 };
const K = 7000;
const COS = Math.cos((59.939 * Math.PI) / 180);

/** Projects [lat, lon] into map units, as the city's geometry is. */
export function project([lat, lon]: LatLon): Pt {
  return [(lon - ORIGIN.lon) * COS * K, -(lat - ORIGIN.lat) * K];
}

const SEAS: Readonly<Record<string, readonly LatLon[]>> = {
  baltic: [
    [59.95, 30.2],
    [60.2, 29.4],
    [60.7, 28.7],
    [60.47, 26.9],
    [60.15, 24.95],
    [59.82, 22.95],
    [60.45, 22.25],
    [61.5, 21.5],
    [63.0, 21.3],
    [64.5, 24.5],
    [65.0, 25.3],
    [66.0, 24.0],
    [66.0, 17.0],
    [54.0, 10.0],
    [54.1, 12.1],
    [54.4, 18.7],
    [54.7, 20.5],
    [55.7, 21.1],
    [56.5, 21.0],
    [57.4, 21.6],
    [57.75, 22.6],
    [57.2, 23.4],
    [57.0, 24.1],
    [57.6, 24.4],
    [58.4, 24.5],
    [58.6, 23.5],
    [58.95, 23.5],
    [59.44, 24.75],
    [59.47, 28.04],
    [59.92, 29.75],
    [59.88, 29.9],
  ],
  white: [
    [64.55, 40.45],
    [64.9, 39.5],
    [64.6, 37.9],
    [64.0, 37.6],
    [64.5, 34.8],
    [65.5, 34.6],
    [66.7, 32.8],
    [67.1, 32.4],
    [66.6, 34.5],
    [66.2, 37.5],
    [66.1, 39.5],
    [66.6, 40.8],
    [67.5, 41.2],
    [68.5, 44.0],
    [66.4, 44.3],
    [65.8, 43.4],
    [65.3, 41.9],
  ],
  black: [
    [46.48, 30.73],
    [46.6, 31.9],
    [46.0, 32.6],
    [46.15, 33.7],
    [45.6, 32.5],
    [45.3, 32.6],
    [44.6, 33.5],
    [44.5, 34.2],
    [45.0, 35.4],
    [45.35, 36.5],
    [45.1, 36.7],
    [44.9, 37.3],
    [44.7, 37.8],
    [44.1, 39.1],
    [43.6, 39.7],
    [43.0, 41.0],
    [41.6, 41.6],
    [41.0, 39.7],
    [42.0, 35.15],
    [41.0, 29.0],
    [43.2, 27.9],
    [44.2, 28.65],
    [45.2, 29.7],
  ],
  azov: [
    [45.35, 36.6],
    [46.17, 34.8],
    [46.75, 36.8],
    [47.1, 37.55],
    [47.2, 38.9],
    [47.1, 39.3],
    [46.7, 38.3],
    [46.05, 38.2],
    [45.3, 37.4],
  ],
  caspian: [
    [42.0, 47.8],
    [43.5, 47.5],
    [44.5, 47.0],
    [45.5, 47.6],
    [45.8, 47.9],
    [46.2, 48.8],
    [46.6, 50.3],
    [47.1, 51.9],
    [46.5, 53.1],
    [45.3, 53.0],
    [44.5, 51.0],
    [44.0, 50.4],
    [43.3, 51.3],
    [42.0, 52.6],
  ],
  ladoga: [
    [59.95, 31.1],
    [60.6, 30.4],
    [61.03, 30.12],
    [61.7, 30.7],
    [61.57, 31.5],
    [61.0, 32.8],
    [60.3, 32.8],
    [60.1, 32.3],
  ],
  onega: [
    [61.0, 35.5],
    [61.8, 34.4],
    [62.85, 34.8],
    [62.9, 34.45],
    [62.3, 35.7],
    [62.0, 36.0],
    [61.8, 36.5],
    [61.1, 36.3],
  ],
};

const RIVERS: readonly (readonly LatLon[])[] = [
  // The Volga, from Tver to the Caspian.
  [
    [56.86, 35.9],
    [57.63, 39.87],
    [57.77, 40.93],
    [56.33, 44.0],
    [55.8, 49.1],
    [55.3, 49.4],
    [53.2, 50.15],
    [53.15, 48.45],
    [51.53, 46.03],
    [48.7, 44.5],
    [46.35, 48.05],
    [45.8, 47.9],
  ],
  // The Kama.
  [
    [58.0, 56.25],
    [56.5, 53.5],
    [55.5, 51.5],
    [55.3, 49.4],
  ],
  // The Dnieper.
  [
    [54.78, 32.05],
    [53.9, 30.33],
    [50.45, 30.52],
    [49.07, 33.42],
    [48.46, 35.05],
    [47.84, 35.14],
    [46.64, 32.6],
    [46.5, 31.9],
  ],
  // The Northern Dvina.
  [
    [61.25, 46.65],
    [62.6, 44.0],
    [64.55, 40.55],
  ],
  // The Don.
  [
    [53.9, 38.0],
    [51.67, 39.2],
    [49.5, 40.9],
    [48.7, 43.4],
    [47.6, 40.5],
    [47.23, 39.7],
    [47.1, 39.3],
  ],
  // The Ural river.
  [
    [51.77, 55.1],
    [51.2, 51.4],
    [47.1, 51.9],
  ],
];

const URALS: readonly LatLon[] = [
  [65.0, 60.5],
  [62.0, 59.2],
  [59.0, 59.3],
  [56.5, 59.6],
  [55.0, 59.3],
  [52.5, 58.8],
  [51.5, 58.5],
];

const RAILWAYS: readonly (readonly LatLon[])[] = [
  // Petrograd to Moscow (the Nikolaevsky line).
  [
    [59.93, 30.36],
    [58.52, 31.27],
    [57.88, 34.05],
    [56.86, 35.9],
    [55.75, 37.62],
  ],
  // Moscow, Samara, Ufa, Chelyabinsk and Omsk: the road to Siberia.
  [
    [55.75, 37.62],
    [54.6, 39.7],
    [53.2, 45.0],
    [53.15, 48.45],
    [53.2, 50.15],
    [54.73, 55.97],
    [55.17, 59.67],
    [55.16, 61.4],
    [55.45, 65.33],
    [54.87, 69.15],
    [54.99, 73.37],
  ],
  // Moscow, Yaroslavl, Vologda and Archangel.
  [
    [55.75, 37.62],
    [57.63, 39.87],
    [59.22, 39.88],
    [61.0, 40.1],
    [64.55, 40.55],
  ],
  // Petrograd to Vologda.
  [
    [59.93, 30.36],
    [59.92, 32.3],
    [59.13, 37.9],
    [59.22, 39.88],
  ],
  // Petrograd, Luga, Pskov and Dvinsk (the Warsaw line), and Pskov to Riga.
  [
    [59.93, 30.3],
    [58.74, 29.85],
    [57.82, 28.33],
    [55.87, 26.53],
  ],
  [
    [57.82, 28.33],
    [57.5, 26.9],
    [56.95, 24.1],
  ],
  // Petrograd, Dno, Vitebsk and Mogilev: the line to headquarters.
  [
    [59.93, 30.3],
    [57.83, 29.97],
    [55.19, 30.2],
    [53.9, 30.33],
  ],
  // Petrograd, Vyborg and Helsingfors.
  [
    [59.95, 30.35],
    [60.7, 28.75],
    [60.74, 24.77],
    [60.17, 24.94],
  ],
  // Moscow to Rostov and Ekaterinodar.
  [
    [55.75, 37.62],
    [54.2, 37.6],
    [52.97, 36.07],
    [51.73, 36.19],
    [49.99, 36.23],
    [47.23, 39.7],
    [45.04, 38.98],
  ],
];

/** The Eastern Front after Riga fell (21 August 1917), from the Gulf of Riga to the Black Sea. */
const FRONT: readonly LatLon[] = [
  [57.3, 24.4],
  [56.5, 25.9],
  [55.85, 26.4],
  [54.85, 26.75],
  [54.48, 26.4],
  [53.1, 25.9],
  [52.1, 26.1],
  [50.75, 25.1],
  [50.08, 25.15],
  [49.55, 25.4],
  [48.3, 25.9],
  [47.2, 26.8],
  [45.45, 28.0],
  [45.2, 29.6],
];

/** Names of the map of Russia's seas and ranges, with where they are written. */
export const REGION_NAMES: readonly { readonly text: string; readonly at: Pt; readonly size: number }[] = [
  { text: 'Baltic Sea', at: project([58.2, 20.6]), size: 13 },
  { text: 'Gulf of Finland', at: project([59.85, 26.5]), size: 10 },
  { text: 'White Sea', at: project([65.6, 37.3]), size: 13 },
  { text: 'Black Sea', at: project([43.9, 34.0]), size: 13 },
  { text: 'Caspian', at: project([44.4, 49.4]), size: 12 },
  { text: 'Ural Mountains', at: project([58.4, 61.2]), size: 11 },
  { text: 'Volga', at: project([51.4, 47.3]), size: 10 },
  { text: 'The front, autumn 1917', at: project([51.2, 29.3]), size: 11 },
];

const line = (points: readonly LatLon[]) => points.map(project);
const vectors = (points: readonly LatLon[]) => points.map((p) => new Phaser.Math.Vector2(...project(p)));

/** Draws the map of Russia's features into `g` (lines scaled by `u`, one screen pixel in map units). */
export function drawRegion(g: Phaser.GameObjects.Graphics, u: number): void {
  g.clear();
  g.fillStyle(PALETTE.land, 1);
  g.fillRect(-1e6, -1e6, 2e6, 2e6);
  for (const [id, coast] of Object.entries(SEAS)) {
    const pts = vectors(coast);
    g.fillStyle(PALETTE.neva, id === 'ladoga' || id === 'onega' ? 0.85 : 0.7);
    g.fillPoints(pts, true);
    g.lineStyle(1.2 * u, PALETTE.nevaDark, 0.9);
    g.strokePoints(pts, true);
  }
  g.lineStyle(2.2 * u, PALETTE.neva, 1);
  for (const river of RIVERS) g.strokePoints(vectors(river), false);
  // The Urals: a ridge of short ticks.
  const ridge = line(URALS);
  g.lineStyle(1.6 * u, PALETTE.ink, 0.55);
  for (let i = 1; i < ridge.length; i++) {
    const [x0, y0] = ridge[i - 1] as Pt;
    const [x1, y1] = ridge[i] as Pt;
    const steps = Math.max(1, Math.round(Math.hypot(x1 - x0, y1 - y0) / (8 * u)));
    for (let s = 0; s < steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      g.lineBetween(x - 3.5 * u, y + 3 * u, x, y - 3 * u);
      g.lineBetween(x, y - 3 * u, x + 3.5 * u, y + 3 * u);
    }
  }
  for (const rail of RAILWAYS) {
    const pts = vectors(rail);
    g.lineStyle(3.4 * u, PALETTE.ink, 0.7);
    g.strokePoints(pts, false);
    g.lineStyle(1.6 * u, PALETTE.paper, 1);
    g.strokePoints(pts, false);
  }
  // The front: a heavy red line with teeth towards the enemy (west).
  const front = line(FRONT);
  g.lineStyle(3 * u, PALETTE.red, 0.9);
  g.strokePoints(vectors(FRONT), false);
  g.fillStyle(PALETTE.red, 0.9);
  for (let i = 1; i < front.length; i++) {
    const [x0, y0] = front[i - 1] as Pt;
    const [x1, y1] = front[i] as Pt;
    const len = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.round(len / (22 * u)));
    const [nx, ny] = [(y1 - y0) / len, -(x1 - x0) / len];
    for (let s = 0; s < steps; s++) {
      const x = x0 + ((x1 - x0) * (s + 0.5)) / steps;
      const y = y0 + ((y1 - y0) * (s + 0.5)) / steps;
      const side = nx < 0 ? 1 : -1;
      g.fillTriangle(
        x - (4 * u * (x1 - x0)) / len,
        y - (4 * u * (y1 - y0)) / len,
        x + (4 * u * (x1 - x0)) / len,
        y + (4 * u * (y1 - y0)) / len,
        x + side * nx * 6 * u,
        y + side * ny * 6 * u,
      );
    }
  }
}
