import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRole, dealRoles, MAX_STUDENTS_TEXT, namesFrom, numbered, studentsOf } from '../../src/classroom/role-deal.ts';

const ROLES = Array.from({ length: 16 }, (_, i) => `role_${i}`);
const split = (text: string) => text.split(', ');

describe('dealing the roles', () => {
  it('deals every student exactly once, and no role a second student before every role has one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer(), (size, seed) => {
        let x = seed >>> 0 || 1;
        const random = () => {
          x = (x * 1103515245 + 12345) % 2 ** 31;
          return x / 2 ** 31;
        };
        const dealt = dealRoles(ROLES, numbered(size), random);
        const students = dealt.flatMap((a) => split(a.students));
        expect(students.sort()).toEqual(numbered(size).sort());
        const hands = dealt.map((a) => split(a.students).length);
        expect(Math.max(...hands) - Math.min(...hands)).toBeLessThanOrEqual(1);
        expect(dealt).toHaveLength(Math.min(size, 16));
      }),
    );
  });

  it('takes names one a line or by commas, and a class size by number', () => {
    expect(namesFrom(' Anna \n\nBoris,  Clara  Z ;Dmitri')).toEqual(['Anna', 'Boris', 'Clara Z', 'Dmitri']);
    expect(numbered(3)).toEqual(['1', '2', '3']);
    expect(numbered(0)).toEqual([]);
    expect(numbered(500)).toHaveLength(99);
  });

  it('sets one role’s students in role order, and an empty text takes the role out', () => {
    let a = assignRole([], ROLES, 'role_5', 'Anna');
    a = assignRole(a, ROLES, 'role_1', 'Boris, Clara');
    expect(a.map((x) => x.role)).toEqual(['role_1', 'role_5']);
    expect(studentsOf(a, 'role_1')).toBe('Boris, Clara');
    a = assignRole(a, ROLES, 'role_5', '  ');
    expect(a.map((x) => x.role)).toEqual(['role_1']);
    expect(studentsOf(assignRole([], ROLES, 'role_2', 'x'.repeat(1000)), 'role_2')).toHaveLength(MAX_STUDENTS_TEXT);
  });
});
