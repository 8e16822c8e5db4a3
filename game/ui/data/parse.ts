// Data read at run time passes through a schema at the edge: a bad file fails with a message that says where.
import * as v from 'valibot';
import { ACTS } from '../../../src/story/tags.ts';

/** Checks `value` against `schema`; throws an error naming the file and the first problem. */
export function parseData<S extends v.GenericSchema>(schema: S, value: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  throw new Error(`${file} is not as the game expects${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}`);
}

const strings = v.array(v.string());
const numbers = v.array(v.number());

/** assets/classroom/decisions.json. */
export const DecisionsFile = v.object({
  decisions: v.array(
    v.object({
      id: v.string(),
      act: v.picklist(ACTS),
      title: v.string(),
      date: v.string(),
      setup: v.string(),
      questions: strings,
      roles: strings,
      historical: v.string(),
      sources: numbers,
      interpretation: v.string(),
      vocabulary: strings,
      /** The option (its text) a lesson cut plays when the class does not debate this decision; history's where absent. */
      skip: v.optional(v.string()),
    }),
  ),
});

/** assets/classroom/roles.json. */
export const RolesFile = v.object({
  roles: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      figure: v.string(),
      faction: v.string(),
      who: v.string(),
      wants: v.string(),
      acts: v.record(v.picklist(ACTS), v.object({ knows: v.string(), aim: v.string() })),
      arguments: v.record(v.string(), v.string()),
      sources: numbers,
      fate: v.string(),
      print_note: v.string(),
    }),
  ),
});

/** assets/classroom/glossary.json. */
export const GlossaryFile = v.object({
  terms: v.array(
    v.object({
      id: v.string(),
      term: v.string(),
      match: strings,
      kind: v.string(),
      definition: v.string(),
      essay: v.boolean(),
      sources: numbers,
    }),
  ),
});

const volume = (fallback: number) =>
  v.fallback(
    v.pipe(
      v.number(),
      v.transform((n) => Math.min(1, Math.max(0, n))),
    ),
    fallback,
  );

/** The player's settings as stored: anything missing or wrong falls back to its default, volumes are clamped to 0..1. */
export const SettingsRecord = v.object({
  newStyle: v.fallback(v.boolean(), false),
  muted: v.fallback(v.boolean(), false),
  musicVolume: volume(0.6),
  effectsVolume: volume(0.8),
});
