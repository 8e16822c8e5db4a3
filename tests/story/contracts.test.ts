import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENDINGS } from '../../src/story/endings.ts';
import { TAG_KINDS } from '../../src/story/tags.ts';
import { PLACES } from '../../src/world/places.ts';
import { tagValues } from '../helpers/story-source.ts';

const decisionIds = [...new Set(tagValues('decision'))];

describe('the story’s contracts with the rest of the game', () => {
  it('names only places the map knows, in place: and event: tags', () => {
    const places = tagValues('place');
    const targets = tagValues('event').flatMap((e) => e.split(/\s+/).slice(1));
    expect([...new Set([...places, ...targets])].filter((id) => !PLACES.has(id))).toEqual([]);
  });

  it('documents in story/README.md exactly the tags the parser knows', () => {
    const readme = readFileSync('story/README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Tags'), readme.indexOf('\n## ', readme.indexOf('## Tags') + 5));
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    const documented = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z_]+)/g)].map((m) => m[1]));
    expect([...new Set(documented)].sort()).toEqual([...TAG_KINDS].sort());
  });

  it('has classroom material for every decision point, and for none that does not exist', () => {
    const material = JSON.parse(readFileSync('assets/classroom/decisions.json', 'utf8')).decisions as { id: string; roles: string[]; vocabulary: string[] }[];
    expect(material.map((d) => d.id).sort()).toEqual([...decisionIds].sort());
    const roles = new Set((JSON.parse(readFileSync('assets/classroom/roles.json', 'utf8')).roles as { id: string }[]).map((r) => r.id));
    const terms = new Set((JSON.parse(readFileSync('assets/classroom/glossary.json', 'utf8')).terms as { id: string }[]).map((t) => t.id));
    expect(material.flatMap((d) => d.roles).filter((r) => !roles.has(r))).toEqual([]);
    expect(material.flatMap((d) => d.vocabulary).filter((t) => !terms.has(t))).toEqual([]);
  });

  it('gives every role card arguments only for decisions that exist, and at least twelve roles', () => {
    const roles = JSON.parse(readFileSync('assets/classroom/roles.json', 'utf8')).roles as { id: string; arguments: Record<string, string>; fate: string }[];
    expect(roles.length).toBeGreaterThanOrEqual(12);
    expect(roles.flatMap((r) => Object.keys(r.arguments)).filter((d) => !decisionIds.includes(d))).toEqual([]);
    expect(roles.filter((r) => r.fate.length < 50).map((r) => r.id)).toEqual([]);
  });

  it('embeds the strategy explorer’s findings for this very story version', async () => {
    const { realStory } = await import('../helpers/stories.ts');
    const strategies = JSON.parse(readFileSync('assets/strategies.json', 'utf8')) as { version: string };
    expect(strategies.version, 'run `npm run explore -- --write` after changing the story').toBe(realStory().version);
  });

  it('finds every ending in the strategy explorer’s walks of the whole year', () => {
    const strategies = JSON.parse(readFileSync('assets/strategies.json', 'utf8')) as { endings: { id: string; example: { path: number[] } }[] };
    const found = new Set(strategies.endings.map((e) => e.id));
    expect([...ENDINGS.keys()].filter((id) => !found.has(id))).toEqual([]);
    for (const e of strategies.endings) expect(e.example.path.length, e.id).toBeGreaterThan(0);
  });
});
