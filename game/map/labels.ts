import Phaser from 'phaser';
import { placeName } from '../../src/world/places.ts';
import { REGION_HIDDEN } from './framing.ts';
import type { Geometry } from './geometry.ts';
import { centroid, type Pt } from './hatch.ts';

/** Landmarks always named on the map (the others are dots, named in the tooltip). */
export const LABELLED: Readonly<Record<string, string>> = {
  winter_palace: 'Winter Palace',
  smolny: 'Smolny',
  tauride_palace: 'Tauride Palace',
  finland_station: 'Finland Station',
  peter_paul_fortress: 'Peter and Paul',
  putilov_works: 'Putilov works',
  kshesinskaya_mansion: 'Kshesinskaya',
  mariinsky_palace: 'Mariinsky',
  arsenal_liteiny: 'Arsenal',
  nikolaevsky_station: 'Nikolaevsky Stn',
};

export const OFFMAP_LABELLED = ['kronstadt', 'pulkovo_heights', 'tsarskoe_selo', 'gatchina', 'sestroretsk', 'oranienbaum', 'krasnoe_selo'];
const FONT = '"Oswald", "Arial Narrow", sans-serif';

interface Label {
  readonly text: Phaser.GameObjects.Text;
  readonly at: Pt;
  readonly offsetPx: number;
  /** Lower numbers win when labels would overlap. */
  readonly priority: number;
  /** Shown only in these views (all views when absent). */
  readonly views?: readonly string[];
}

/** The map's names: districts, the main landmarks, the places around the city and on the map of Russia. */
export class MapLabels {
  private readonly labels: Label[] = [];
  private readonly scene: Phaser.Scene;

  constructor(scene: Phaser.Scene, geo: Geometry) {
    this.scene = scene;
    this.createAll(geo);
  }

  /** Scales the labels to the zoom and hides any that would overlap a more important one. */
  place(u: number, scale: number, viewName: string): void {
    const placed: Phaser.Geom.Rectangle[] = [];
    for (const label of [...this.labels].sort((a, b) => a.priority - b.priority)) {
      label.text.setScale(u * scale);
      label.text.setPosition(label.at[0], label.at[1] - label.offsetPx * u);
      // On the map of Russia only its own names show: the city's would pile up on one dot.
      if (label.views ? !label.views.includes(viewName) : viewName === 'region') {
        label.text.setVisible(false);
        continue;
      }
      const box = label.text.getBounds();
      const clash = placed.some((p) => Phaser.Geom.Intersects.RectangleToRectangle(p, box));
      label.text.setVisible(!clash);
      if (!clash) placed.push(box);
    }
  }

  private make(text: string, at: Pt, sizePx: number, offsetPx: number, colour: string, alpha: number, priority: number, views?: readonly string[]): void {
    const t = this.scene.add.text(at[0], at[1], text.toUpperCase(), {
      fontFamily: FONT,
      fontSize: `${sizePx}px`,
      color: colour,
      align: 'center',
      stroke: '#f2e8d5',
      strokeThickness: 3,
    });
    t.setOrigin(0.5, 0.5).setAlpha(alpha).setLetterSpacing(0.6);
    t.setResolution(Math.min(3, (window.devicePixelRatio || 1) * 1.5));
    this.labels.push({ text: t, at, offsetPx, priority, ...(views ? { views } : {}) });
  }

  private createAll(geo: Geometry): void {
    for (const d of geo.districts) {
      const name = placeName(d.id)
        .replace(/ district.*$/i, '')
        .replace(/ \(.*\)$/, '');
      this.make(name, centroid(d.polygon), 10, 10, '#4a423a', 0.9, 20);
    }
    for (const [rank, [id, name]] of Object.entries(LABELLED).entries()) {
      const l = geo.landmarks.find((x) => x.id === id);
      if (l) this.make(name, l.at, 10, 9, '#1d1a17', 1, rank);
    }
    for (const o of geo.offmap) if (OFFMAP_LABELLED.includes(o.id)) this.make(placeName(o.id).replace(/ \(.*\)$/, ''), o.at, 11, 11, '#1d1a17', 1, 10);
    for (const o of geo.offmap)
      if (o.inset === 'region' && !REGION_HIDDEN.has(o.id)) this.make(placeName(o.id).replace(/ \(.*\)$/, ''), o.at, 12, 12, '#1d1a17', 1, 5, ['region']);
    this.make('Petrograd', [0, 0], 13, 16, '#b3202a', 1, 4, ['region']);
  }
}
