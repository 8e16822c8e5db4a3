// Share codes: a story version and a path of choices, with checks so a mistyped, truncated or tampered code is
// caught. This build writes version 2, made to be typed from a board (see typed-groups.ts): bytes
// [2, story version (5 bytes: its length in 3 bits, its base-36 value in 37), path length, one byte per choice
// (index in 3 bits, a 5-bit hash of its text), checksum]. Version 1 codes (`<story>.<base64url>`) are still read.
import { type CodeBody, checksum } from './code-bytes.ts';
import { looksLikeV1, readV1 } from './code-v1.ts';
import { readGroups, toGroups } from './typed-groups.ts';

/** The codec version this build writes. */
export const CODE_VERSION = 2;
/** The largest option index a code can carry (3 bits). */
export const MAX_OPTION_INDEX = 7;
/** The most choices a code can carry (its length is one byte). */
export const MAX_CODE_CHOICES = 250;
const MAX_PATH = MAX_CODE_CHOICES;
const STORY_BYTES = 5;
/** The fewest bytes a version 2 code holds: the empty path. */
const MIN_BYTES = 1 + STORY_BYTES + 1 + 1;
const STORY_VALUE_RANGE = 2 ** 37;

/** One step of a shared path: the option's index and a short hash of its text. */
export interface CodeStep {
  readonly index: number;
  readonly hash: number;
}

/** A decoded share code. */
export interface PathCode {
  readonly story: string;
  readonly steps: readonly CodeStep[];
}

/** Why a code could not be read; `message` is written for the player. */
export type CodeError =
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'malformed'; readonly message: string }
  | { readonly kind: 'unknown-version'; readonly message: string }
  | { readonly kind: 'damaged'; readonly message: string };

/** The outcome of decoding. */
export type DecodeResult = { readonly ok: true; readonly code: PathCode } | { readonly ok: false; readonly error: CodeError };

/** A 5-bit hash of a choice's text, so a code from an older story can tell where the story changed. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 32;
}

function storyBytes(story: string): number[] {
  let n = story.length * STORY_VALUE_RANGE + Number.parseInt(story, 36);
  const out: number[] = [];
  for (let i = 0; i < STORY_BYTES; i++) {
    out.unshift(n % 256);
    n = Math.floor(n / 256);
  }
  return out;
}

function storyFrom(bytes: readonly number[]): string | null {
  const n = bytes.reduce((acc, b) => acc * 256 + b, 0);
  const length = Math.floor(n / STORY_VALUE_RANGE);
  const story = (n % STORY_VALUE_RANGE).toString(36).padStart(length, '0');
  return length >= 1 && story.length === length ? story : null;
}

/** Encodes a story version (1-7 base-36 characters) and a path. Throws a RangeError for a path a code cannot carry. */
export function encodePath(story: string, path: readonly { index: number; text: string }[]): string {
  if (!/^[0-9a-z]{1,7}$/.test(story)) throw new RangeError(`Bad story version "${story}"`);
  if (path.length > MAX_PATH) throw new RangeError(`A code carries at most ${MAX_PATH} choices`);
  const bytes = [CODE_VERSION, ...storyBytes(story), path.length];
  for (const step of path) {
    if (!Number.isInteger(step.index) || step.index < 0 || step.index > MAX_OPTION_INDEX) throw new RangeError(`Option ${step.index} cannot be encoded`);
    bytes.push((step.index << 5) | textHash(step.text));
  }
  bytes.push(checksum(bytes, story));
  return toGroups(bytes);
}

/** The outcome of making a code: the code, or why this path cannot have one (written for the player). */
export type EncodeResult = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };

/** Like encodePath, but says why a path cannot be carried instead of throwing (for rendering, which must never throw). */
export function tryEncodePath(story: string, path: readonly { index: number; text: string }[]): EncodeResult {
  if (path.length > MAX_PATH)
    return { ok: false, message: `This game is too long to share as a code: a code carries at most ${MAX_PATH} choices. Save it to a file instead.` };
  if (path.some((s) => !Number.isInteger(s.index) || s.index < 0 || s.index > MAX_OPTION_INDEX)) {
    return {
      ok: false,
      message: `This path cannot be shared as a code: it takes an option past the ${MAX_OPTION_INDEX + 1} a code can carry. Save it to a file instead.`,
    };
  }
  try {
    return { ok: true, code: encodePath(story, path) };
  } catch {
    return { ok: false, message: 'This path cannot be shared as a code. Save it to a file instead.' };
  }
}

function fail(kind: CodeError['kind'], message: string): DecodeResult {
  return { ok: false, error: { kind, message } as CodeError };
}

function readV2(text: string): DecodeResult {
  const read = readGroups(text, MIN_BYTES);
  if (!read.ok) return fail(read.error.kind, read.error.message);
  const { bytes } = read;
  if (bytes[0] !== CODE_VERSION) return fail('unknown-version', 'This code was made by a different version of the game and cannot be read here.');
  const story = storyFrom(bytes.slice(1, 1 + STORY_BYTES));
  const length = bytes[1 + STORY_BYTES] ?? 0;
  if (story === null) return fail('damaged', 'This code has been changed or mistyped: its first groups do not name a version of the story.');
  if (bytes.length !== MIN_BYTES + length) return fail('damaged', 'This code is incomplete or has extra groups: it may have been cut off when it was copied.');
  if (checksum(bytes.slice(0, -1), story) !== bytes[bytes.length - 1])
    return fail('damaged', 'This code has been changed or mistyped: each group adds up, but the whole does not. Two groups may have been swapped.');
  return done({ story, steps: bytes.slice(2 + STORY_BYTES, -1) });
}

function done(body: CodeBody): DecodeResult {
  return { ok: true, code: { story: body.story, steps: body.steps.map((b) => ({ index: b >> 5, hash: b & 31 })) } };
}

/** Decodes a code, typed or pasted, in either codec version (or a whole link holding `#play=CODE`); never throws. */
export function decodePath(input: string): DecodeResult {
  const text = input.trim().replace(/^.*#play=/, '');
  if (text === '') return fail('empty', 'There is no code to open.');
  if (looksLikeV1(text)) {
    const old = readV1(text);
    return old.ok ? done(old.body) : fail(old.kind, old.message);
  }
  if (text.includes('.')) return fail('malformed', 'This is not a game code: a code is groups of letters and digits joined by dashes, like 4G0Z7-Q2M9K.');
  return readV2(text);
}
