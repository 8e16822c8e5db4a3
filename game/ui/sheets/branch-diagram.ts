// The branch diagram: decisions in order down a spine, each decision's options as marks that differ by shape and fill
// (never by colour alone), and the roads that end there. An SVG built in the DOM, laid out in pixels for the width it
// gets (so its text stays readable on a phone), with a plain list beside it for screen readers.
import { cssColour, PALETTE } from '../../map/palette.ts';
import { h } from '../dom.ts';

/** One option of a decision as the diagram shows it. */
export interface DiagramOption {
  readonly label: string;
  readonly historical: boolean;
  readonly tried: boolean;
  /** Endings this option can lead to straight away: a title when the player has reached it, else null (kept hidden). */
  readonly ends: readonly (string | null)[];
}

/** One row of the diagram: a decision, or an act's heading when `heading` is set. */
export interface DiagramRow {
  readonly id: string;
  readonly title: string;
  readonly heading?: boolean;
  /** A line under the title (a date, the option chosen). */
  readonly note?: string;
  readonly options: readonly DiagramOption[];
  /** Returns the game to this decision; absent when the player has not reached it. */
  readonly jump?: () => void;
  /** Extra attributes of the point (tests and the rewind read `data-rewind`). */
  readonly data?: Readonly<Record<string, string>>;
}

const NS = 'http://www.w3.org/2000/svg';
const ROW = 60;
const HEAD = 36;
const SPINE = 24;
const TEXT_X = 48;
const GAP = 24;

function el(tag: string, attrs: Record<string, string | number> = {}, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function clip(text: string, width: number, px: number): string {
  const fits = Math.max(8, Math.floor(width / (px * 0.52)));
  return text.length <= fits ? text : `${text.slice(0, fits - 1).trimEnd()}…`;
}

/** An option's mark: a diamond when history took it, a circle otherwise; filled when tried, hollow when not. */
export function optionMark(x: number, y: number, o: Pick<DiagramOption, 'historical' | 'tried'>): SVGElement {
  const ink = cssColour(PALETTE.ink);
  const fill = o.tried ? (o.historical ? cssColour(PALETTE.red) : ink) : cssColour(PALETTE.paper);
  const stroke = { fill, stroke: o.historical ? cssColour(PALETTE.red) : ink, 'stroke-width': 2 };
  if (o.historical) return el('path', { d: `M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`, ...stroke });
  return el('circle', { cx: x, cy: y, r: 5.5, ...stroke });
}

/** An ending's mark: a square, filled and named once reached, dashed and nameless until then. */
function endMark(x: number, y: number, reached: boolean): SVGElement {
  return el('rect', {
    x: x - 5,
    y: y - 5,
    width: 10,
    height: 10,
    fill: reached ? cssColour(PALETTE.red) : cssColour(PALETTE.paper),
    stroke: cssColour(PALETTE.ink),
    'stroke-width': 1.5,
    ...(reached ? {} : { 'stroke-dasharray': '2 2' }),
  });
}

function activate(point: SVGElement, jump: () => void): void {
  point.addEventListener('click', jump);
  point.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    jump();
  });
}

