// Where the characters are: the story keeps, for each character it follows, a string variable `where_<id>`
// holding a short phrase that completes "Grisha is …" ("in the Kresty prison", "with the Red Guard at Smolny").
// The game shows them in the act report without knowing the cast: any `where_` variable is a character.
import type { Variables } from '../story/runner.ts';

/** One character and where the story has put them. */
export interface CharacterPlace {
  /** The variable's name without `where_` (e.g. `grisha`). */
  readonly id: string;
  /** The name to show: "Grisha", or "Your father" for a relation. */
  readonly name: string;
  /** The phrase that completes "<name> is …". */
  readonly where: string;
}

const PREFIX = 'where_';
/** Characters named by their relation to the organiser, not by a name of their own. */
const RELATIONS = new Set(['father', 'mother', 'sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'uncle', 'aunt', 'landlady']);

/** How a `where_` id is written for the player: `grisha` → "Grisha", `father` → "Your father", `uncle_vanya` → "Uncle Vanya". */
export function characterName(id: string): string {
  const words = id.split('_').filter(Boolean);
  if (words.length === 1 && RELATIONS.has(words[0] ?? '')) return `Your ${words[0]}`;
  return words.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`).join(' ');
}

/** The characters the story places, in the order its variables are declared; empty phrases are left out. */
export function characterPlaces(vars: Variables): CharacterPlace[] {
  const out: CharacterPlace[] = [];
  for (const [key, value] of Object.entries(vars)) {
    if (!key.startsWith(PREFIX) || typeof value !== 'string') continue;
    const where = value.trim();
    const id = key.slice(PREFIX.length);
    if (where !== '' && id !== '') out.push({ id, name: characterName(id), where });
  }
  return out;
}
