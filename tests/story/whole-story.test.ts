import { describe, expect, it } from 'vitest';
import { historicalPicker, leaningPicker, type PathRecord, randomPicker, seededRandom, walkAll, walkOne } from '../../src/explore/walker.ts';
import { ACT_INFO } from '../../src/story/acts.ts';
import { ENDINGS } from '../../src/story/endings.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import { ACTS } from '../../src/story/tags.ts';
import { realStory } from '../helpers/stories.ts';
import { declaredRanges, rangeProblems, tagValues } from '../helpers/story-source.ts';

// The whole year: every path of each act walked exhaustively from the state the historical path brings to it,
// then seeded random walks of the whole year (uniform, and leaning to the historical option), which cross
// the acts from every kind of state.
const { json } = realStory();
const ranges = declaredRanges();
const outOfRange = new Set<string>();
const observe = ({ vars }: { vars: () => Readonly<Record<string, unknown>> }) => {
  for (const p of rangeProblems(vars() as never, ranges)) outOfRange.add(p);
};

const actPaths = new Map<string, PathRecord[]>();
const actComplete = new Map<string, boolean>();
for (const act of ACTS) {
  const { paths, complete } = walkAll(json, { start: ACT_INFO[act].start, stopAtActEnd: true, limit: 5000, observe });
  actPaths.set(act, paths);
  actComplete.set(act, complete);
}
const uniform = randomPicker(seededRandom(7));
const leaning = leaningPicker(seededRandom(11), 0.6);
const randomWalks = [
  ...Array.from({ length: 150 }, () => walkOne(json, uniform, { observe })),
  ...Array.from({ length: 150 }, () => walkOne(json, leaning, { observe })),
];
const historical = walkOne(json, historicalPicker);
const everyPath = [...[...actPaths.values()].flat(), ...randomWalks, historical];

describe('the whole story, walked', () => {
  it('walks every path of every act exhaustively', () => {
    for (const act of ACTS) expect(actComplete.get(act), `act ${act} complete`).toBe(true);
  });

  it('meets no ink errors, unknown tags or dead ends, and follows every decision with a history note', () => {
    expect([...new Set(everyPath.flatMap((p) => p.problems))]).toEqual([]);
  });

  it('keeps every variable within its declared range', () => {
    expect([...outOfRange]).toEqual([]);
  });

  it('ends every walk of the whole year at an ending', () => {
    expect(randomWalks.filter((p) => p.ending === null).map((p) => p.path.join(','))).toEqual([]);
  });

  it('reaches every decision point written in the story, each with three or more options and at most one historical', () => {
    const seen = new Map<string, { min: number; historical: Set<number> }>();
    for (const p of everyPath)
      for (const d of p.decisions) {
        const entry = seen.get(d.id) ?? { min: 99, historical: new Set<number>() };
        entry.min = Math.min(entry.min, d.offered);
        entry.historical.add(d.historicalIndex);
        seen.set(d.id, entry);
      }
    const written = [...new Set(tagValues('decision'))];
    expect(written.filter((id) => !seen.has(id))).toEqual([]);
    for (const [id, s] of seen) expect(s.min, `${id} options`).toBeGreaterThanOrEqual(3);
    expect(written.length).toBeGreaterThanOrEqual(30);
  });

  it('reaches every ending, and every ending has its title and epilogue', () => {
    const reached = new Set(everyPath.map((p) => p.ending).filter(Boolean));
    const written = [...new Set(tagValues('ending'))];
    expect(written.filter((id) => !reached.has(id))).toEqual([]);
    expect(written.filter((id) => !ENDINGS.has(id))).toEqual([]);
    expect([...ENDINGS.keys()].filter((id) => !written.includes(id))).toEqual([]);
    expect(written.length).toBeGreaterThanOrEqual(10);
  });

  it('takes the historical option at every decision all the way to the historical ending', () => {
    expect(historical.ending).toBe('october_historical');
    expect(historical.decisions.every((d) => d.historical || d.historicalIndex < 0)).toBe(true);
    expect(historical.actEnds).toEqual(['february', 'dual_power', 'july_days', 'kornilov', 'october']);
  });

  it('states the essay’s own congress figures on the historical path (105 of 669, 300 of 670, 390 of 625)', () => {
    const counts = new Set<string>();
    walkOne(json, historicalPicker, {
      observe: ({ vars }) => {
        const v = vars();
        if (v.delegates_total) counts.add(`${v.delegates_bolshevik} of ${v.delegates_total}`);
      },
    });
    expect([...counts]).toEqual(['105 of 669', '300 of 670', '390 of 625']);
  });

  it('reads 5,000 to 12,000 words with 20 or more choices on every sampled playthrough of the whole year', () => {
    const full = randomWalks.filter((p) => p.actEnds.length === ACTS.length - 1);
    expect(full.length).toBeGreaterThanOrEqual(5);
    const outside = full.filter((p) => p.words < 5000 || p.words > 12000 || p.path.length < 20);
    expect(outside.map((p) => `${p.words} words, ${p.path.length} choices: ${p.path.join(',')}`)).toEqual([]);
  });

  it('reads 5,000 to 12,000 words and offers 20 or more choices on the historical path', () => {
    expect(historical.words).toBeGreaterThanOrEqual(5000);
    expect(historical.words).toBeLessThanOrEqual(12000);
    expect(historical.path.length).toBeGreaterThanOrEqual(20);
  });

  it('brings the state to each act’s preset along the historical path (the jump menu starts each act where history does)', () => {
    for (const [i, act] of ACTS.entries()) {
      const preset = ACT_INFO[act].start.preset;
      if (!preset) continue;
      const previous = ACTS[i - 1] as string;
      const runner = new StoryRunner(json);
      let reached = false;
      for (let step = 0; step < 400 && !reached; step++) {
        reached = runner.continue().some((l) => l.tags.some((t) => t.kind === 'act_end' && t.value === previous));
        const choices = runner.choices();
        if (reached || choices.length === 0) break;
        runner.choose((choices.find((c) => c.tags.some((t) => t.kind === 'historical')) ?? choices[0])?.index ?? 0);
      }
      expect(reached, `historical path reaches the end of ${previous}`).toBe(true);
      const played = runner.variables();
      const expected = new StoryRunner(json);
      expected.call(preset);
      const wanted = expected.variables();
      const drift = Object.entries(wanted).filter(
        ([name, v]) =>
          typeof v === 'number' &&
          typeof played[name] === 'number' &&
          !['casualties', 'arrests', 'delegates_total', 'delegates_bolshevik'].includes(name) &&
          Math.abs((played[name] as number) - v) > 10,
      );
      expect(drift.map(([name, v]) => `${act}: ${name} preset ${v}, played ${played[name]}`)).toEqual([]);
    }
  });

  it('gives every act its own outcomes when walked from its start', () => {
    for (const act of ACTS) {
      const outcomes = [...new Set((actPaths.get(act) ?? []).map((p) => p.ending ?? (p.actEnds.length ? 'end of act' : 'unfinished')))];
      if (act === 'defence') expect(outcomes).toContain('october_historical');
      else expect(outcomes).toContain('end of act');
      expect(outcomes.length, `${act} has more than one outcome`).toBeGreaterThan(1);
    }
  });
});
