import Phaser from 'phaser';
import type { Cue } from '../../src/story/transcript.ts';
import type { DistrictView, WorldView } from '../../src/world/world-view.ts';
import { type Animation, animationsFor } from './animations.ts';
import { drawBase, toVectors } from './base-layer.ts';
import { viewBox } from './framing.ts';
import { auroraCourse, type Geometry, locatePlace } from './geometry.ts';
import { hatchSegments, type Pt, pointInPolygon } from './hatch.ts';
import { MapLabels } from './labels.ts';
import { drawWorldMarkers } from './markers.ts';
import { BAND_HATCH, moodColour, PALETTE } from './palette.ts';
import { drawRegion } from './region.ts';

/** Map-wide settings the scene starts with. */
export interface SceneOptions {
  readonly geometry: Geometry;
  readonly reducedMotion: boolean;
  readonly onFirstFrame: () => void;
  readonly onHover: (id: string | null, screen: { x: number; y: number } | null) => void;
  readonly onCreate: () => void;
}

/**
 * The Phaser scene that draws Petrograd from the world view. Everything is in map units (1 unit = 1 px at
 * 7000 px per degree); line widths, labels and pictograms are scaled by 1/zoom so they keep their screen
 * size whatever the view.
 */
export class CityScene extends Phaser.Scene {
  private options!: SceneOptions;
  private baseLayer!: Phaser.GameObjects.Graphics;
  /** The map of Russia, drawn only while the story frames the region. */
  private regionLayer!: Phaser.GameObjects.Graphics;
  /**
   * Each district's fill, a shape of its own: its triangles are cut once, and a tint's fade only recolours the
   * districts whose tint moves (a Graphics layer re-cuts every polygon on every frame it is drawn).
   */
  private readonly districtFills = new Map<string, Phaser.GameObjects.Polygon>();
  /** Hatching and outlines: they change with a district's band and the zoom, not with every step of a tint's fade. */
  private hatchLayer!: Phaser.GameObjects.Graphics;
  private readonly districtPolys = new Map<string, Phaser.Math.Vector2[]>();
  /** The tint each district's fill was last given, so that an unchanged one is left alone. */
  private readonly filled = new Map<string, number>();
  private waterLayer!: Phaser.GameObjects.Graphics;
  private markerLayer!: Phaser.GameObjects.Graphics;
  private fxLayer!: Phaser.GameObjects.Graphics;
  private focusLayer!: Phaser.GameObjects.Graphics;
  private focused: string | null = null;
  private labels!: MapLabels;
  private shown = new Map<string, number>();
  private target: WorldView | null = null;
  private tween: Phaser.Tweens.Tween | null = null;
  private viewName = 'city';
  /** Counts camera moves, so that only the latest one settles the camera. */
  private moves = 0;
  private unit = 1;
  /** How much larger than normal labels and pictograms are drawn (projector mode). */
  private labelScale = 1;
  private firstFrameSent = false;
  private running: { anim: Animation; born: number }[] = [];

  constructor() {
    super({ key: 'city' });
  }

