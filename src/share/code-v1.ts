// The first codec (version 1): `<story version>.<base64url payload>`. No longer written, still read, so links and
// codes made before the typed codes keep opening. Payload: [1, path length, one byte per choice, checksum].
import { type CodeBody, checksum } from './code-bytes.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The codec version of a `<story>.<payload>` code. */
export const V1 = 1;

/** Whether `text` has the shape of a version 1 code (a lower-case story version, a dot, base64url). */
export function looksLikeV1(text: string): boolean {
  return /^[0-9a-z]{1,16}\.[A-Za-z0-9_-]+$/.test(text);
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

/** Reads a version 1 code into its story and choice bytes, or says (for the player) why it cannot. */
export function readV1(text: string): { ok: true; body: CodeBody } | { ok: false; kind: 'damaged' | 'unknown-version'; message: string } {
  const dot = text.indexOf('.');
  const story = text.slice(0, dot);
  const bytes = fromBase64Url(text.slice(dot + 1));
  if (!bytes || bytes.length < 3) return { ok: false, kind: 'damaged', message: 'This code is incomplete: part of it seems to have been cut off.' };
  if (bytes[0] !== V1) return { ok: false, kind: 'unknown-version', message: 'This code was made by a different version of the game and cannot be read here.' };
  const length = bytes[1] ?? 0;
  if (bytes.length !== length + 3)
    return { ok: false, kind: 'damaged', message: 'This code is incomplete or has extra characters: it may have been cut off when it was copied.' };
  if (checksum(bytes.slice(0, -1), story) !== bytes[bytes.length - 1])
    return { ok: false, kind: 'damaged', message: 'This code has been changed or mistyped: its check does not add up.' };
  return { ok: true, body: { story, steps: bytes.slice(2, -1) } };
}
