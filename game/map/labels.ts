import Phaser from 'phaser';
import { placeName } from '../../src/world/places.ts';
import { BAND_LABELS, type Band } from '../../src/world/world-view.ts';
import { REGION_HIDDEN, viewBox } from './framing.ts';
import type { Geometry } from './geometry.ts';
import { centroid, type Pt } from './hatch.ts';
import { REGION_NAMES } from './region.ts';

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
  /** A district's state in words under its name, so the map reads without the key. */
  readonly state?: Phaser.GameObjects.Text;
  readonly at: Pt;
  readonly offsetPx: number;
  /** Lower numbers win when labels would overlap. */
  readonly priority: number;
  /** Shown only in these views (all views when absent). */
  readonly views?: readonly string[];
}

/** Ink for a band's words: red for the revolution, grey-blue for the government, dark ochre between (the words carry the meaning). */
const BAND_INK: Readonly<Record<Band, string>> = {
  revolution: '#8f1820',
  leaning_revolution: '#8f1820',
  wavering: '#6b5322',
  leaning_order: '#3b4b58',
  order: '#3b4b58',
};

/** The map's names: districts (with their state in words), the main landmarks, the places around the city and on the map of Russia. */
export class MapLabels {
  private readonly labels: Label[] = [];
  private readonly scene: Phaser.Scene;
  private readonly states = new Map<string, Phaser.GameObjects.Text>();
  private readonly bands = new Map<string, Band>();

  constructor(scene: Phaser.Scene, geo: Geometry) {
    this.scene = scene;
    this.createAll(geo);
  }

  /** Writes each district's state under its name ("with the revolution", "wavering" …). */
  setStates(bands: ReadonlyMap<string, Band>): void {
    for (const [id, band] of bands) {
      const t = this.states.get(id);
      // Redrawing a text re-rasterises it and uploads a texture (setColor does so even for the same colour): only a changed band pays.
      if (!t || this.bands.get(id) === band) continue;
      this.bands.set(id, band);
      // The colour goes in without a redraw of its own: setText then draws the new words in it, once.
      t.style.color = BAND_INK[band];
      t.setText(BAND_LABELS[band].toUpperCase());
    }
  }

  /** Scales the labels to the zoom and hides any that would overlap a more important one. */
  place(u: number, scale: number, viewName: string): void {
    const placed: Phaser.Geom.Rectangle[] = [];
    for (const label of [...this.labels].sort((a, b) => a.priority - b.priority)) {
      label.text.setScale(u * scale);
      label.text.setPosition(label.at[0], label.at[1] - label.offsetPx * u * scale);
      label.state?.setScale(u * scale);
      label.state?.setPosition(label.at[0], label.at[1] - (label.offsetPx - 11) * u * scale);
      // On the map of Russia only its own names show: the city's would pile up on one dot.
      if (label.views ? !label.views.includes(viewName) : viewName === 'region') {
        label.text.setVisible(false);
        label.state?.setVisible(false);
        continue;
      }
      const box = label.text.getBounds();
      if (label.state) Phaser.Geom.Rectangle.Union(box, label.state.getBounds(), box);
      const clash = placed.some((p) => Phaser.Geom.Intersects.RectangleToRectangle(p, box));
      label.text.setVisible(!clash);
      label.state?.setVisible(!clash);
      if (!clash) placed.push(box);
    }
  }

  private text(text: string, at: Pt, sizePx: number, colour: string): Phaser.GameObjects.Text {
    const t = this.scene.add.text(at[0], at[1], text.toUpperCase(), {
      fontFamily: FONT,
      fontSize: `${sizePx}px`,
      color: colour,
      align: 'center',
      stroke: '#f2e8d5',
      strokeThickness: 3,
    });
    t.setOrigin(0.5, 0.5).setLetterSpacing(0.6);
    t.setResolution(Math.min(3, (window.devicePixelRatio || 1) * 1.5));
    return t;
  }

  private make(
    text: string,
    at: Pt,
    sizePx: number,
    offsetPx: number,
    colour: string,
    alpha: number,
    priority: number,
    views?: readonly string[],
    stateOf?: string,
  ): void {
    const t = this.text(text, at, sizePx, colour).setAlpha(alpha);
    const state = stateOf ? this.text('', at, 7.5, '#4a423a') : undefined;
    if (state && stateOf) this.states.set(stateOf, state);
    this.labels.push({ text: t, at, offsetPx, priority, ...(views ? { views } : {}), ...(state ? { state } : {}) });
  }

  private createAll(geo: Geometry): void {
    for (const d of geo.districts) {
      const name = placeName(d.id)
        .replace(/ district.*$/i, '')
        .replace(/ \(.*\)$/, '');
      this.make(name, centroid(d.polygon), 10, 10, '#4a423a', 0.95, 3, undefined, d.id);
    }
    // Landmark names sit just below their dot, so that a flag or ring raised over the place never covers them.
    for (const [rank, [id, name]] of Object.entries(LABELLED).entries()) {
      const l = geo.landmarks.find((x) => x.id === id);
      if (l) this.make(name, l.at, 10, -10, '#1d1a17', 1, rank);
    }
    for (const o of geo.offmap) if (OFFMAP_LABELLED.includes(o.id)) this.make(placeName(o.id).replace(/ \(.*\)$/, ''), o.at, 11, 11, '#1d1a17', 1, 10);
    for (const o of geo.offmap)
      if (o.inset === 'region' && !REGION_HIDDEN.has(o.id)) this.make(placeName(o.id).replace(/ \(.*\)$/, ''), o.at, 12, 12, '#1d1a17', 1, 5, ['region']);
    this.make('Petrograd', [0, 0], 13, 16, '#b3202a', 1, 4, ['region']);
    for (const n of REGION_NAMES) this.make(n.text, n.at, n.size, 0, '#3b4b58', 0.85, 30, ['region']);
    const box = viewBox(geo, 'region');
    this.make('Russia, 1917–1918', [box.x + box.width * 0.8, box.y + box.height * 0.93], 16, 0, '#1d1a17', 1, 1, ['region']);
  }
}
