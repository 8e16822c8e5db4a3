import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashWords, tokens } from '../helpers/eight-words.ts';
import { realStory } from '../helpers/stories.ts';
import { storyFiles } from '../helpers/story-source.ts';

/** Every word of text in the compiled story (narration, notes, choices), the debug menu left out. */
function storyWords(json: string): number {
  let words = 0;
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      if (x.startsWith('^'))
        words += x
          .slice(1)
          .split(/\s+/)
          .filter((w) => /[A-Za-z0-9]/.test(w)).length;
    } else if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k !== 'debug_menu') walk(v);
  };
  walk((JSON.parse(json) as { root: unknown }).root);
  return words;
}

describe('the story’s prose', () => {
  it('runs to at least 40,000 words of our own', () => {
    expect(storyWords(realStory().json)).toBeGreaterThanOrEqual(40_000);
  });

  it('copies no run of eight words from the essay, except in quotations of its cited sources', () => {
    // The essay's runs of eight words, as hashes (scripts/essay-fingerprint.mjs): the repository does not hold the essay.
    const shingles = new Set(readFileSync('tests/fixtures/essay-8grams.txt', 'utf8').split('\n').filter(Boolean));
    expect(shingles.size).toBeGreaterThan(9000);
    const copied: string[] = [];
    for (const { file, text } of storyFiles()) {
      for (const [n, line] of text.split('\n').entries()) {
        // Lines citing a numbered footnote carry the primary sources' own words, in quotation marks.
        if (line.trim().startsWith('//') || /#\s*cite:\s*\d/.test(line)) continue;
        const prose = (line.split('#')[0] ?? '').replace(/"[^"]*"|“[^”]*”/g, ' ');
        const t = tokens(prose);
        for (let i = 0; i + 8 <= t.length; i++) {
          if (shingles.has(hashWords(t.slice(i, i + 8)))) {
            copied.push(`${file}:${n + 1}: ${t.slice(i, i + 8).join(' ')}`);
            break;
          }
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
