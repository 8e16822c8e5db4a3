import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EndState, judgeRoles, ROLE_OBJECTIVES } from '../../src/classroom/role-objectives.ts';
import { historicalPicker, walkOne } from '../../src/explore/walker.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import { findTag } from '../../src/story/tags.ts';
import { realStory } from '../helpers/stories.ts';

const roles = (JSON.parse(readFileSync('assets/classroom/roles.json', 'utf8')) as { roles: { id: string }[] }).roles.map((r) => r.id);
const strategies = JSON.parse(readFileSync('assets/strategies.json', 'utf8')) as { endings: { id: string; example: { path: number[] } }[] };

/** Plays a path of choices on the real story and returns the state at its end. */
function endOf(runner: StoryRunner, path: readonly number[]): EndState {
  runner.reset();
  let ending: string | null = null;
  for (const index of [...path, -1]) {
    for (const line of runner.continue()) ending = findTag(line.tags, 'ending')?.value ?? ending;
    if (index >= 0) runner.choose(index);
  }
  return { ending, vars: runner.variables() };
}

describe('roles worth playing', () => {
  const runner = new StoryRunner(realStory().json);
  const ends = strategies.endings.map((e) => endOf(runner, e.example.path));

  it('gives every role card a secret objective and a victory condition', () => {
    expect(ROLE_OBJECTIVES.map((o) => o.role)).toEqual(roles);
    for (const o of ROLE_OBJECTIVES) expect(o.objective.length, o.role).toBeGreaterThan(20);
  });

  it('reaches the ending each example path of the explorer names', () => {
    expect(ends.map((e) => e.ending)).toEqual(strategies.endings.map((e) => e.id));
  });

  it('lets every role win on some ending of the year and lose on another', () => {
    // The explorer's example of each ending, and history's own road: one example per ending is only one of the roads
    // that reach it, and which one the sample finds moves whenever the story grows.
    const history = endOf(runner, walkOne(realStory().json, historicalPicker).path);
    const results = [...ends, history].map((end) => judgeRoles(end));
    for (const role of roles) {
      const won = results.map((r) => r.find((x) => x.role === role)?.won);
      expect(won, role).toContain(true);
      expect(won, role).toContain(false);
    }
  });

  it('says who won in history, with the reason condition by condition', () => {
    // History's own road (the explorer's example of this ending is only some road that reaches it).
    const historical = endOf(runner, walkOne(realStory().json, historicalPicker).path);
    expect(historical.ending).toBe('october_historical');
    const results = judgeRoles(historical);
    const winners = results.filter((r) => r.won).map((r) => r.role);
    expect(winners).toContain('bolshevik_hardliner');
    expect(winners).not.toContain('kerensky');
    expect(winners).not.toContain('sr_minister');
    expect(results.find((r) => r.role === 'kerensky')?.why).toMatch(/Kerensky’s government holds: not met/);
  });

  it('says so when the class has not reached an ending', () => {
    expect(judgeRoles({ ending: null, vars: {} })[0]?.why).toMatch(/not reached an ending/);
  });
});
