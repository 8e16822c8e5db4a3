// Loaded with a dynamic import() after the first passage is on screen: this module pulls in Phaser.
import Phaser from 'phaser';
import type { Cue } from '../../src/story/transcript.ts';
import type { WorldView } from '../../src/world/world-view.ts';
import { whenIdle, whenReading } from '../later.ts';
import { CityScene } from './city-scene.ts';
import { GEOMETRY } from './geometry.ts';

/** What the rest of the game can do with the map once it is up. */
export interface MapHandle {
  update(view: WorldView, cues: readonly Cue[], animate: boolean): void;
  /** Rings a place chosen from the keyboard and returns where it is on screen (CSS pixels), or null. */
  focusPlace(id: string | null): { x: number; y: number } | null;
  /** Draws labels and pictograms larger (projector) or at their normal size. */
  setLabelScale(scale: number): void;
  /** Pauses a moving map until the next frame has been painted, so that frame is the story's alone (a click's new text). */
  yieldFrame(): void;
}

/** Options for the map: where to draw, the first state, and callbacks. */
export interface MountOptions {
  readonly parent: HTMLElement;
  readonly world: WorldView;
  readonly reducedMotion: boolean;
  readonly onFirstFrame: () => void;
  readonly onHover: (id: string | null, screen: { x: number; y: number } | null) => void;
}

/** How long the loop keeps drawing after a change that does not animate (a resize, a ring, a label scale). */
const SETTLE_MS = 250;

/** Starts Phaser in `parent` and draws the city; resolves once the scene exists. */
export function mountMap(options: MountOptions): Promise<MapHandle> {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const size = () => ({ w: Math.max(200, options.parent.clientWidth), h: Math.max(200, options.parent.clientHeight) });
  const { w, h } = size();
  const renderer = new URLSearchParams(location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
  return new Promise((resolve) => {
    const scene = new CityScene();
    const game = new Phaser.Game({
      type: renderer,
      parent: options.parent,
      backgroundColor: '#f2e8d5',
      banner: false,
      audio: { noAudio: true },
      // A tint's fade and a march read well at 30 frames a second, and leave the other half of a weak laptop's
      // frames to the story panel.
      fps: { limit: 30 },
      scale: { mode: Phaser.Scale.NONE, width: w * dpr, height: h * dpr, zoom: 1 / dpr },
      render: { antialias: true, roundPixels: false },
      scene: [],
    });
    // The map draws only while something moves and while it is on screen: at rest, or scrolled away under the
    // story on a phone, the loop sleeps and the last frame stays on the canvas.
    let onScreen = true;
    let drawn = false;
    let settleUntil = 0;
    // `data-map-loop` says whether the map is drawing or asleep, for tests and the benchmark.
    const mark = (state: 'drawing' | 'asleep') => options.parent.setAttribute('data-map-loop', state);
    const sleep = () => {
      game.loop.sleep();
      mark('asleep');
    };
    const wake = (ms = SETTLE_MS) => {
      settleUntil = Math.max(settleUntil, performance.now() + ms);
      // Until the city's first frame is drawn the loop runs wherever the map is (see below).
      if ((onScreen || !drawn) && !game.loop.running) game.loop.wake(true);
      if (onScreen || !drawn) mark('drawing');
    };
    // The first frame of the city is drawn wherever the map is, so that it is ready (and says so) when scrolled to:
    // the loop may not sleep before it, even when a click's yielded frame or a scroll asks it to.
    game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      if (drawn && (!onScreen || (!scene.busy() && performance.now() > settleUntil))) sleep();
    });
    const visibility = new IntersectionObserver((entries) => {
      onScreen = entries.some((e) => e.isIntersecting);
      if (onScreen) wake();
      else if (drawn) sleep();
    });
    // A resize reallocates the canvas and redraws every layer (10-15 ms here, and a large upload for the compositor).
    // The frame changes height on many steps (the forces panel above it grows and shrinks with the step's changes),
    // and an observer's callback runs inside the frame that paints the click's new text. A change of height alone, of
    // up to a sixth, waits for the player to pause and read: until then the frame clips the canvas's foot or shows a
    // strip of paper under it. A new width or a larger change (the full-screen map, a window resized, a phone turned)
    // follows in the next idle moment. Either way the map takes the size the frame has by then, once.
    let soon = false;
    let later = false;
    const resize = () => {
      const next = size();
      if (next.w * dpr === game.scale.width && next.h * dpr === game.scale.height) return;
      game.scale.resize(next.w * dpr, next.h * dpr);
      game.scale.setZoom(1 / dpr);
      if (scene.sys?.isActive()) scene.relayout();
      wake();
    };
    const observer = new ResizeObserver(() => {
      const next = size();
      const heightOnly = next.w * dpr === game.scale.width && Math.abs(next.h * dpr - game.scale.height) <= game.scale.height / 6;
      if (heightOnly && !later) {
        later = true;
        whenReading(() => {
          later = false;
          resize();
        });
      } else if (!heightOnly && !soon) {
        soon = true;
        whenIdle(() => {
          soon = false;
          resize();
        }, 200);
      }
    });
    const onCreate = () => {
      scene.setWorld(options.world, false);
      observer.observe(options.parent);
      visibility.observe(options.parent);
      wake(1000);
      resolve({
        update: (view, cues, animate) => {
          scene.setWorld(view, animate);
          if (animate) scene.playCues(cues);
          wake();
        },
        focusPlace: (id) => {
          wake();
          return scene.focusPlace(id);
        },
        setLabelScale: (scale) => {
          scene.setLabelScale(scale);
          wake();
        },
        yieldFrame: () => {
          if (!game.loop.running || !drawn) return;
          // Under software rendering a moving map's frame costs about as much as the story's: it waits one frame.
          // It wakes inside the next frame's callbacks, not in a task between frames: waking draws a frame at once,
          // and a task queued behind the story's frame would run before anything else the page had queued.
          game.loop.sleep();
          requestAnimationFrame(() => requestAnimationFrame(() => wake(0)));
        },
      });
    };
    game.scene.add('city', scene, true, {
      geometry: GEOMETRY,
      reducedMotion: options.reducedMotion,
      onFirstFrame: () => {
        drawn = true;
        options.onFirstFrame();
      },
      onHover: options.onHover,
      onCreate,
    });
  });
}
