// The map's unchanging layers: sea, islands, railways, rivers, streets, bridges and landmark dots.
import Phaser from 'phaser';
import { REGION_HIDDEN } from './framing.ts';
import type { Geometry } from './geometry.ts';
import type { Pt } from './hatch.ts';
import { LABELLED, OFFMAP_LABELLED } from './labels.ts';
import { PALETTE } from './palette.ts';

/** Map points as Phaser vectors. */
export function toVectors(points: readonly Pt[]): Phaser.Math.Vector2[] {
  return points.map(([x, y]) => new Phaser.Math.Vector2(x, y));
}

/** Draws the land (`g`) and the water, streets and landmarks (`w`) at line unit `u`; `region` marks Petrograd on the map of Russia. */
export function drawBase(g: Phaser.GameObjects.Graphics, w: Phaser.GameObjects.Graphics, geo: Geometry, u: number, region: boolean): void {
  g.clear();
  g.fillStyle(PALETTE.neva, 0.6);
  g.fillPoints(toVectors(geo.sea), true);
  g.fillStyle(PALETTE.land, 1);
  for (const island of geo.islands) g.fillPoints(toVectors(island.polygon), true);
  g.lineStyle(0.8 * u, PALETTE.ink, 0.4);
  for (const island of geo.islands) g.strokePoints(toVectors(island.polygon), true);
  for (const rail of geo.railways) {
    g.lineStyle(3 * u, PALETTE.ink, 0.45);
    g.strokePoints(toVectors(rail.points), false);
    g.lineStyle(1.4 * u, PALETTE.paper, 1);
    g.strokePoints(toVectors(rail.points), false);
  }
  w.clear();
  w.fillStyle(PALETTE.neva, 1);
  for (const area of geo.waterAreas) w.fillPoints(toVectors(area.polygon), true);
  for (const river of geo.rivers) {
    w.lineStyle(Math.max(1.2 * u, river.width), PALETTE.neva, 1);
    w.strokePoints(toVectors(river.points), false);
  }
  w.lineStyle(1.2 * u, PALETTE.ink, 0.35);
  for (const street of geo.streets) w.strokePoints(toVectors(street.points), false);
  w.lineStyle(3 * u, PALETTE.ink, 0.8);
  for (const bridge of geo.bridges) {
    const [x, y] = bridge.at;
    w.lineBetween(x - 3.5 * u, y - 3.5 * u, x + 3.5 * u, y + 3.5 * u);
  }
  for (const l of geo.landmarks) {
    w.fillStyle(PALETTE.ink, 0.9);
    w.fillCircle(l.at[0], l.at[1], (LABELLED[l.id] ? 3 : 1.8) * u);
  }
  for (const o of geo.offmap) {
    if (!OFFMAP_LABELLED.includes(o.id) && (o.inset !== 'region' || REGION_HIDDEN.has(o.id))) continue;
    w.fillStyle(PALETTE.ink, 0.9);
    w.fillCircle(o.at[0], o.at[1], 3.5 * u);
  }
  if (region) {
    w.fillStyle(PALETTE.red, 1);
    w.fillCircle(0, 0, 7 * u);
    w.lineStyle(2 * u, PALETTE.ink, 1);
    w.strokeCircle(0, 0, 7 * u);
  }
}
