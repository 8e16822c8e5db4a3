import { debrief } from '../../../src/classroom/debrief.ts';
import { type ClassRecord, votesCsv } from '../../../src/classroom/votes.ts';
import type { GameCore } from '../../../src/game-core.ts';
import { ENDINGS, endingTitle } from '../../../src/story/endings.ts';
import { PlaySession } from '../../../src/story/session.ts';
import { COMPARED, chart, type Run } from '../compare-view.ts';
import { type DecisionInfo, decisionInfo, leadIn, titleOf } from '../decision-info.ts';
import { h } from '../dom.ts';
import { openSheet } from '../sheet.ts';
import { loadRoles } from './content.ts';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The historical road through the story, played by the game's own core. */
function historicalRun(json: string): Run {
  const session = new PlaySession(json);
  session.reset();
  const worlds = [session.world()];
  for (let i = 0; i < 400; i++) {
    const options = session.choices();
    if (options.length === 0) break;
    const pick = options.find((o) => o.historical) ?? options[0];
    if (!pick) break;
    session.step(pick.index);
    worlds.push(session.world());
  }
  const path = { path: [...session.path], texts: [...session.texts], decisions: [], ending: session.ending(), updatedAt: new Date().toISOString() };
  return { label: 'History', path, worlds };
}

function classRun(core: GameCore, json: string): Run {
  const session = new PlaySession(json);
  session.reset();
  const worlds = [session.world()];
  for (const index of core.view().path) {
    session.step(index);
    worlds.push(session.world());
  }
  return {
    label: 'The class',
    path: { path: [...session.path], texts: [...session.texts], decisions: [], ending: session.ending(), updatedAt: new Date().toISOString() },
    worlds,
  };
}

function pathTable(core: GameCore, record: ClassRecord, info: Map<string, DecisionInfo>): HTMLElement {
  const result = debrief(
    core.view().timeline.map((t) => ({ decision: t.decision, option: t.option, historical: t.historical })),
    [],
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
export async function openDebrief(core: GameCore, json: string, record: ClassRecord): Promise<void> {
  const sheet = openSheet('Debrief', { wide: true, id: 'debrief' });
  const [info, roles] = await Promise.all([decisionInfo(), loadRoles()]);
  const view = core.view();
  const ending = view.ending ? ENDINGS.get(view.ending) : undefined;
  const history = historicalRun(json);
  const run = classRun(core, json);
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
  const area = h('div', { id: 'print-area', className: 'print-debrief' }, h('h1', {}, 'The Organiser: Petrograd 1917. Class debrief'), content.cloneNode(true));
  document.body.append(area);
  document.body.classList.add('is-printing');
  window.addEventListener(
    'afterprint',
    () => {
      area.remove();
      document.body.classList.remove('is-printing');
    },
    { once: true },
  );
  window.print();
}
