import type { WorldView } from '../../../src/world/world-view.ts';
import { GEOMETRY as geometry } from '../../map/geometry.ts';
import type { Pt } from '../../map/hatch.ts';
import { BAND_HATCH, cssColour, moodColour, PALETTE } from '../../map/palette.ts';

const NS = 'http://www.w3.org/2000/svg';

function pathOf(points: readonly Pt[], close: boolean): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ') + (close ? ' Z' : '');
}

function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * A small static map of the city as an SVG: districts tinted and hatched by the world view, the Neva,
 * and the sites held. For comparisons, the debrief and print, where Phaser is not needed.
 */
export function svgMap(view: WorldView, label: string, options: { labels?: boolean; marked?: ReadonlySet<string> } = {}): SVGSVGElement {
  const districts = geometry.districts;
  const pts = districts.flatMap((d) => d.polygon);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, y0, x1, y1] = [Math.min(...xs) - 20, Math.min(...ys) - 20, Math.max(...xs) + 20, Math.max(...ys) + 20];
  const svg = el('svg', { viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, role: 'img', 'aria-label': label, class: 'svg-map' }) as SVGSVGElement;
  const defs = el('defs', {});
  for (const [band, hatch] of Object.entries(BAND_HATCH)) {
    if (hatch.spacing === 0) continue;
    const pattern = el('pattern', {
      id: `hatch-${band}`,
      width: hatch.spacing * 1.5,
      height: hatch.spacing * 1.5,
      patternUnits: 'userSpaceOnUse',
      patternTransform: `rotate(${hatch.angle})`,
    });
    pattern.append(el('line', { x1: 0, y1: 0, x2: hatch.spacing * 1.5, y2: 0, stroke: cssColour(PALETTE.ink), 'stroke-width': 1.2, 'stroke-opacity': 0.35 }));
    defs.append(pattern);
  }
  svg.append(defs, el('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: '#f2e8d5' }));
  svg.append(el('path', { d: pathOf(geometry.sea, true), fill: '#8fa7b3', 'fill-opacity': 0.6 }));
  for (const d of view.districts) {
    const shape = districts.find((x) => x.id === d.id);
    if (!shape) continue;
    const p = pathOf(shape.polygon, true);
    svg.append(el('path', { d: p, fill: cssColour(moodColour(d.mood)), stroke: cssColour(PALETTE.ink), 'stroke-width': 1.5 }));
    if (BAND_HATCH[d.band].spacing > 0) svg.append(el('path', { d: p, fill: `url(#hatch-${d.band})` }));
  }
  for (const r of geometry.rivers)
    svg.append(el('path', { d: pathOf(r.points, false), fill: 'none', stroke: '#8fa7b3', 'stroke-width': Math.max(3, r.width), 'stroke-linejoin': 'round' }));
  for (const w of geometry.waterAreas) svg.append(el('path', { d: pathOf(w.polygon, true), fill: '#8fa7b3' }));
  const landmarks = geometry.landmarks;
  for (const site of view.sites) {
    const at = landmarks.find((l) => l.id === site.id)?.at;
    if (!at || site.status !== 'held') continue;
    svg.append(el('line', { x1: at[0], y1: at[1], x2: at[0], y2: at[1] - 22, stroke: cssColour(PALETTE.ink), 'stroke-width': 2 }));
    svg.append(el('rect', { x: at[0], y: at[1] - 22, width: 14, height: 9, fill: cssColour(PALETTE.red) }));
  }
  const size = (x1 - x0) / 42;
  for (const d of view.districts) {
    const shape = districts.find((x) => x.id === d.id);
    if (!shape) continue;
    if (options.marked?.has(d.id))
      svg.append(
        el('path', {
          d: pathOf(shape.polygon, true),
          fill: 'none',
          stroke: cssColour(PALETTE.red),
          'stroke-width': size / 3,
          'stroke-dasharray': `${size} ${size / 2}`,
          class: 'svg-map__differs',
          'data-district': d.id,
        }),
      );
    if (!options.labels) continue;
    const [cx, cy] = centre(shape.polygon);
    const text = el('text', { x: cx, y: cy, 'text-anchor': 'middle', 'font-size': size, class: 'svg-map__label' });
    text.textContent = `${options.marked?.has(d.id) ? '≠ ' : ''}${d.name}`;
    svg.append(text);
  }
  return svg;
}

function centre(points: readonly Pt[]): Pt {
  const n = Math.max(1, points.length);
  return [points.reduce((a, p) => a + p[0], 0) / n, points.reduce((a, p) => a + p[1], 0) / n];
}
