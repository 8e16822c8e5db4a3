import { objectiveOf } from '../../../src/classroom/role-objectives.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import { ACTS } from '../../../src/story/tags.ts';
import { loadRoles, type Role } from '../data/content.ts';
import { type DecisionInfo, decisionInfo, titleOf } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { printArea } from '../files.ts';
import { openSheet } from './sheet.ts';

/** The big debates of the year: a printed card carries the role's arguments at these (the game shows them all). */
export const BIG_DEBATES = [
  'feb_continue_strike',
  'feb_arms',
  'feb_new_power',
  'dp_attitude',
  'dp_april_theses',
  'dp_coalition',
  'jul_demonstration',
  'kor_defence',
  'oct_how',
  'oct_force',
  'def_government',
  'def_vikzhel',
  'def_assembly',
];

/** A decision title as a lead-in: "Title: ", without a colon after a question mark. */
function labelFor(title: string): string {
  return /[?!.]$/.test(title) ? `${title} ` : `${title}: `;
}

/** One role card: who, what they want, what they know and argue in each act, their sources (and on request their fate). A printed card keeps to the big debates so it fits one page. */
export function roleCard(role: Role, info: Map<string, DecisionInfo>, options: { fate?: boolean; print?: boolean } = {}): HTMLElement {
  const args = Object.entries(role.arguments).filter(([d]) => !options.print || BIG_DEBATES.includes(d));
  const objective = objectiveOf(role.id);
  return h(
    'article',
    { className: 'role-card', 'data-role': role.id },
    h('p', { className: 'role-card__faction' }, role.faction),
    h('h3', {}, role.name),
    h('p', { className: 'role-card__figure' }, role.figure),
    h('p', {}, h('strong', {}, 'Who you are. '), role.who),
    h('p', {}, h('strong', {}, 'What you want. '), role.wants),
    objective
      ? h(
          'p',
          { className: 'role-card__objective' },
          h('strong', {}, 'Secret objective. '),
          objective.objective,
          ' ',
          h('em', {}, `You win if: ${objective.victory.charAt(0).toLowerCase()}${objective.victory.slice(1)}`),
        )
      : '',
    h(
      'dl',
      { className: 'role-card__acts' },
      ...ACTS.flatMap((act) => {
        const a = role.acts[act];
        return a ? [h('dt', {}, `Act ${ACT_INFO[act].numeral}: ${ACT_INFO[act].title}`), h('dd', {}, a.knows, ' ', h('em', {}, a.aim))] : [];
      }),
    ),
    h(
      'details',
      { className: 'role-card__args', open: true },
      h('summary', {}, options.print ? 'Your arguments at the big debates' : 'Your arguments at the decisions'),
      h('ul', {}, ...args.map(([d, text]) => h('li', {}, h('strong', {}, labelFor(titleOf(info, d))), text))),
      options.print ? h('p', { className: 'small' }, 'Your arguments at every decision are in the game: Menu, then Role cards.') : '',
    ),
    role.sources.length ? h('p', { className: 'small' }, `Essay footnotes behind this card: ${role.sources.join(', ')}.`) : '',
    options.fate ? h('p', { className: 'role-card__fate' }, h('strong', {}, 'What became of people like you. '), role.fate) : '',
    h('p', { className: 'role-card__note' }, role.print_note),
  );
}

/** The role cards, viewable in the game, with a print button (one card per sheet, front and back). */
export async function openRoles(focusDecision: string | null = null): Promise<void> {
  const sheet = openSheet('Role cards', { wide: true, id: 'roles' });
  const [roles, info] = await Promise.all([loadRoles(), decisionInfo()]);
  sheet.body.append(
    h(
      'p',
      {},
      `${roles.length} roles for students: hand them out printed (one card per sheet, front and back) or show them here. At each decision the vote panel names the roles who should speak.`,
      ' ',
      h(
        'button',
        { type: 'button', className: 'button button--primary', 'data-action': 'print-roles', onclick: () => printRoles(roles, info) },
        'Print the role cards',
      ),
    ),
    h('div', { className: 'role-grid' }, ...roles.map((r) => roleCard(r, info))),
  );
  if (focusDecision) sheet.body.querySelector<HTMLElement>(`[data-role]`)?.focus();
}

/** One role's card, opened from the vote panel, with its argument at this decision first. */
export async function openRole(role: Role, decision: string | null): Promise<void> {
  const info = await decisionInfo();
  const sheet = openSheet(role.name, { id: 'role' });
  const argument = decision ? role.arguments[decision] : undefined;
  if (argument && decision)
    sheet.body.append(
      h('blockquote', { className: 'role-argument' }, h('p', { className: 'small' }, `At this decision (${titleOf(info, decision)}):`), h('p', {}, argument)),
    );
  sheet.body.append(roleCard(role, info));
}

/** Prints every role card, one per page, through the browser's print dialog (save as PDF works too). */
export function printRoles(roles: readonly Role[], info: Map<string, DecisionInfo>): void {
  printArea(h('div', { className: 'print-roles' }, ...roles.map((r) => roleCard(r, info, { print: true }))));
}
