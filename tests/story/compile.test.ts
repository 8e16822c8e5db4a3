import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../scripts/ink-compile.mjs';
import { declaredRanges, declaredVariables, storyFiles } from '../helpers/story-source.ts';

describe('the story compiles', () => {
  const result = compileInk(resolve('story/main.ink'));

  it('with no ink errors or warnings', () => {
    const problems = result.issues.filter((i) => i.severity !== 'author').map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(problems).toEqual([]);
    expect(result.json).not.toBeNull();
  });

  it('from main.ink and every file it includes', () => {
    const names = result.files.map((f) => f.replace(`${resolve('story')}/`, '')).sort();
    expect(names).toEqual(
      [
        'acts/01_february.ink',
        'acts/02_dual_power.ink',
        'acts/03_july_days.ink',
        'acts/04_kornilov.ink',
        'acts/05_october.ink',
        'acts/06_defence.ink',
        'debug.ink',
        'endings.ink',
        'main.ink',
        'meanwhile.ink',
        'rules.ink',
        'state.ink',
        // Roads that leave history in one act and play on into the next: every file in story/roads is included.
        ...(existsSync('story/roads') ? readdirSync('story/roads').map((f) => `roads/${f}`) : []),
      ].sort(),
    );
  });

  it('declares a range for every number in state.ink', () => {
    const ranged = declaredRanges();
    // Flags declare their range as [false,true].
    const flags = new Set([...readFileSync('story/state.ink', 'utf8').matchAll(/^VAR (\w+) = (?:true|false) \/\/ \[false,true\]/gm)].map((m) => m[1]));
    // Strings (the characters' whereabouts) are not numbers and have no range.
    const strings = new Set([...readFileSync('story/state.ink', 'utf8').matchAll(/^VAR (\w+) = "/gm)].map((m) => m[1]));
    // Lists (the sites, the districts, the paths through each act and its roads) are sets, not numbers.
    const lists = new Set([...readFileSync('story/state.ink', 'utf8').matchAll(/^VAR (\w+) = \(/gm)].map((m) => m[1]));
    const missing = declaredVariables().filter(
      (v) =>
        !ranged.has(v) &&
        !flags.has(v) &&
        !strings.has(v) &&
        !lists.has(v) &&
        !/^(strikes|crowds|barricades|armed_workers|held|fought_over|raised_bridges|february|dual_power|july|kornilov|october|defence|debug)$/.test(v),
    );
    expect(missing).toEqual([]);
  });

  it('gives every whereabouts a short lower-case phrase that completes "Grisha is …"', () => {
    const bad: string[] = [];
    const found = new Set<string>();
    for (const { file, text } of storyFiles())
      for (const m of text.matchAll(/(where_\w+) = "([^"]*)"/g)) {
        const phrase = m[2] ?? '';
        found.add(m[1] ?? '');
        // It starts lower-case (names inside it keep their capitals) and fits the act report's line.
        if (phrase.length > 40 || !/^[a-z]/.test(phrase)) bad.push(`${file}: ${m[1]} = "${phrase}"`);
      }
    expect(bad).toEqual([]);
    expect([...found].sort()).toEqual([
      'where_anton',
      'where_father',
      'where_fyodor',
      'where_grisha',
      'where_lidia',
      'where_marfa',
      'where_osip',
      'where_petya',
    ]);
  });
});
