// Compare two playthroughs side by side: where they diverged, the key forces over time (charts with a
// table as their text equivalent), and the city of each at the same date.
import type { GameCore } from '../../../src/game-core.ts';
import type { Run as CoreRun } from '../../../src/runs.ts';
import { endingTitle } from '../../../src/story/endings.ts';
import type { ExploredPath } from '../../../src/timeline/branches.ts';
import { formatDate } from '../../../src/world/dates.ts';
import { BAND_LABELS, type WorldView } from '../../../src/world/world-view.ts';
import { cssColour, PALETTE } from '../../map/palette.ts';
import { decisionInfo, titleOf } from '../data/decision-info.ts';
import { h, table } from '../dom.ts';
import { openSheet } from './sheet.ts';
import { svgMap } from './svg-map.ts';

/** The forces charted in a comparison. */
export const COMPARED = ['worker_confidence', 'garrison', 'bolshevik_share', 'counter_threat', 'legitimacy', 'economy_crisis'] as const;
const START = Date.UTC(1917, 1, 23);
const AXIS_FONT = '12px "PT Serif", Georgia, serif';

/** A day of the year (0 = 23 February) as "5 Mar", for the chart's axis. */
function shortDate(day: number): string {
  return new Date(START + day * 86_400_000).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** The districts whose state (band, strikes, crowds, barricades, arms) differs between two views of the city. */
export function differingDistricts(a: WorldView, b: WorldView): { id: string; name: string; a: string; b: string }[] {
  const stateOf = (d: WorldView['districts'][number]) =>
    [BAND_LABELS[d.band], d.striking ? 'striking' : '', d.crowds ? 'crowds out' : '', d.barricades ? 'barricades' : '', d.armed ? 'armed' : '']
      .filter(Boolean)
      .join(', ');
  return a.districts.flatMap((da) => {
    const db = b.districts.find((x) => x.id === da.id);
    if (!db) return [];
    const [sa, sb] = [stateOf(da), stateOf(db)];
    return sa === sb ? [] : [{ id: da.id, name: da.name, a: sa, b: sb }];
  });
}

/** A playthrough the core replayed, with the name it has in a chart. */
export interface Run {
  readonly label: string;
  readonly worlds: CoreRun['worlds'];
}

function dayOf(iso: string | null): number {
  if (!iso) return 0;
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1917, (m ?? 1) - 1, d ?? 1) - START) / 86_400_000);
}

function value(world: WorldView, key: string): number {
  return world.forces.find((f) => f.key === key)?.value ?? 0;
}

function describePath(path: ExploredPath, i: number): string {
  const decisions = path.decisions.filter(Boolean).length;
  return `Run ${i + 1}: ${path.ending ? endingTitle(path.ending) : 'unfinished'} (${decisions} decisions, ${formatDate(path.updatedAt.slice(0, 10))})`;
}

/** Series of one force for a run, as [day, value] points, one per step with a date. */
function series(run: Run, key: string): [number, number][] {
  const points = new Map<number, number>();
  for (const w of run.worlds) if (w.date) points.set(dayOf(w.date), value(w, key));
  return [...points.entries()].sort((a, b) => a[0] - b[0]);
}

