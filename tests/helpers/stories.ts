import { resolve } from 'node:path';
import { compileInk } from '../../scripts/ink-compile.mjs';
import { storyVersion } from '../../src/story/story-version.ts';

const cache = new Map<string, string>();

/** Compiles an .ink file (relative to the project root) once per test run and returns its JSON. */
export function compiled(path: string): string {
  const hit = cache.get(path);
  if (hit) return hit;
  const result = compileInk(resolve(path));
  if (!result.json) throw new Error(`${path} did not compile:\n${result.issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n')}`);
  cache.set(path, result.json);
  return result.json;
}

/** The mini fixture story as a StorySource. */
export function miniStory(): { json: string; version: string } {
  const json = compiled('tests/fixtures/ink/mini.ink');
  return { json, version: storyVersion(json) };
}

/** The real story as a StorySource. */
export function realStory(): { json: string; version: string } {
  const json = compiled('story/main.ink');
  return { json, version: storyVersion(json) };
}
