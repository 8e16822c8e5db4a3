import Phaser from 'phaser';
import { PALETTE } from './palette.ts';
import { FRONT, type LatLon, RAILWAYS, RIVERS, SEAS, URALS } from './region-data.ts';

// The map of Russia that the story's 'region' view frames (the front, Moscow, the Volga and Siberia in 1918):
// seas, lakes, rivers, the Urals, the main railways and the front of autumn 1917. Schematic, as the city map
// is: the coordinates were written from general geography, [latitude, longitude], and are projected exactly as
// scripts/convert-map.mjs projects the city (1 unit = 1 px at 7,000 px per degree, from Palace Square).

type Pt = [number, number];

const ORIGIN = { lat: 59.939, lon: 30.3158 };
const K = 7000;
const COS = Math.cos((59.939 * Math.PI) / 180);

/** Projects [lat, lon] into map units, as the city's geometry is. */
export function project([lat, lon]: LatLon): Pt {
  return [(lon - ORIGIN.lon) * COS * K, -(lat - ORIGIN.lat) * K];
}

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