/** Draws one force of two runs over time with uPlot (loaded on first use). */
export async function chart(target: HTMLElement, runs: readonly [Run, Run], key: string, label: string): Promise<void> {
  const [{ default: uPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  const a = series(runs[0], key);
  const b = series(runs[1], key);
  const days = [...new Set([...a.map((p) => p[0]), ...b.map((p) => p[0])])].sort((x, y) => x - y);
  const at = (s: [number, number][], d: number) => {
    let last: number | null = null;
    for (const [day, v] of s) if (day <= d) last = v;
    return d > (s[s.length - 1]?.[0] ?? -1) ? null : last;
  };
  const data: [number[], (number | null)[], (number | null)[]] = [days, days.map((d) => at(a, d)), days.map((d) => at(b, d))];
  const width = Math.min(640, target.clientWidth || 600);
  new uPlot(
    {
      title: label,
      width,
      height: 180,
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        {
          stroke: cssColour(PALETTE.inkSoft),
          font: AXIS_FONT,
          grid: { stroke: cssColour(PALETTE.paperDeep), width: 1 },
          incrs: [1, 2, 7, 14, 28, 56, 91, 182],
          values: (_u: unknown, ticks: number[]) => ticks.map((t) => (Number.isInteger(t) ? shortDate(t) : '')),
        },
        { stroke: cssColour(PALETTE.inkSoft), font: AXIS_FONT, size: 36, grid: { stroke: cssColour(PALETTE.paperDeep), width: 1 }, incrs: [25, 50] },
      ],
      series: [
        { label: 'day' },
        { label: runs[0].label, stroke: cssColour(PALETTE.red), width: 2.5 },
        { label: runs[1].label, stroke: cssColour(PALETTE.government), width: 2.5, dash: [6, 4] },
      ],
      legend: { show: false },
    },
    data,
    target,
  );
}

function divergence(a: ExploredPath, b: ExploredPath): number {
  let i = 0;
  while (i < a.path.length && i < b.path.length && a.path[i] === b.path[i]) i++;
  return i;
}

function sameDate(runs: readonly [Run, Run]): { a: WorldView; b: WorldView; date: string | null } {
  const lastA = runs[0].worlds[runs[0].worlds.length - 1] as WorldView;
  const lastB = runs[1].worlds[runs[1].worlds.length - 1] as WorldView;
  const common = Math.min(dayOf(lastA.date), dayOf(lastB.date));
  const pick = (run: Run) => [...run.worlds].reverse().find((w) => w.date && dayOf(w.date) <= common) ?? (run.worlds[0] as WorldView);
  const a = pick(runs[0]);
  return { a, b: pick(runs[1]), date: a.date };
}

/** Opens the comparison of two explored paths (the two most recent by default). */
export async function openCompare(core: GameCore): Promise<void> {
  const sheet = openSheet('Compare two playthroughs', { wide: true, id: 'compare' });
  const info = await decisionInfo();
  const paths = [...core.exploredPaths()].reverse();
  if (paths.length < 2) {
    sheet.body.append(h('p', {}, 'Play (or rewind and take another road) at least twice to compare two playthroughs. Every path you take is kept.'));
    return;
  }
  const select = (id: string, chosen: number) =>
    h('select', { id }, ...paths.map((p, i) => h('option', { value: i, ...(i === chosen ? { selected: true } : {}) }, describePath(p, i))));
  const first = select('compare-a', 0);
  const second = select('compare-b', 1);
  const out = h('div', { className: 'compare', 'aria-live': 'polite' });
  const render = async () => {
    const pa = paths[Number(first.value)];
    const pb = paths[Number(second.value)];
    if (!pa || !pb) return;
    const runs: [Run, Run] = [
      { label: 'Run A', worlds: core.run(pa.path).worlds },
      { label: 'Run B', worlds: core.run(pb.path).worlds },
    ];
    const split = divergence(pa, pb);
    const rows = Math.max(pa.path.length, pb.path.length);
    const choices = table(
      'table compare__choices',
      h('caption', {}, split >= rows ? 'The two runs made the same choices.' : `The runs part at choice ${split + 1}.`),
      ['Decision', 'Run A', 'Run B'],
      Array.from({ length: rows }, (_, i) => i)
        .filter((i) => pa.decisions[i] || pb.decisions[i])
        .map((i) =>
          h(
            'tr',
            { className: i >= split ? 'is-diverged' : '' },
            h('th', { scope: 'row' }, titleOf(info, pa.decisions[i] ?? pb.decisions[i] ?? '')),
            h('td', {}, pa.texts[i] ?? '–'),
            h('td', {}, pb.texts[i] ?? '–'),
          ),
        ),
    );
    const charts = h('div', { className: 'compare__charts' });
    const valuesTable = table(
      'table',
      h('caption', {}, 'The forces at the end of each run (the charts in numbers)'),
      ['Force', 'Run A', 'Run B'],
      COMPARED.map((key) => {
        const wa = runs[0].worlds[runs[0].worlds.length - 1] as WorldView;
        const wb = runs[1].worlds[runs[1].worlds.length - 1] as WorldView;
        const label = wa.forces.find((f) => f.key === key)?.label ?? key;
        return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, String(value(wa, key))), h('td', {}, String(value(wb, key))));
      }),
    );
    const { a, b, date } = sameDate(runs);
    const diff = differingDistricts(a, b);
    const marked = new Set(diff.map((d) => d.id));
    const on = date ? formatDate(date) : 'the first day';
    const maps = h(
      'div',
      { className: 'compare__maps' },
      h('figure', {}, svgMap(a, `Run A: the city on ${on}`, { labels: true, marked }), h('figcaption', {}, `Run A, ${on}`)),
      h('figure', {}, svgMap(b, `Run B: the city on ${on}`, { labels: true, marked }), h('figcaption', {}, `Run B, ${on}`)),
    );
    const diffList = diff.length
      ? h(
          'div',
          { className: 'compare__diff' },
          h(
            'p',
            {},
            `Outlined with a dashed line and marked ≠ on both maps: the ${diff.length === 1 ? 'district' : `${diff.length} districts`} whose state differs.`,
          ),
          h('ul', {}, ...diff.map((d) => h('li', { 'data-differs': d.id }, h('strong', {}, d.name), `: Run A ${d.a}; Run B ${d.b}.`))),
        )
      : h('p', { className: 'compare__diff' }, 'Every district stands the same in both runs on this day.');
    const key = h(
      'p',
      { className: 'compare__key small', 'aria-hidden': 'true' },
      h('span', { className: 'compare__swatch compare__swatch--a' }),
      ' Run A ',
      h('span', { className: 'compare__swatch compare__swatch--b' }),
      ' Run B (dashed)',
    );
    out.replaceChildren(choices, h('h3', {}, 'The forces over time'), key, charts, valuesTable, h('h3', {}, 'The city on the same day'), maps, diffList);
    // Lay out every chart's box first, so that each is measured at its final width in the grid.
    const boxes = COMPARED.map((key) => [key, h('div', { className: 'compare__chart' })] as const);
    charts.append(...boxes.map(([, box]) => box));
    for (const [key, box] of boxes) {
      const label = runs[0].worlds[0]?.forces.find((f) => f.key === key)?.label ?? key;
      await chart(box, runs, key, label);
    }
  };
  first.addEventListener('change', () => void render());
  second.addEventListener('change', () => void render());
  // Each picker keeps its label above it, so a narrow or short screen never leaves "Run B" at the end of a line.
  const picker = (id: string, label: string, field: HTMLSelectElement) => h('div', { className: 'field' }, h('label', { for: id }, label), field);
  sheet.body.append(h('div', { className: 'compare__pickers' }, picker('compare-a', 'Run A', first), picker('compare-b', 'Run B', second)), out);
  await render();
}
