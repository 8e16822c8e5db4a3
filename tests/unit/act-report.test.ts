import { describe, expect, it } from 'vitest';
import { Runs } from '../../src/runs.ts';
import type { ActId } from '../../src/story/tags.ts';
import { actReport, actSpan, changesSentence, type ReportStep } from '../../src/world/act-report.ts';
import { worldView } from '../../src/world/world-view.ts';
import { compiled } from '../helpers/stories.ts';

const ctx = (act: ActId) => ({ date: null, act, place: null, view: null });
const world = (act: ActId, vars: Record<string, number>) =>
  worldView({ worker_confidence: 35, garrison: 8, mood_vyborg: 50, mood_kolomna: 50, ...vars }, ctx(act));

describe('act report', () => {
  const player = [world('february', {}), world('february', { garrison: 20 }), world('dual_power', { garrison: 40, mood_vyborg: 85 })];
  const history = [world('february', {}), world('dual_power', { garrison: 60, mood_kolomna: 10 })];
  const steps: ReportStep[] = [
    { act: null, decision: null, option: '', changes: [], effects: [] },
    {
      act: 'february',
      decision: 'd1',
      option: 'Go to the barracks',
      changes: [{ key: 'garrison', label: 'Garrison', from: 8, to: 20 }],
      effects: ['The soldiers listened.'],
    },
    { act: 'february', decision: 'd2', option: 'March', changes: [{ key: 'garrison', label: 'Garrison', from: 20, to: 40 }], effects: [] },
  ];

  it('spans an act from its first world to the first world past its end', () => {
    const span = actSpan(player, 'february');
    expect(span?.start).toBe(player[0]);
    expect(span?.end).toBe(player[2]);
    expect(actSpan(player, 'october')).toBeNull();
  });

  it('sets the player’s forces beside history’s at the same act end', () => {
    const report = actReport('february', player, steps, history);
    const garrison = report?.forces.find((f) => f.key === 'garrison');
    expect(garrison).toMatchObject({ player: 40, history: 60 });
  });

  it('lists the districts that changed sides on each road, with the direction in words', () => {
    const report = actReport('february', player, steps, history);
    expect(report?.districts.player.map((d) => [d.id, d.direction, d.to])).toEqual([['vyborg', 1, 'with the revolution']]);
    expect(report?.districts.history.map((d) => [d.id, d.direction])).toEqual([['kolomna', -1]]);
  });

  it('ranks the choices by how far they moved the forces, with the story’s reason or one made from the numbers', () => {
    const report = actReport('february', player, steps, history);
    expect(report?.choices.map((c) => c.option)).toEqual(['March', 'Go to the barracks']);
    expect(report?.choices[0]?.why).toBe('Garrison up 20 (20 to 40).');
    expect(report?.choices[1]?.why).toBe('The soldiers listened.');
  });

  it('says plainly when nothing moved', () => {
    expect(changesSentence([])).toBe('Nothing the game tracks moved.');
  });

  it('keeps the biggest moves when asked for a short sentence', () => {
    const c = (key: string, from: number, to: number) => ({ key, label: key, from, to });
    expect(changesSentence([c('a', 0, 1), c('b', 0, 9), c('c', 5, 0)], 2)).toBe('b up 9 (0 to 9); c down 5 (5 to 0); and 1 more.');
  });
});

describe('who is where in the act report', () => {
  it('sets each character’s place on the player’s road beside history’s at the same act end', () => {
    const runs = new Runs(compiled('tests/fixtures/ink/characters.ink'));
    const report = actReport('february', runs.run([1, 0]).worlds, [], runs.historicalRun().worlds);
    expect(report?.characters).toEqual([
      { id: 'grisha', name: 'Grisha', player: 'in the Kresty prison', history: 'in the crowd on the Liteiny bridge' },
      { id: 'father', name: 'Your father', player: 'in the village, writing every month', history: 'in the village, writing every month' },
      { id: 'marfa', name: 'Marfa', player: null, history: 'on the picket line at the mill gate' },
    ]);
  });

  it('has no characters when the story places none', () => {
    const runs = new Runs(compiled('tests/fixtures/ink/effects.ink'));
    const run = runs.run([0]);
    expect(run.worlds.every((w) => w.characters.length === 0)).toBe(true);
    expect(actReport('february', run.worlds, [], runs.historicalRun().worlds)?.characters).toEqual([]);
  });

  it('reads only string `where_` variables, and names relations as the organiser’s', () => {
    const view = worldView({ where_uncle_vanya: 'at the front', where_mother: ' at home ', where_count: 3, wherever: 'x' }, ctx('february'));
    expect(view.characters).toEqual([
      { id: 'uncle_vanya', name: 'Uncle Vanya', where: 'at the front' },
      { id: 'mother', name: 'Your mother', where: 'at home' },
    ]);
  });
});
