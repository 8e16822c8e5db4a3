import { type LessonDebrief, lessonCsv, lessonDebrief, STATUS_LABEL } from '../../../src/classroom/lesson-debrief.ts';
import type { RoleAssignment } from '../../../src/classroom/lesson-record.ts';
import { studentsOf } from '../../../src/classroom/role-deal.ts';
import { judgeRoles, objectiveOf } from '../../../src/classroom/role-objectives.ts';
import type { GameCore } from '../../../src/game-core.ts';
import { ENDINGS } from '../../../src/story/endings.ts';
import type { WorldView } from '../../../src/world/world-view.ts';
import type { Classroom } from '../classroom/classroom.ts';
import { loadRoles, type Role } from '../data/content.ts';
import { type DecisionInfo, decisionInfo, leadIn, titleOf } from '../data/decision-info.ts';
import { h, table } from '../dom.ts';
import { download, printArea } from '../files.ts';
import { COMPARED, chart, type Run } from './compare-view.ts';
import { openSheet } from './sheet.ts';

function voteText(row: LessonDebrief['rows'][number]): string {
  if (!row.vote) return 'not voted';
  return `${row.vote.tallies.join(' / ')} (${STATUS_LABEL[row.status]})`;
}

function pathTable(result: LessonDebrief, info: Map<string, DecisionInfo>): HTMLElement {
  const chose = result.classDecisions;
  const like = result.likeHistory === null ? '' : `: ${result.likeHistory}% of them as the Bolsheviks really chose`;
  return table(
    'table debrief__path',
    h(
      'caption',
      {},
      `${chose} decision${chose === 1 ? '' : 's'} the class chose by its vote${like}. Decisions not voted on (jumped over, or played by the lesson cut) are left out.`,
    ),
    ['Decision', 'Played', 'The vote', 'What really happened'],
    result.rows.map((row) =>
      h(
        'tr',
        { className: row.asInHistory ? '' : 'is-diverged', 'data-status': row.status, 'data-decision': row.decision },
        h('th', { scope: 'row' }, titleOf(info, row.decision), row.onPath ? '' : h('span', { className: 'small' }, ' (a road the game has since left)')),
        h('td', {}, row.option, row.asInHistory ? h('span', { className: 'badge' }, 'as in history') : ''),
        h('td', {}, voteText(row)),
        h('td', {}, info.get(row.decision)?.historical ?? ''),
      ),
    ),
  );
}

function rolesTable(roles: readonly Role[], end: WorldView, ending: string | null, players: readonly RoleAssignment[]): HTMLElement {
  const vars = Object.fromEntries(end.forces.map((f) => [f.key, f.value]));
  const results = judgeRoles({ ending, vars });
  return table(
    'table debrief__roles',
    h('caption', {}, 'Who won: each role’s secret objective, judged from where the class’s year ended; and what became of people like them in history.'),
    ['Role', 'In the class’s year', 'In history'],
    roles.map((role) => {
      const result = results.find((r) => r.role === role.id);
      return h(
        'tr',
        { 'data-role-result': role.id, 'data-won': result?.won ? 'yes' : 'no' },
        h(
          'th',
          { scope: 'row' },
          role.name,
          studentsOf(players, role.id) ? h('span', { className: 'debrief__players', 'data-role-students': '' }, ` (${studentsOf(players, role.id)})`) : '',
          h('span', { className: 'small' }, ` ${objectiveOf(role.id)?.objective ?? ''}`),
        ),
        h('td', {}, h('strong', {}, result?.won ? 'Won. ' : 'Lost. '), result?.why ?? ''),
        h('td', {}, ...fateParts(role.fate)),
      );
    }),
  );
}

/** A role's fate: its first two sentences, then the rest (left off the printed debrief so it keeps to 2-3 pages). */
function fateParts(fate: string): HTMLElement[] {
  const sentences = fate.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [fate];
  const head = sentences.slice(0, 2).join('');
  const rest = fate.slice(head.length);
  return [h('span', {}, head), ...(rest ? [h('span', { className: 'debrief__more' }, rest)] : [])];
}