  init(options: SceneOptions): void {
    this.options = options;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(PALETTE.paper);
    this.regionLayer = this.add.graphics();
    this.baseLayer = this.add.graphics();
    for (const shape of this.options.geometry.districts) {
      const fill = this.add.polygon(0, 0, shape.polygon, PALETTE.paper, 0.9).setOrigin(0).setVisible(false);
      this.districtFills.set(shape.id, fill);
    }
    this.hatchLayer = this.add.graphics();
    this.waterLayer = this.add.graphics();
    this.labels = new MapLabels(this, this.options.geometry);
    this.markerLayer = this.add.graphics();
    this.fxLayer = this.add.graphics();
    this.focusLayer = this.add.graphics();
    this.fit();
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => this.hover(p));
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => this.hover(p));
    this.input.on('gameout', () => this.options.onHover(null, null));
    this.events.on(Phaser.Scenes.Events.POST_UPDATE, () => this.drawAnimations());
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      if (this.firstFrameSent || !this.target) return;
      this.firstFrameSent = true;
      this.options.onFirstFrame();
    });
    this.options.onCreate();
  }

  /** Shows a new state of the city; changes animate unless `animate` is false (a load, a rewind) or motion is reduced. */
  setWorld(view: WorldView, animate: boolean): void {
    const from = new Map(this.shown);
    this.target = view;
    const wanted = view.view ?? 'city';
    if (wanted !== this.viewName) {
      this.viewName = wanted;
      this.fit(animate && !this.options.reducedMotion);
    }
    this.tween?.stop();
    this.labels.setStates(new Map(view.districts.map((d) => [d.id, d.band])));
    this.labels.place(this.unit, this.labelScale, this.viewName);
    const settle = () => {
      for (const d of view.districts) this.shown.set(d.id, d.mood);
      this.drawDistricts(view.districts);
    };
    this.drawMarkers();
    if (!animate || this.options.reducedMotion || from.size === 0) {
      settle();
      return;
    }
    this.drawDistricts(view.districts);
    const state = { t: 0 };
    this.tween = this.tweens.add({
      targets: state,
      t: 1,
      duration: 900,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        for (const d of view.districts) {
          const start = from.get(d.id) ?? d.mood;
          if (start !== d.mood) this.shown.set(d.id, start + (d.mood - start) * state.t);
        }
        this.drawDistricts(view.districts, true);
      },
      onComplete: settle,
    });
  }

  /** Plays the map cues of a new passage: strikes ripple, columns march, bridges rise, flags go up, the Aurora sails. */
  playCues(cues: readonly Cue[]): void {
    if (this.options.reducedMotion) return;
    let delay = 0;
    const places = { locate: (id: string) => locatePlace(this.options.geometry, id), centre: [0, 0] as Pt, auroraCourse: auroraCourse(this.options.geometry) };
    for (const cue of cues) {
      if (cue.kind !== 'event') continue;
      for (const anim of animationsFor(cue.id, cue.targets, places)) {
        this.running.push({ anim, born: this.time.now + delay });
      }
      delay += 500;
    }
  }

  /** Whether anything on the map is moving: a tint's fade, an event's animation or the camera. Idle, the map need not be redrawn. */
  busy(): boolean {
    const cam = this.cameras.main;
    return Boolean(this.tween?.isPlaying()) || this.running.length > 0 || cam.panEffect.isRunning || cam.zoomEffect.isRunning;
  }

  /** Rings a place picked from the keyboard (null clears it); returns its position on screen in CSS pixels. */
  focusPlace(id: string | null): { x: number; y: number } | null {
    this.focused = id;
    this.drawFocus();
    const at = id ? locatePlace(this.options.geometry, id) : null;
    if (!at) return null;
    const cam = this.cameras.main;
    const css = this.scale.zoom || 1;
    return { x: (at[0] - cam.worldView.x) * cam.zoom * css, y: (at[1] - cam.worldView.y) * cam.zoom * css };
  }

  private drawFocus(): void {
    const g = this.focusLayer;
    g.clear();
    const at = this.focused ? locatePlace(this.options.geometry, this.focused) : null;
    if (!at) return;
    const u = this.unit;
    g.lineStyle(3 * u, PALETTE.ink, 1);
    g.strokeCircle(at[0], at[1], 14 * u);
    g.lineStyle(1.5 * u, PALETTE.paper, 1);
    g.strokeCircle(at[0], at[1], 16.5 * u);
  }

  /** Draws labels and pictograms larger (for a projector) or back at their normal size. */
  setLabelScale(scale: number): void {
    this.labelScale = scale;
    this.drawStatic();
    this.drawMarkers();
  }

  /** Refits the view after the canvas has changed size. */
  relayout(): void {
    this.fit();
  }

  private fit(animate = false): void {
    const cam = this.cameras.main;
    cam.setSize(this.scale.width, this.scale.height);
    const v = viewBox(this.options.geometry, this.viewName);
    const zoom = Math.min(this.scale.width / v.width, this.scale.height / v.height);
    const cx = v.x + v.width / 2;
    const cy = v.y + v.height / 2;
    const apply = () => {
      this.unit = 1 / cam.zoom;
      this.drawStatic();
      this.drawFocus();
      if (this.target) {
        this.drawDistricts(this.target.districts);
        this.drawMarkers();
      }
    };
    if (animate) {
      // Forced, so that a new view asked for while the camera is still moving replaces the old move
      // (an unforced pan would finish on the old centre while the zoom went to the new one).
      const move = ++this.moves;
      cam.pan(cx, cy, 1200, 'Sine.easeInOut', true);
      // Keep lines and labels at their screen size all through the zoom, and settle exactly at its end.
      cam.zoomTo(zoom, 1200, 'Sine.easeInOut', true, () => apply());
      cam.once(Phaser.Cameras.Scene2D.Events.ZOOM_COMPLETE, () => {
        if (move !== this.moves) return;
        cam.centerOn(cx, cy);
        apply();
      });
      return;
    }
    this.moves++;
    cam.panEffect.reset();
    cam.zoomEffect.reset();
    cam.setZoom(zoom);
    cam.centerOn(cx, cy);
    apply();
  }

  private drawStatic(): void {
    if (this.viewName === 'region') drawRegion(this.regionLayer, this.unit);
    else this.regionLayer.clear();
    drawBase(this.baseLayer, this.waterLayer, this.options.geometry, this.unit, this.viewName === 'region');
    this.labels.place(this.unit, this.labelScale, this.viewName);
  }

  /** Tints each district (only those whose tint changed); unless `fillsOnly` (a step of a fade), redraws the hatching and outlines too. */
  private drawDistricts(districts: readonly DistrictView[], fillsOnly = false): void {
    const u = this.unit;
    const lines = this.hatchLayer;
    if (!fillsOnly) {
      lines.clear();
      const shown = new Set(districts.map((d) => d.id));
      for (const [id, fill] of this.districtFills) fill.setVisible(shown.has(id));
    }
    for (const d of districts) {
      const fill = this.districtFills.get(d.id);
      const colour = moodColour(this.shown.get(d.id) ?? d.mood);
      if (fill && this.filled.get(d.id) !== colour) {
        fill.setFillStyle(colour, 0.9);
        this.filled.set(d.id, colour);
      }
      if (fillsOnly) continue;
      const shape = this.options.geometry.districts.find((x) => x.id === d.id);
      if (!shape) continue;
      let poly = this.districtPolys.get(d.id);
      if (!poly) {
        poly = toVectors(shape.polygon);
        this.districtPolys.set(d.id, poly);
      }
      const hatch = BAND_HATCH[d.band];
      lines.lineStyle(0.9 * u, PALETTE.ink, 0.3);
      for (const [a, b] of hatchSegments(shape.polygon, hatch.angle, hatch.spacing * u)) lines.lineBetween(a[0], a[1], b[0], b[1]);
      lines.lineStyle(1.2 * u, PALETTE.ink, 0.6);
      lines.strokePoints(poly, true);
    }
  }

  private drawMarkers(): void {
    this.markerLayer.clear();
    // On the map of Russia the whole city is one dot: its districts' and sites' pictograms would pile up on it.
    if (!this.target || this.viewName === 'region') return;
    drawWorldMarkers(this.markerLayer, this.target, this.options.geometry, this.unit * this.labelScale);
  }

  private drawAnimations(): void {
    const g = this.fxLayer;
    if (this.running.length === 0) return;
    g.clear();
    const now = this.time.now;
    this.running = this.running.filter((r) => now - r.born < r.anim.duration);
    for (const r of this.running) {
      const t = (now - r.born) / r.anim.duration;
      if (t >= 0) r.anim.draw(g, t, this.unit);
    }
  }

  private hover(pointer: Phaser.Input.Pointer): void {
    const world = this.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const point: Pt = [world.x, world.y];
    const geo = this.options.geometry;
    const near = [...geo.landmarks, ...geo.offmap].find((l) => Math.hypot(l.at[0] - point[0], l.at[1] - point[1]) < 8 * this.unit);
    const district = geo.districts.find((d) => pointInPolygon(point, d.polygon));
    const id = near?.id ?? district?.id ?? null;
    const css = this.scale.zoom || 1;
    this.options.onHover(id, id ? { x: pointer.x * css, y: pointer.y * css } : null);
  }
}
