// Bytes as a code a person can read off a board and type: Crockford's base 32 (digits and upper-case letters
// without I, L, O and U), in groups of five, each group four data characters and a check character. Typing is
// forgiven: case, spaces and dashes do not matter, O reads as 0, I and L as 1, U as V. The check character names
// the group a typo is in; the code's own checksum catches what the groups cannot (two groups swapped, say).

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const READS_AS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', U: 'V' };
/** Data characters in a group (a fifth, the check, follows them). */
const DATA = 4;
/** Characters in a full group. */
export const GROUP = DATA + 1;

/** Why a typed code could not be read, for the player. */
export interface GroupsError {
  readonly kind: 'malformed' | 'damaged';
  readonly message: string;
}

function check(group: number, values: readonly number[]): number {
  let sum = 7 + group * 5;
  values.forEach((v, i) => {
    sum += v * (2 * i + 1);
  });
  return sum % 32;
}

/** The bytes as grouped characters, e.g. `4G0Z7-Q2M9K-…`. */
export function toGroups(bytes: readonly number[]): string {
  const values: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      values.push((acc >> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) values.push((acc << (5 - bits)) & 31);
  const groups: string[] = [];
  for (let i = 0; i * DATA < values.length; i++) {
    const data = values.slice(i * DATA, (i + 1) * DATA);
    groups.push([...data, check(i, data)].map((v) => ALPHABET[v]).join(''));
  }
  return groups.join('-');
}

/** The code as the player meant it: no spaces or dashes, upper case, look-alike characters read as the code's own. */
export function normaliseTyped(text: string): string {
  return text
    .replace(/[\s\u2010-\u2015\u2212-]+/g, '')
    .toUpperCase()
    .replace(/[OILU]/g, (ch) => READS_AS[ch] ?? ch);
}

function listGroups(numbers: readonly number[]): string {
  const words = numbers.map(String);
  return words.length === 1 ? `group ${words[0]}` : `groups ${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function mistyped(bad: readonly number[], groups: readonly string[]): string {
  const last = groups.length;
  const fromHereOn = bad.length > 2 && bad.every((n, i) => n === (bad[0] ?? 0) + i) && bad[bad.length - 1] === last;
  if (fromHereOn)
    return `This code stops adding up at group ${bad[0]} (${groups[(bad[0] ?? 1) - 1]}): a character or a group there may be missing or typed twice.`;
  const shown = bad.map((n) => groups[n - 1]).join(', ');
  return `This code has a mistyped character in ${listGroups(bad)} (${shown}): check ${bad.length === 1 ? 'it' : 'them'} against the board.`;
}

/** Reads grouped characters back into bytes (`minBytes` the least a code can hold), or says which group is wrong. */
export function readGroups(typed: string, minBytes: number): { ok: true; bytes: number[] } | { ok: false; error: GroupsError } {
  const text = normaliseTyped(typed);
  const stray = [...text].find((ch) => !ALPHABET.includes(ch));
  if (stray !== undefined)
    return {
      ok: false,
      error: {
        kind: 'malformed',
        message: `This is not a game code: “${stray}” is never used in one. A code is groups of letters and digits, like 4G0Z7-Q2M9K.`,
      },
    };
  const groups = text.match(/.{1,5}/g) ?? [];
  const minChars = Math.ceil((minBytes * 8) / 5);
  if (text.length < minChars + Math.ceil(minChars / DATA))
    return {
      ok: false,
      error: {
        kind: 'malformed',
        message: 'This is not a game code: it is too short. A code is at least four groups of letters and digits, like 4G0Z7-Q2M9K.',
      },
    };
  if (groups[groups.length - 1]?.length === 1)
    return { ok: false, error: { kind: 'damaged', message: 'This code has a character too many or too few at its end: check its last group.' } };
  const bad: number[] = [];
  const values: number[] = [];
  groups.forEach((g, i) => {
    const vs = [...g].map((ch) => ALPHABET.indexOf(ch));
    const data = vs.slice(0, -1);
    if (check(i, data) !== vs[vs.length - 1]) bad.push(i + 1);
    values.push(...data);
  });
  if (bad.length > 0) return { ok: false, error: { kind: 'damaged', message: mistyped(bad, groups) } };
  const byteCount = Math.floor((values.length * 5) / 8);
  const spare = values.length * 5 - byteCount * 8;
  if (spare >= 5 || (values[values.length - 1] ?? 0) & ((1 << spare) - 1))
    return {
      ok: false,
      error: { kind: 'damaged', message: 'This code has a character too many or too few at its end: it may have been cut off when it was copied.' },
    };
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const v of values) {
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
      acc &= (1 << bits) - 1;
    }
  }
  return { ok: true, bytes };
}
