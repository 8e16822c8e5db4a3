// Join codes a class can read off a projector and type on a phone: six characters from an alphabet without look-alikes.

/** The characters a join code is made of: no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V. */
export const JOIN_ALPHABET = 'ACEFHJKMNPRTWXY3479';

/** How many characters a join code has. */
export const JOIN_LENGTH = 6;

/** A fresh join code, drawing each character with `randomIndex(n)` (an integer in 0..n-1; the relay passes crypto.randomInt). */
export function newJoinCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_LENGTH; i++) code += JOIN_ALPHABET[randomIndex(JOIN_ALPHABET.length)] ?? '';
  return code;
}

/** A typed code in canonical form (upper case, spaces and dashes dropped), or null when it cannot be a join code. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_LENGTH) return null;
  for (const c of code) if (!JOIN_ALPHABET.includes(c)) return null;
  return code;
}
