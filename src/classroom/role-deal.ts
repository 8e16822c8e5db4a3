import type { RoleAssignment } from './lesson-record.ts';

/** The longest text of students a role may carry (the lesson record's limit). */
export const MAX_STUDENTS_TEXT = 400;

/** The students of a class of `size`, by number: "1" to "size" (at most 99). */
export function numbered(size: number): string[] {
  const n = Math.max(0, Math.min(99, Math.floor(size)));
  return Array.from({ length: n }, (_, i) => String(i + 1));
}

/** Names typed one a line or separated by commas, trimmed, blanks dropped. */
export function namesFrom(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name.length > 0);
}

/**
 * Deals students to roles at random: the students are shuffled, then handed round the roles in order, so no role has
 * a second student before every role has a first. Roles nobody plays are left out; `random` gives numbers in [0, 1).
 */
export function dealRoles(roles: readonly string[], students: readonly string[], random: () => number): RoleAssignment[] {
  const deck = [...students];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [deck[i], deck[j]] = [deck[j] as string, deck[i] as string];
  }
  if (roles.length === 0) return [];
  const hands = roles.map(() => [] as string[]);
  for (const [i, student] of deck.entries()) hands[i % roles.length]?.push(student);
  return roles.flatMap((role, i) => {
    const hand = hands[i] ?? [];
    return hand.length ? [{ role, students: hand.join(', ').slice(0, MAX_STUDENTS_TEXT) }] : [];
  });
}

/** Who plays a role, as the teacher typed it ('' when nobody). */
export function studentsOf(assignments: readonly RoleAssignment[], role: string): string {
  return assignments.find((a) => a.role === role)?.students ?? '';
}

/** The assignments with one role's students set (an empty text takes the role out), kept in `order`. */
export function assignRole(assignments: readonly RoleAssignment[], order: readonly string[], role: string, students: string): RoleAssignment[] {
  const text = students.slice(0, MAX_STUDENTS_TEXT);
  const others = assignments.filter((a) => a.role !== role);
  const next = text.trim() ? [...others, { role, students: text }] : others;
  return next.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}
