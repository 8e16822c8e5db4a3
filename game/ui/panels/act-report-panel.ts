import { ACT_INFO } from '../../../src/story/acts.ts';
import type { ActId } from '../../../src/story/tags.ts';
import { type ActReport, actReport, type ReportCharacter, type ReportDistrict, type ReportStep } from '../../../src/world/act-report.ts';
import type { ReplayWorlds } from '../../replay/replays.ts';
import { h, table } from '../dom.ts';
import type { UiState } from '../state.ts';

/** The runs the report compares: the worlds along the player's path replayed, and along history's. */
export interface ReportRuns {
  worlds(path: readonly number[]): Promise<ReplayWorlds>;
}

/**
 * The act report before "Continue to Act N": the player's act beside history's (the headline forces, the
 * districts that changed sides, the choices that moved most and why). Shown only while a page turn waits;
 * the runs are replayed elsewhere (a worker), so neither the step that ends an act nor the next click waits for them.
 */
export class ActReportPanel {
  private readonly root: HTMLElement;
  private readonly runs: ReportRuns;
  private shownFor: UiState['view'] | null = null;

  constructor(root: HTMLElement, runs: ReportRuns) {
    this.root = root;
    this.runs = runs;
  }

  /** Shows the report while the page turn at an act's end is pending, and hides it otherwise. */
  render(state: UiState): void {
    const act = state.pageTurnPending ? endedAct(state) : null;
    if (!act) {
      this.root.hidden = true;
      this.shownFor = null;
      return;
    }
    if (this.shownFor === state.view) return;
    this.shownFor = state.view;
    const view = state.view;
    void this.runs.worlds(view.path).then(({ player, history }) => {
      if (this.shownFor !== view) return;
      const steps: ReportStep[] = view.passages.map((p, i) => ({
        act: view.passages[i - 1]?.context.act ?? null,
        decision: p.chosen?.decision ?? null,
        option: p.chosen?.text ?? '',
        changes: p.forceChanges,
        effects: p.effects,
      }));
      const report = actReport(act, player, steps, history);
      if (!report) return;
      this.root.replaceChildren(...draw(report));
      this.root.dataset.act = act;
      this.root.hidden = false;
    });
  }
}

function sameShifts(a: readonly ReportDistrict[], b: readonly ReportDistrict[]): boolean {
  const key = (list: readonly ReportDistrict[]) => list.map((d) => `${d.id}:${d.to}`).join(',');
  return a.length > 0 && key(a) === key(b);
}

function endedAct(state: UiState): ActId | null {
  const last = state.view.passages[state.view.passages.length - 1];
  const end = last?.blocks.find((b) => b.kind === 'act_end');
  return end?.kind === 'act_end' ? end.act : null;
}

function draw(report: ActReport): HTMLElement[] {
  const info = ACT_INFO[report.act];
  const rows = report.forces.map((f) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, f.label),
      h('td', {}, String(f.player)),
      h('td', {}, f.history === null ? '–' : String(f.history)),
      h(
        'td',
        {},
        f.history === null || f.history === f.player ? 'same' : f.player > f.history ? `▲ ${f.player - f.history} above` : `▼ ${f.history - f.player} below`,
      ),
    ),
  );
  return [
    h('h2', { id: 'act-report-heading', className: 'act-report__title' }, `Act ${info.numeral}, ${info.title}: your act beside history’s`),
    table(
      'act-report__forces',
      h('caption', { className: 'visually-hidden' }, 'The forces at the end of the act'),
      ['Force', 'You', 'History', 'You against history'],
      rows,
    ),
    h(
      'div',
      { className: 'act-report__sides' },
      districts('Districts that changed sides in your act', report.districts.player),
      districts('In history', report.districts.history, sameShifts(report.districts.player, report.districts.history)),
    ),
    ...characters(report.characters),
    h('h3', {}, 'The choices that mattered most'),
    report.choices.length === 0
      ? h('p', {}, 'None of your choices in this act moved the forces.')
      : h(
          'ol',
          { className: 'act-report__choices' },
          ...report.choices.map((c) => h('li', {}, h('strong', {}, c.option), ` (moved the forces by ${c.moved} points in all). `, c.why)),
        ),
  ];
}

/** Who is where: a line per character, the player's road first and history's after it (absent when no one is placed). */
function characters(list: readonly ReportCharacter[]): HTMLElement[] {
  if (list.length === 0) return [];
  const line = (c: ReportCharacter): HTMLElement => {
    const history = c.history === null ? 'history does not place them' : c.history === c.player ? 'the same in history' : `in history, ${c.history}`;
    return h(
      'li',
      { 'data-character': c.id },
      h('strong', {}, c.name),
      c.player === null ? ': not on your road' : ` is ${c.player}`,
      h('span', { className: 'act-report__history' }, `; ${history}.`),
    );
  };
  return [h('h3', {}, 'Who is where'), h('ul', { className: 'act-report__characters' }, ...list.map(line))];
}

function districts(title: string, list: readonly ReportDistrict[], same = false): HTMLElement {
  // Grouped by where the districts went, so ten districts read as three lines, not a run of arrows.
  const side = (direction: 1 | -1, words: string): HTMLElement[] => {
    const moved = list.filter((d) => d.direction === direction);
    if (moved.length === 0) return [];
    const groups = new Map<string, string[]>();
    for (const d of moved) groups.set(d.to, [...(groups.get(d.to) ?? []), shortName(d.name)]);
    return [
      h('p', { className: 'act-report__side' }, h('strong', {}, `${direction > 0 ? '▲' : '▼'} ${words} (${moved.length})`)),
      h('ul', {}, ...[...groups].map(([to, names]) => h('li', {}, `now ${to}: `, names.join(', ')))),
    ];
  };
  return h(
    'div',
    {},
    h('h3', {}, title),
    same ? h('p', {}, 'The same districts moved the same way as on your road.') : null,
    !same && list.length === 0 ? h('p', {}, 'No district changed sides.') : null,
    ...(same ? [] : side(1, 'Towards the revolution')),
    ...(same ? [] : side(-1, 'Towards the government')),
  );
}

/** "Narva-Peterhof district (beyond the Narva Gate)" is "Narva-Peterhof" in a list. */
function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '').replace(/ district$/, '');
}
