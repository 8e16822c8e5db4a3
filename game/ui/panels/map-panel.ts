import type { GameView } from '../../../src/game-core.ts';
import type { Cue } from '../../../src/story/transcript.ts';
import { PLACES } from '../../../src/world/places.ts';
import { BAND_LABELS, capitalised, SITE_LABELS, type WorldView } from '../../../src/world/world-view.ts';
import { afterPaint, whenIdle } from '../../later.ts';
import type { MapHandle } from '../../map/mount-map.ts';
import { h, prefersReducedMotion } from '../dom.ts';
import { describeChanges, renderMapTwin } from './map-twin.ts';

/** Landmarks the keyboard walk visits after the districts. */
const KEY_LANDMARKS = [
  'winter_palace',
  'smolny',
  'tauride_palace',
  'finland_station',
  'peter_paul_fortress',
  'kshesinskaya_mansion',
  'mariinsky_palace',
  'arsenal_liteiny',
  'putilov_works',
];

/**
 * The map column: the text twin is drawn at once from the world view; Phaser is fetched only after the
 * first passage is on screen, and the map fades in when its first frame is drawn.
 */
export class MapPanel {
  private readonly frame: HTMLElement;
  private readonly twin: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly live: HTMLElement;
  private map: MapHandle | null = null;
  private loading = false;
  private last: WorldView | null = null;
  /** The map's next update, waiting for an idle moment; a newer step's replaces it (the map follows the latest step). */
  private queued: { view: WorldView; cues: readonly Cue[]; animate: boolean } | null = null;
  private asked = 0;
  private labelScale = 1;
  /** Each place's role in 1917, for the tooltip: fetched with the map, so the first page does not carry it. */
  private roles: Readonly<Record<string, string>> = {};

  private readonly legend = mapLegend();

  /** Larger labels and pictograms for a projector, and the key moved off the map into a strip beneath it. */
  setProjector(on: boolean): void {
    this.labelScale = on ? 1.6 : 1;
    this.map?.setLabelScale(this.labelScale);
    // On the projector the key is a strip beneath the map and stays open; over the map it starts folded,
    // since the labels already say each district's state and an open key would cover the Petrograd Side.
    if (on) this.frame.after(this.legend);
    else this.frame.append(this.legend);
    this.legend.open = on;
    this.legendSize ??= new ResizeObserver(() => {
      const height = this.legend.parentElement === this.frame ? 0 : this.legend.offsetHeight;
      this.frame.style.setProperty('--legend-h', `${height}px`);
    });
    this.legendSize.observe(this.legend);
  }

  private legendSize: ResizeObserver | null = null;
  private legendWasOpen: boolean | null = null;

  /** The map of Russia has no districts to key, and Petrograd sits in its top-left corner: fold the key away there, and restore it after. */
  private foldLegend(region: boolean): void {
    if (region && this.legendWasOpen === null) {
      this.legendWasOpen = this.legend.open;
      this.legend.open = false;
    } else if (!region && this.legendWasOpen !== null) {
      this.legend.open = this.legendWasOpen;
      this.legendWasOpen = null;
    }
  }

  constructor(frame: HTMLElement, twin: HTMLElement) {
    this.frame = frame;
    this.twin = twin;
    this.tooltip = h('div', { className: 'map-tooltip', role: 'tooltip', hidden: true });
    this.live = h('p', { className: 'visually-hidden', 'aria-live': 'polite' });
    frame.append(this.live);
    frame.append(this.tooltip, this.legend);
    frame.tabIndex = 0;
    frame.setAttribute('role', 'group');
    frame.setAttribute('aria-roledescription', 'map');
    frame.setAttribute('aria-label', 'Map of Petrograd. Use the arrow keys to go from place to place; the city is also described in words below.');
    frame.addEventListener('keydown', (event) => this.key(event));
    frame.addEventListener('blur', () => {
      this.map?.focusPlace(null);
      this.tooltip.hidden = true;
    });
  }

  private keyIndex = -1;

  /** Arrow keys walk through the districts and the main landmarks, naming each with its role and state. */
  private key(event: KeyboardEvent): void {
    const order = [...(this.last?.districts.map((d) => d.id) ?? []), ...KEY_LANDMARKS];
    if (!['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Escape'].includes(event.key) || order.length === 0) return;
    event.preventDefault();
    if (event.key === 'Escape') {
      this.map?.focusPlace(null);
      this.tooltip.hidden = true;
      return;
    }
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    this.keyIndex = (this.keyIndex + step + order.length) % order.length;
    const id = order[this.keyIndex] ?? null;
    const at = this.map?.focusPlace(id) ?? { x: 12, y: 12 };
    this.showTooltip(id, at);
    this.live.textContent = this.tooltip.textContent ?? '';
  }

  /**
   * Lets the story paint a click's text before the map draws its next frame. An update still waiting for an idle
   * moment waits for that paint too: its deadline could otherwise fall between the click and the frame that shows it.
   */
  yieldFrame(): void {
    this.map?.yieldFrame();
    if (this.queued) afterPaint(() => this.flushWhenIdle());
  }

