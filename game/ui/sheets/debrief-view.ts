import { debrief } from '../../../src/classroom/debrief.ts';
import { type ClassRecord, votesCsv } from '../../../src/classroom/votes.ts';
import type { GameCore } from '../../../src/game-core.ts';
import { ENDINGS, endingTitle } from '../../../src/story/endings.ts';
import { loadRoles } from '../data/content.ts';
import { type DecisionInfo, decisionInfo, leadIn, titleOf } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { download, printArea } from '../files.ts';
import { COMPARED, chart, type Run } from './compare-view.ts';
import { openSheet } from './sheet.ts';

function runs(core: GameCore): [Run, Run] {
  return [
    { label: 'The class', worlds: core.run(core.view().path).worlds },
    { label: 'History', worlds: core.historicalRun().worlds },
  ];
}

function pathTable(core: GameCore, record: ClassRecord, info: Map<string, DecisionInfo>): HTMLElement {
  const result = debrief(
    core.view().timeline.map((t) => ({ decision: t.decision, option: t.option, historical: t.historical })),
    core.historicalRun().timeline.map((t) => ({ decision: t.decision, option: t.option, historical: t.historical })),
    record.votes,
  );
  return h(
    'table',
    { className: 'table debrief__path' },
    h('caption', {}, `The class’s path: ${result.matched}% of its decisions were the ones the Bolsheviks really took.`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Decision'),
        h('th', { scope: 'col' }, 'The class chose'),
        h('th', { scope: 'col' }, 'The vote'),
        h('th', { scope: 'col' }, 'What really happened'),
      ),
    ),
    h(
      'tbody',
      {},
      ...result.rows.map((row) =>
        h(
          'tr',
          { className: row.asInHistory ? '' : 'is-diverged' },
          h('th', { scope: 'row' }, titleOf(info, row.decision)),
          h('td', {}, row.classOption, row.asInHistory ? h('span', { className: 'badge' }, 'as in history') : ''),
          h('td', {}, row.vote ? `${row.vote.tallies.join(' / ')}${row.vote.overruled ? ' (overruled)' : ''}` : '–'),
          h('td', {}, info.get(row.decision)?.historical ?? ''),
        ),
      ),
    ),
  );
}

/** The debrief: the class's path against history, the turning points, the forces over time, the role fates; print or export. */
export async function openDebrief(core: GameCore, record: ClassRecord): Promise<void> {
  const sheet = openSheet('Debrief', { wide: true, id: 'debrief' });
  const [info, roles] = await Promise.all([decisionInfo(), loadRoles()]);
  const view = core.view();
  const ending = view.ending ? ENDINGS.get(view.ending) : undefined;
  const [run, history] = runs(core);
  const turning = view.timeline.filter((t) => !t.historical);
  const content = h(
    'div',
    { className: 'debrief' },
    h('p', { className: 'debrief__outcome' }, ending ? `The class reached: ${ending.title}. ${ending.summary}` : 'The class has not reached an ending yet.'),
    pathTable(core, record, info),
    h('h3', {}, 'Turning points'),
    turning.length
      ? h(
          'ol',
          {},
          ...turning.map((t) =>
            h('li', {}, h('strong', {}, leadIn(info, t.decision)), `the class chose “${t.option}”. `, info.get(t.decision)?.historical ?? ''),
          ),
        )
      : h('p', {}, 'The class took the historical road at every decision.'),
    h('h3', {}, 'The forces over time: the class against history'),
    h('div', { className: 'debrief__charts' }),
    h('h3', {}, 'The roles: what became of them'),
    h('div', { className: 'role-grid' }, ...roles.map((r) => h('article', { className: 'role-card' }, h('h3', {}, r.name), h('p', {}, r.fate)))),
  );
  const actions = h(
    'div',
    { className: 'row debrief__actions' },
    h(
      'button',
      { type: 'button', className: 'button button--primary', 'data-action': 'print-debrief', onclick: () => printDebrief(content) },
      'Print the debrief',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'button',
        'data-action': 'export-csv',
        onclick: () =>
          download(
            'organiser-class-votes.csv',
            votesCsv(record, (d) => titleOf(info, d)),
            'text/csv',
          ),
      },
      'Export the votes (CSV)',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'button',
        'data-action': 'export-json',
        onclick: () =>
          download(
            'organiser-class-session.json',
            JSON.stringify(
              { ...record, ending: view.ending, endingTitle: view.ending ? endingTitle(view.ending) : null, path: view.path, shareCode: view.shareCode },
              null,
              1,
            ),
            'application/json',
          ),
      },
      'Export the session (JSON)',
    ),
  );
  sheet.body.append(actions, content);
  const charts = content.querySelector<HTMLElement>('.debrief__charts');
  // Every box in the grid first, so that each chart is drawn at its final width.
  const boxes = COMPARED.map((key) => [key, h('div', { className: 'compare__chart' })] as const);
  charts?.append(...boxes.map(([, box]) => box));
  for (const [key, box] of boxes) await chart(box, [run, history], key, run.worlds[0]?.forces.find((f) => f.key === key)?.label ?? key);
}

function printDebrief(content: HTMLElement): void {
  printArea(h('div', { className: 'print-debrief' }, h('h1', {}, 'The Organiser: Petrograd 1917. Class debrief'), content.cloneNode(true)));
}
