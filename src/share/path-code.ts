// Share codes: a story version and a path of choices, short and URL-safe, with a checksum so a truncated
// or tampered code is caught. Layout: `<story version>.<base64url payload>`, where the payload is
// [codec version, path length, one byte per choice (index in 3 bits, a 5-bit hash of its text), checksum].

/** The codec version this build writes. */
export const CODE_VERSION = 1;
/** The largest option index a code can carry (3 bits). */
export const MAX_OPTION_INDEX = 7;
/** The most choices a code can carry (its length is one byte). */
export const MAX_CODE_CHOICES = 250;
const MAX_PATH = MAX_CODE_CHOICES;

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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((k) => ALPHABET[k]);
    out += chars.slice(0, Math.min(4, bytes.length - i + 1)).join('');
  }
  return out;
}

function fromBase64Url(text: string): number[] | null {
  const values: number[] = [];
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    values.push(v);
  }
  if (values.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i += 4) {
    const [a = 0, b = 0, c = 0, d = 0] = [values[i], values[i + 1], values[i + 2], values[i + 3]];
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    const count = Math.min(3, values.length - i - 1);
    if (count >= 1) bytes.push((n >> 16) & 255);
    if (count >= 2) bytes.push((n >> 8) & 255);
    if (count >= 3) bytes.push(n & 255);
  }
  return bytes;
}

function checksum(bytes: readonly number[], story: string): number {
  let h = 0x5a;
  for (const ch of story) h = (h * 31 + ch.charCodeAt(0)) & 255;
  for (const b of bytes) h = ((h * 31) ^ b) & 255;
  return h;
}

/** A 5-bit hash of a choice's text, so a code from an older story can tell where the story changed. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 32;
}

/** Encodes a story version and a path (option indices with their texts). Throws a RangeError for a path a code cannot carry. */
export function encodePath(story: string, path: readonly { index: number; text: string }[]): string {
  if (!/^[0-9a-z]{1,16}$/.test(story)) throw new RangeError(`Bad story version "${story}"`);
  if (path.length > MAX_PATH) throw new RangeError(`A code carries at most ${MAX_PATH} choices`);
  const bytes = [CODE_VERSION, path.length];
  for (const step of path) {
    if (!Number.isInteger(step.index) || step.index < 0 || step.index > MAX_OPTION_INDEX) throw new RangeError(`Option ${step.index} cannot be encoded`);
    bytes.push((step.index << 5) | textHash(step.text));
  }
  bytes.push(checksum(bytes, story));
  return `${story}.${toBase64Url(bytes)}`;
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

/** Decodes a code (or a whole link holding `#play=CODE`); never throws. */
export function decodePath(input: string): DecodeResult {
  const text = input.trim().replace(/^.*#play=/, '');
  if (text === '') return fail('empty', 'There is no code to open.');
  const m = /^([0-9a-z]{1,16})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!m) return fail('malformed', 'This is not a game code: a code looks like two groups of letters and digits joined by a dot.');
  const story = m[1] ?? '';
  const bytes = fromBase64Url(m[2] ?? '');
  if (!bytes || bytes.length < 3) return fail('damaged', 'This code is incomplete: part of it seems to have been cut off.');
  if (bytes[0] !== CODE_VERSION) return fail('unknown-version', 'This code was made by a different version of the game and cannot be read here.');
  const length = bytes[1] ?? 0;
  if (bytes.length !== length + 3) return fail('damaged', 'This code is incomplete or has extra characters: it may have been cut off when it was copied.');
  const body = bytes.slice(0, -1);
  if (checksum(body, story) !== bytes[bytes.length - 1]) return fail('damaged', 'This code has been changed or mistyped: its check does not add up.');
  const steps = bytes.slice(2, -1).map((b) => ({ index: b >> 5, hash: b & 31 }));
  return { ok: true, code: { story, steps } };
}