  private flushWhenIdle(): void {
    const asked = ++this.asked;
    whenIdle(() => {
      if (asked !== this.asked || !this.queued || !this.map) return;
      const { view, cues, animate } = this.queued;
      this.queued = null;
      this.map.update(view, cues, animate);
    }, 150);
  }

  render(view: GameView, live: boolean): void {
    const world = view.world;
    const changes = live ? describeChanges(this.last, world) : [];
    renderMapTwin(this.twin, world, changes);
    const cues = view.passages[view.passages.length - 1]?.cues ?? [];
    const animate = live && this.last !== null;
    this.foldLegend(world.view === 'region');
    this.last = world;
    // The words go in at once; the drawing follows a frame or two later, in idle time (labels, hatching, markers).
    // Before the map is up, it is drawn from the latest view when it mounts (load).
    if (this.map) {
      // A notice that comes before the step's drawing keeps its animation; a loaded or rewound game never animates.
      const stillStep = view.change === 'notice' && this.queued?.animate === true;
      this.queued = { view: world, cues, animate: animate || stillStep };
      this.flushWhenIdle();
    }
  }

  /** Fetches Phaser and draws the map, after the browser has painted the story. */
  load(): void {
    if (this.loading) return;
    this.loading = true;
    const go = () => {
      Promise.all([import('../../map/mount-map.ts'), import('../../../assets/map/place-roles.json')])
        .then(async ([{ mountMap }, roles]) => {
          this.roles = roles.default;
          // The labels are drawn in Oswald, whose face comes with the later fonts: in, then loaded, before the first frame.
          await import('../../later-fonts.ts');
          await document.fonts?.load('500 12px Oswald').catch(() => undefined);
          const world = this.last;
          if (!world) return;
          this.map = await mountMap({
            parent: this.frame,
            world,
            reducedMotion: prefersReducedMotion(),
            onFirstFrame: () => {
              document.documentElement.setAttribute('data-map-ready', '');
              this.frame.classList.add('is-ready');
            },
            onHover: (id, at) => this.showTooltip(id, at),
          });
          if (this.labelScale !== 1) this.map.setLabelScale(this.labelScale);
          if (this.last && this.last !== world) this.map.update(this.last, [], false);
        })
        .catch((err: unknown) => {
          console.error('The map could not be drawn:', err);
          this.frame.classList.add('is-failed');
          const loading = this.frame.querySelector('.map-loading');
          if (loading) loading.textContent = 'The map could not be drawn in this browser. The city is described in words below.';
        });
    };
    requestAnimationFrame(() => setTimeout(go, 0));
  }

  private showTooltip(id: string | null, at: { x: number; y: number } | null): void {
    const place = id ? PLACES.get(id) : undefined;
    if (!place || !at) {
      this.tooltip.hidden = true;
      return;
    }
    const district = this.last?.districts.find((d) => d.id === id);
    const site = this.last?.sites.find((s) => s.id === id);
    const state = district ? `Now ${BAND_LABELS[district.band]}.` : site ? `${capitalised(SITE_LABELS[site.status])}.` : '';
    this.tooltip.replaceChildren(h('strong', {}, place.name), h('span', {}, this.roles[place.id] ?? ''), state ? h('em', {}, state) : '');
    this.tooltip.hidden = false;
    const x = Math.min(at.x + 12, this.frame.clientWidth - 260);
    this.tooltip.style.left = `${Math.max(4, x)}px`;
    this.tooltip.style.top = `${Math.min(at.y + 12, this.frame.clientHeight - 40)}px`;
  }
}

/** The map's legend: the band scale with its hatching, and the pictograms (drawn in CSS to match the map). */
export function mapLegend(): HTMLDetailsElement {
  const bands = (['revolution', 'leaning_revolution', 'wavering', 'leaning_order', 'order'] as const).map((b) => [b, capitalised(BAND_LABELS[b])] as const);
  const marks = [
    ['strike', 'On strike'],
    ['crowd', 'Crowds'],
    ['barricade', 'Barricades'],
    ['armed', 'Armed workers'],
    ['flag', capitalised(SITE_LABELS.held)],
    ['contested', capitalised(SITE_LABELS.contested)],
    ['raised', capitalised(SITE_LABELS.raised)],
  ] as const;
  return h(
    'details',
    { className: 'map-legend', open: false },
    h('summary', {}, 'Key'),
    h(
      'ul',
      { className: 'legend__bands' },
      ...bands.map(([band, text]) => h('li', {}, h('span', { className: `swatch swatch--${band}`, 'aria-hidden': 'true' }), text)),
    ),
    h(
      'ul',
      { className: 'legend__marks' },
      ...marks.map(([mark, text]) => h('li', {}, h('span', { className: `mark mark--${mark}`, 'aria-hidden': 'true' }), text)),
    ),
  );
}
