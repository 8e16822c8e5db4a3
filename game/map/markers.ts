import type Phaser from 'phaser';
import type { WorldView } from '../../src/world/world-view.ts';
import { type Geometry, locatePlace } from './geometry.ts';
import { centroid } from './hatch.ts';
import { PALETTE } from './palette.ts';

/** The pictograms the map uses; the legend draws the same shapes. */
export type MarkerKind = 'strike' | 'crowd' | 'barricade' | 'armed' | 'flag' | 'contested' | 'raised';

/** Draws one pictogram centred on (x, y), at `scale` (1 = city size). */
export function drawMarker(g: Phaser.GameObjects.Graphics, kind: MarkerKind, x: number, y: number, scale = 1): void {
  const s = scale;
  switch (kind) {
    case 'strike': {
      // A factory with a cold chimney: the works are out.
      g.fillStyle(PALETTE.paper, 1);
      g.fillRect(x - 7 * s, y - 4 * s, 14 * s, 9 * s);
      g.lineStyle(1.4 * s, PALETTE.red, 1);
      g.strokeRect(x - 7 * s, y - 4 * s, 14 * s, 9 * s);
      g.fillStyle(PALETTE.red, 1);
      g.fillRect(x + 3 * s, y - 10 * s, 3 * s, 6 * s);
      g.fillTriangle(x - 7 * s, y - 4 * s, x - 3 * s, y - 8 * s, x - 3 * s, y - 4 * s);
      g.fillTriangle(x - 3 * s, y - 4 * s, x + 1 * s, y - 8 * s, x + 1 * s, y - 4 * s);
      break;
    }
    case 'crowd':
      g.fillStyle(PALETTE.ink, 0.9);
      for (const [dx, dy] of [
        [-5, 2],
        [0, -2],
        [5, 2],
        [-2, 5],
        [3, 6],
      ])
        g.fillCircle(x + (dx ?? 0) * s, y + (dy ?? 0) * s, 2.2 * s);
      break;
    case 'barricade':
      g.lineStyle(2.2 * s, PALETTE.ink, 1);
      g.lineBetween(x - 7 * s, y + 5 * s, x + 7 * s, y - 5 * s);
      g.lineBetween(x - 7 * s, y - 5 * s, x + 7 * s, y + 5 * s);
      g.lineBetween(x - 8 * s, y + 6 * s, x + 8 * s, y + 6 * s);
      break;
    case 'armed':
      g.fillStyle(PALETTE.red, 1);
      g.fillTriangle(x, y - 8 * s, x - 6 * s, y + 5 * s, x + 6 * s, y + 5 * s);
      g.lineStyle(1 * s, PALETTE.ink, 1);
      g.strokeTriangle(x, y - 8 * s, x - 6 * s, y + 5 * s, x + 6 * s, y + 5 * s);
      break;
    case 'flag':
      g.lineStyle(1.4 * s, PALETTE.ink, 1);
      g.lineBetween(x, y, x, y - 14 * s);
      g.fillStyle(PALETTE.red, 1);
      g.fillRect(x, y - 14 * s, 9 * s, 6 * s);
      break;
    case 'contested':
      g.lineStyle(2 * s, PALETTE.ochre, 1);
      g.strokeCircle(x, y, 7 * s);
      g.lineStyle(1.6 * s, PALETTE.ink, 1);
      g.lineBetween(x - 5 * s, y - 5 * s, x + 5 * s, y + 5 * s);
      g.lineBetween(x + 5 * s, y - 5 * s, x - 5 * s, y + 5 * s);
      break;
    case 'raised':
      g.lineStyle(2.4 * s, PALETTE.government, 1);
      g.lineBetween(x - 8 * s, y + 2 * s, x - 2 * s, y - 6 * s);
      g.lineBetween(x + 8 * s, y + 2 * s, x + 2 * s, y - 6 * s);
      break;
  }
}

/** Draws every district's pictograms (strikes, crowds, barricades, arms) under its name, and each site's state, at `scale`. */
export function drawWorldMarkers(g: Phaser.GameObjects.Graphics, view: WorldView, geometry: Geometry, scale: number): void {
  for (const d of view.districts) {
    const shape = geometry.districts.find((x) => x.id === d.id);
    if (!shape) continue;
    const [cx, cy] = centroid(shape.polygon);
    const kinds: MarkerKind[] = [];
    if (d.striking) kinds.push('strike');
    if (d.crowds) kinds.push('crowd');
    if (d.barricades) kinds.push('barricade');
    if (d.armed) kinds.push('armed');
    for (const [i, kind] of kinds.entries()) drawMarker(g, kind, cx + (i - (kinds.length - 1) / 2) * 18 * scale, cy + 17 * scale, scale);
  }
  for (const site of view.sites) {
    const at = locatePlace(geometry, site.id);
    if (!at) continue;
    drawMarker(g, site.status === 'held' ? 'flag' : site.status === 'contested' ? 'contested' : 'raised', at[0], at[1], scale);
  }
}
