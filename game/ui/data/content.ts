// The classroom material (assets/classroom/*.json), loaded when first needed.
import type * as v from 'valibot';
import { GlossaryFile, parseData, RolesFile } from './parse.ts';

/** A role card for a student. */
export type Role = v.InferOutput<typeof RolesFile>['roles'][number];

/** A glossary entry, with the phrases that link to it from the story. */
export type Term = v.InferOutput<typeof GlossaryFile>['terms'][number];

let roles: Promise<Role[]> | null = null;
let terms: Promise<Term[]> | null = null;

/** Every role card. */
export function loadRoles(): Promise<Role[]> {
  roles ??= import('../../../assets/classroom/roles.json').then((m) => parseData(RolesFile, m.default, 'assets/classroom/roles.json').roles);
  return roles;
}

/** Every glossary entry. */
export function loadGlossary(): Promise<Term[]> {
  terms ??= import('../../../assets/classroom/glossary.json').then((m) => parseData(GlossaryFile, m.default, 'assets/classroom/glossary.json').terms);
  return terms;
}
