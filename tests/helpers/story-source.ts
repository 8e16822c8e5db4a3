import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseRanges } from '../../src/story/ranges.ts';

/** Every .ink file of the story with its text. */
export function storyFiles(): { file: string; text: string }[] {
  const files = [
    'story/main.ink',
    'story/state.ink',
    'story/rules.ink',
    'story/endings.ink',
    'story/debug.ink',
    ...readdirSync('story/acts').map((f) => `story/acts/${f}`),
    // Roads that leave history in one act and play on into the next (INCLUDEd from main.ink).
    ...(existsSync('story/roads') ? readdirSync('story/roads').map((f) => `story/roads/${f}`) : []),
  ];
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** All values of one tag key written anywhere in the story's source (e.g. every `decision:` id). */
export function tagValues(key: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`#\\s*${key}:\\s*([^#\\n]+)`, 'g');
  for (const { text } of storyFiles()) for (const m of text.matchAll(re)) out.push((m[1] ?? '').trim());
  return out;
}

/** The declared range of every variable in state.ink (`// [lo,hi]`), parsed as the writers' checker parses it. */
export function declaredRanges(): Map<string, readonly [number, number]> {
  return parseRanges(readFileSync('story/state.ink', 'utf8'));
}

/** The names of every VAR in state.ink. */
export function declaredVariables(): string[] {
  return [...readFileSync('story/state.ink', 'utf8').matchAll(/^VAR (\w+)/gm)].map((m) => m[1] ?? '');
}

export { rangeProblems } from '../../src/story/ranges.ts';
