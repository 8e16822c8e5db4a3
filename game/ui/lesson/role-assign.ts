// Who plays which role: the teacher types students (names or numbers) against the 16 roles, or deals a class at
// random; projectable and printable. Kept in the lesson record after every change, so it exports, imports and feeds
// the debrief. Roles are numbered as on a student's phone, so a student told "role 7" picks the same one there.
import type { RoleAssignment } from '../../../src/classroom/lesson-record.ts';
import { assignRole, dealRoles, MAX_STUDENTS_TEXT, namesFrom, numbered, studentsOf } from '../../../src/classroom/role-deal.ts';
import { loadRoles, type Role } from '../data/content.ts';
import { h } from '../dom.ts';
import { printArea } from '../files.ts';
import { openSheet } from '../sheets/sheet.ts';

/** What the screen needs of the lesson: its assignments, and a way to keep new ones. */
export interface AssignmentStore {
  readonly assignments: () => readonly RoleAssignment[];
  readonly assign: (roles: readonly RoleAssignment[]) => void;
}

function table(roles: readonly Role[], assignments: readonly RoleAssignment[], onInput?: (role: string, text: string) => void): HTMLElement {
  return h(
    'table',
    { className: 'table assign__table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Played by'))),
    h(
      'tbody',
      {},
      ...roles.map((role, i) => {
        const students = studentsOf(assignments, role.id);
        const cell = onInput
          ? h('input', {
              type: 'text',
              className: 'assign__input',
              value: students,
              maxlength: MAX_STUDENTS_TEXT,
              'aria-label': `Students playing ${role.name}`,
              placeholder: 'names or numbers',
              'data-assign-input': role.id,
              oninput: (event: Event) => onInput(role.id, (event.currentTarget as HTMLInputElement).value),
            })
          : students || '—';
        return h(
          'tr',
          { 'data-assign-role': role.id },
          h(
            'th',
            { scope: 'row' },
            h('span', { className: 'assign__number' }, `Role ${i + 1}`),
            ' ',
            role.name,
            h('span', { className: 'small' }, role.faction),
          ),
          h('td', {}, cell),
        );
      }),
    ),
  );
}

/** Opens the role-assignment screen. */
export async function openRoleAssignment(store: AssignmentStore): Promise<void> {
  const sheet = openSheet('Who plays which role', { wide: true, id: 'assign' });
  const roles = await loadRoles();
  const order = roles.map((r) => r.id);
  const holder = h('div', { className: 'assign__holder' });
  const draw = () =>
    holder.replaceChildren(table(roles, store.assignments(), (role, text) => store.assign(assignRole(store.assignments(), order, role, text))));
  const size = h('input', { type: 'number', min: 1, max: 99, value: 30, className: 'assign__size', 'data-deal-size': '' });
  const names = h('textarea', { rows: 3, className: 'assign__names', placeholder: 'Optional: the class’s names, one a line', 'data-deal-names': '' });
  const problem = h('p', { className: 'assign__problem', role: 'status' });
  const deal = () => {
    const typed = namesFrom(names.value);
    const students = typed.length ? typed : numbered(Number(size.value));
    if (students.length === 0) {
      problem.textContent = 'Give a class size from 1 to 99, or type the class’s names.';
      return;
    }
    if (store.assignments().length && !window.confirm('Deal again? The roles typed or dealt so far are replaced.')) return;
    store.assign(dealRoles(order, students, Math.random));
    problem.textContent = `${students.length} students dealt to ${Math.min(students.length, roles.length)} roles.`;
    draw();
  };
  const button = (action: string, label: string, onclick: () => void, primary = false) =>
    h('button', { type: 'button', className: primary ? 'button button--primary' : 'button', 'data-action': action, onclick }, label);
  sheet.body.append(
    h(
      'p',
      {},
      'Type who plays each role (names, numbers or groups), or deal the class at random. It is kept with the lesson, exported with it, and the debrief says who played whom. Students voting on their phones pick the role with the same number.',
    ),
    h(
      'div',
      { className: 'row assign__deal' },
      h('label', {}, 'Class size ', size),
      h('label', { className: 'assign__names-label' }, 'or names ', names),
      button('deal-roles', 'Deal at random', deal, true),
      button('print-assignment', 'Print', () =>
        printArea(h('div', { className: 'print-assign' }, h('h1', {}, 'Who plays which role'), table(roles, store.assignments()))),
      ),
      button('clear-roles', 'Clear', () => {
        if (!window.confirm('Clear every role’s students?')) return;
        store.assign([]);
        draw();
      }),
    ),
    problem,
    holder,
  );
  draw();
}
