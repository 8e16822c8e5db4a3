// Runs of eight words, normalised and hashed: shared by the essay's fingerprint script and the prose test.
import { createHash } from 'node:crypto';

/** The words of a text, lower-cased, curly apostrophes made straight, punctuation dropped. */
export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replaceAll('’', "'")
      .match(/[a-z0-9']+/g) ?? []
  );
}

/** A 48-bit hash (12 hex digits) of a run of words: enough that a chance collision is negligible. */
export function hashWords(words: readonly string[]): string {
  return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 12);
}

/** The hash of every run of eight consecutive words in a text. */
export function eightWordHashes(text: string): string[] {
  const t = tokens(text);
  const out: string[] = [];
  for (let i = 0; i + 8 <= t.length; i++) out.push(hashWords(t.slice(i, i + 8)));
  return out;
}