function drawRow(svg: SVGElement, row: DiagramRow, y: number, width: number): void {
  const ink = cssColour(PALETTE.ink);
  const g = el('g', { class: 'branch-row', 'data-decision': row.id });
  const room = width - TEXT_X - 8;
  g.append(el('text', { x: TEXT_X, y: y + 4, class: 'branch-title' }, clip(row.title, room, 15)));
  const node = el('circle', { cx: SPINE, cy: y, r: 9, fill: row.jump ? ink : cssColour(PALETTE.paper), stroke: ink, 'stroke-width': 2 });
  g.append(node);
  let x = TEXT_X + 6;
  const marks = y + 24;
  for (const o of row.options) {
    const mark = optionMark(x, marks, o);
    mark.append(el('title', {}, `${o.label}${o.historical ? ' (historical)' : ''}${o.tried ? ' (tried)' : ' (not tried)'}`));
    g.append(mark);
    for (const [i, end] of o.ends.entries()) {
      const ex = x + 4 + i * 3;
      g.append(el('line', { x1: x, y1: marks + 7, x2: ex, y2: marks + 13, stroke: ink, 'stroke-width': 1.2 }), endMark(ex, marks + 16, end !== null));
    }
    x += GAP;
  }
  const reached = row.options.flatMap((o) => o.ends.filter((e): e is string => e !== null));
  const notes = [row.note, ...[...new Set(reached)].map((t) => `ends: ${t}`)].filter(Boolean).join(' · ');
  if (notes && x < width - 40) g.append(el('text', { x: x + 4, y: marks + 4, class: 'branch-note' }, clip(notes, width - x - 8, 12)));
  if (row.jump) {
    const hit = el('rect', {
      x: 0,
      y: y - 22,
      width: Math.min(width, x + 8),
      height: 44,
      fill: 'transparent',
      class: 'branch-point',
      tabindex: 0,
      role: 'button',
      'aria-label': `Return to ${row.title}`,
      ...(row.data ?? {}),
    });
    activate(hit, row.jump);
    g.append(hit);
  }
  svg.append(g);
}

/** Draws the rows as a diagram `width` pixels wide. */
export function branchDiagram(rows: readonly DiagramRow[], width: number, label: string): SVGSVGElement {
  const heights = rows.map((r) => (r.heading ? HEAD : ROW));
  const total = heights.reduce((a, b) => a + b, 0) + 16;
  const svg = el('svg', {
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    class: 'branch-diagram',
    role: 'group',
    'aria-label': label,
  }) as SVGSVGElement;
  const firstY = 24;
  svg.append(el('line', { x1: SPINE, y1: firstY, x2: SPINE, y2: total - 24, stroke: cssColour(PALETTE.inkSoft), 'stroke-width': 2 }));
  let y = 8;
  for (const [i, row] of rows.entries()) {
    if (row.heading) {
      svg.append(el('rect', { x: 0, y: y + 6, width, height: HEAD - 12, fill: cssColour(PALETTE.paperDark) }));
      svg.append(el('text', { x: 8, y: y + HEAD / 2 + 5, class: 'branch-act' }, clip(row.title, width - 16, 14)));
    } else drawRow(svg, row, y + 20, width);
    y += heights[i] ?? ROW;
  }
  return svg;
}

/** The key to the marks, drawn with the marks themselves. */
export function diagramKey(): HTMLElement {
  const item = (text: string, mark: SVGElement) => {
    const svg = el('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
    svg.append(mark);
    return h('li', {}, svg, ` ${text}`);
  };
  return h(
    'ul',
    { className: 'branch-key' },
    item('tried', optionMark(9, 9, { historical: false, tried: true })),
    item('not tried', optionMark(9, 9, { historical: false, tried: false })),
    item('historical', optionMark(9, 9, { historical: true, tried: false })),
    item('an ending (named once reached)', endMark(9, 9, true)),
  );
}

/** The same rows as a list in words, inside a details element, for screen readers and anyone who prefers text. */
export function diagramText(rows: readonly DiagramRow[], summary: string): HTMLElement {
  const items = rows.map((r) =>
    r.heading
      ? h('li', { className: 'branch-text__act' }, r.title)
      : h(
          'li',
          {},
          `${r.title}${r.note ? ` (${r.note})` : ''}${r.jump ? '' : ': not reached yet'}.`,
          r.options.length
            ? h(
                'ul',
                {},
                ...r.options.map((o) => {
                  const tags = [o.historical ? 'historical' : '', o.tried ? 'tried' : 'not tried'].filter(Boolean).join(', ');
                  const ends = o.ends.map((e) => (e ? `ends: ${e}` : 'ends in an ending not yet reached'));
                  return h('li', {}, `${o.label} (${tags})${ends.length ? `; ${ends.join('; ')}` : ''}`);
                }),
              )
            : null,
        ),
  );
  return h('details', { className: 'branch-text' }, h('summary', {}, summary), h('ol', {}, ...items));
}
