// The classroom material (assets/classroom/*.json), loaded when first needed.
import type { ActId } from '../../../src/story/tags.ts';
import { GlossaryFile, parseData, RolesFile } from './parse.ts';

/** A role card for a student. */
export interface Role {
  readonly id: string;
  readonly name: string;
  readonly figure: string;
  readonly faction: string;
  readonly who: string;
  readonly wants: string;
  readonly acts: Partial<Record<ActId, { readonly knows: string; readonly aim: string }>>;
  readonly arguments: Readonly<Record<string, string>>;
  readonly sources: readonly number[];
  readonly fate: string;
  readonly print_note: string;
}

/** A glossary entry, with the phrases that link to it from the story. */
export interface Term {
  readonly id: string;
  readonly term: string;
  readonly match: readonly string[];
  readonly kind: string;
  readonly definition: string;
  readonly essay: boolean;
  readonly sources: readonly number[];
}

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
