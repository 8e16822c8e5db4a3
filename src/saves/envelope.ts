import * as v from 'valibot';
import { readFileHeader } from './file-header.ts';

/** The save format this build writes. Every released format keeps a fixture in tests/fixtures/saves. */
export const SAVE_FORMAT_VERSION = 1;

const SaveV1 = v.object({
  format: v.literal('organiser-save'),
  version: v.literal(1),
  story: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  label: v.optional(v.pipe(v.string(), v.maxLength(80))),
  path: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))), v.maxLength(500)),
  texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(400))), v.maxLength(500)),
});

/** A saved game: the story's version and the path of choices taken (with their texts, to detect story changes). */
export type SaveEnvelope = v.InferOutput<typeof SaveV1>;

/** Why a text could not be read as a save; `message` is written for the player. */
export interface SaveError {
  readonly kind: 'not-json' | 'not-a-save' | 'newer-format' | 'invalid';
  readonly message: string;
}

/** The outcome of reading a save. */
export type ReadResult = { readonly ok: true; readonly save: SaveEnvelope } | { readonly ok: false; readonly error: SaveError };

/** Builds an envelope for a path of choices. */
export function makeSave(story: string, path: readonly number[], texts: readonly string[], savedAt: Date, label?: string): SaveEnvelope {
  return {
    format: 'organiser-save',
    version: 1,
    story,
    savedAt: savedAt.toISOString(),
    ...(label ? { label } : {}),
    path: [...path],
    texts: [...texts],
  };
}

function fail(kind: SaveError['kind'], message: string): ReadResult {
  return { ok: false, error: { kind, message } };
}

/** Reads a save from text, checking its shape; never throws. */
export function readSave(text: string): ReadResult {
  const file = readFileHeader(text);
  if (!file) return fail('not-json', 'This save file is damaged: it is not readable data.');
  if (file.format !== 'organiser-save') return fail('not-a-save', 'This file is not a save from The Organiser.');
  if (typeof file.version === 'number' && file.version > SAVE_FORMAT_VERSION) {
    return fail('newer-format', 'This save was made by a newer version of the game. Open it there, or start a new game here.');
  }
  const parsed = v.safeParse(SaveV1, file.data);
  if (!parsed.success) return fail('invalid', 'This save is damaged: some of its parts are missing or wrong.');
  if (parsed.output.texts.length !== parsed.output.path.length) return fail('invalid', 'This save is damaged: its choices do not line up.');
  return { ok: true, save: parsed.output };
}