/** The debrief: the class's votes against history, the forces over time, who won; print, or export the votes and the lesson. */
export async function openDebrief(core: GameCore, classroom: Classroom): Promise<void> {
  const sheet = openSheet('Debrief', { wide: true, id: 'debrief' });
  const [info, roles] = await Promise.all([decisionInfo(), loadRoles()]);
  const view = core.view();
  const record = classroom.lesson();
  const result = lessonDebrief(record.votes, view.timeline);
  const ending = view.ending ? ENDINGS.get(view.ending) : undefined;
  const run: Run = { label: 'The class', worlds: core.run(view.path).worlds };
  const history: Run = { label: 'History', worlds: core.historicalRun().worlds };
  const content = h(
    'div',
    { className: 'debrief' },
    h('p', { className: 'debrief__outcome' }, ending ? `The class reached: ${ending.title}. ${ending.summary}` : 'The class has not reached an ending yet.'),
    pathTable(result, info),
    h('h3', {}, 'Where the class parted from history'),
    result.departures.length
      ? h(
          'ol',
          {},
          ...result.departures.map((r) =>
            h('li', {}, h('strong', {}, leadIn(info, r.decision)), `the class chose “${r.classChoice ?? r.option}”. `, info.get(r.decision)?.historical ?? ''),
          ),
        )
      : h('p', {}, result.classDecisions ? 'Wherever the class voted, it chose as the Bolsheviks did.' : 'The class has not voted yet.'),
    h('h3', {}, 'The forces over time: the class against history'),
    h('div', { className: 'debrief__charts' }),
    h('h3', {}, 'The roles: who won, and what became of them'),
    rolesTable(roles, run.worlds[run.worlds.length - 1] ?? view.world, view.ending, record.roles),
  );
  const button = (action: string, label: string, onclick: () => void, primary = false) =>
    h('button', { type: 'button', className: primary ? 'button button--primary' : 'button', 'data-action': action, onclick }, label);
  sheet.body.append(
    h(
      'div',
      { className: 'row debrief__actions' },
      button('print-debrief', 'Print the debrief', () => printDebrief(content), true),
      button('export-csv', 'Export the votes (CSV)', () =>
        download(
          'organiser-class-votes.csv',
          lessonCsv(result, (d) => titleOf(info, d)),
          'text/csv',
        ),
      ),
      button('export-lesson', 'Export the lesson', () => classroom.exportLesson()),
    ),
    content,
  );
  const charts = content.querySelector<HTMLElement>('.debrief__charts');
  // Every box in the grid first, so that each chart is drawn at its final width.
  const boxes = COMPARED.map((key) => [key, h('div', { className: 'compare__chart' })] as const);
  charts?.append(...boxes.map(([, box]) => box));
  for (const [key, box] of boxes) await chart(box, [run, history], key, run.worlds[0]?.forces.find((f) => f.key === key)?.label ?? key);
}

/** A copy of the debrief for paper: each chart becomes a picture with its title (a cloned canvas prints blank). */
function printDebrief(content: HTMLElement): void {
  const copy = content.cloneNode(true) as HTMLElement;
  const sources = [...content.querySelectorAll<HTMLElement>('.compare__chart')];
  for (const [i, box] of [...copy.querySelectorAll<HTMLElement>('.compare__chart')].entries()) {
    const canvas = sources[i]?.querySelector('canvas');
    const title = sources[i]?.querySelector('.u-title')?.textContent ?? '';
    if (!canvas) continue;
    box.replaceWith(
      h(
        'figure',
        { className: 'debrief__figure' },
        h('img', { src: canvas.toDataURL('image/png'), alt: `${title}: the class against history`, className: 'debrief__chart-image' }),
        h('figcaption', {}, `${title} (solid red: the class; dashed blue-grey: history)`),
      ),
    );
  }
  printArea(h('div', { className: 'print-debrief' }, h('h1', {}, 'The Organiser: Petrograd 1917. Class debrief'), copy));
}
