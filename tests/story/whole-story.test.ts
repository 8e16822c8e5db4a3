import { describe, expect, it } from 'vitest';
import { historicalLoad } from '../../src/explore/measures.ts';
import { driftProblems, presetDrift } from '../../src/explore/preset-drift.ts';
import { historicalPicker, leaningPicker, oneDeviationWalks, randomPicker, seededRandom, walkOne } from '../../src/explore/walker.ts';
import { ACT_INFO } from '../../src/story/acts.ts';
import { ACTS } from '../../src/story/tags.ts';
import { realStory } from '../helpers/stories.ts';
import { declaredRanges, rangeProblems, tagValues } from '../helpers/story-source.ts';

// The whole year: seeded random walks with a fixed budget (uniform, and leaning to the historical option), which
// cross the acts from every kind of state, and the historical path. Every path of each act: act-walks.ts (act-walks-early and act-walks-late).
const { json } = realStory();
/** Length caps from a lesson's needs: see story/README.md, Length. */
const LENGTH = { minWords: 5000, maxWords: 20_000, wordsPerChoice: 250 } as const;
const ranges = declaredRanges();
const outOfRange = new Set<string>();
const observe = ({ vars }: { vars: () => Readonly<Record<string, unknown>> }) => {
  for (const p of rangeProblems(vars() as never, ranges)) outOfRange.add(p);
};

const uniform = randomPicker(seededRandom(7));
const leaning = leaningPicker(seededRandom(11), 0.6);
const actLeaning = leaningPicker(seededRandom(13), 0.6);
const randomWalks = [
  ...Array.from({ length: 150 }, () => walkOne(json, uniform, { observe })),
  ...Array.from({ length: 150 }, () => walkOne(json, leaning, { observe })),
];
const historical = walkOne(json, historicalPicker);
const everyPath = [...randomWalks, historical];
// Walks from each act's start (its preset), leaning to history: roads that end before Act VI leave fewer whole-year
// walks to reach the last acts' decisions, and these still reach them.
// Roads that leave history deep in the year are rare in random play: a road is also reached by leaving the
// historical path once and following history (or the first option) after, as a class's lesson cut does.
const deviations = oneDeviationWalks(json, historical).map((d) => d.walk);
const fromActStart = ACTS.flatMap((act) => Array.from({ length: 40 }, () => walkOne(json, actLeaning, { start: ACT_INFO[act].start })));

describe('the whole story, walked', () => {
  it('meets no problem on any sampled walk: ink errors, unknown tags, dead ends, missing notes, dates going back, unguarded callbacks, share limits', () => {
    expect([...new Set(everyPath.flatMap((p) => p.problems))]).toEqual([]);
  });

  it('keeps every variable within its declared range', () => {
    expect([...outOfRange]).toEqual([]);
  });

  it('ends every walk of the whole year at an ending', () => {
    expect(randomWalks.filter((p) => p.ending === null).map((p) => p.path.join(','))).toEqual([]);
  });

  it('tags one option historical at every choice on the historical path, minor choices included', () => {
    expect(historicalLoad(historical).untagged).toEqual([]);
  });

  it('reaches every decision point written in the story, each with three or more options and at most one historical', () => {
    const seen = new Map<string, { min: number; historical: Set<number> }>();
    for (const p of [...everyPath, ...fromActStart, ...deviations])
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

  // Caps from a lesson's needs (story/README.md, Length): a class plays a lesson cut; a full solo year may take
  // two sittings of 50 minutes at about 200 words a minute, and asks for a choice at least every 250 words.
  it(`reads ${LENGTH.minWords.toLocaleString('en')} to ${LENGTH.maxWords.toLocaleString('en')} words, with a choice at least every ${LENGTH.wordsPerChoice} words, on every sampled playthrough of the whole year`, () => {
    // Whole years: the sampled walks that reach the last act, and the roads one choice off history that do.
    const full = [...randomWalks, ...deviations].filter((p) => p.actEnds.length === ACTS.length - 1);
    expect(full.length).toBeGreaterThanOrEqual(5);
    const outside = full.filter((p) => p.words < LENGTH.minWords || p.words > LENGTH.maxWords || p.words > p.path.length * LENGTH.wordsPerChoice);
    expect(outside.map((p) => `${p.words} words, ${p.path.length} choices: ${p.path.join(',')}`)).toEqual([]);
  });

  it(`reads ${LENGTH.minWords.toLocaleString('en')} to ${LENGTH.maxWords.toLocaleString('en')} words on the historical path, with a choice at least every ${LENGTH.wordsPerChoice} words`, () => {
    expect(historical.words).toBeGreaterThanOrEqual(LENGTH.minWords);
    expect(historical.words).toBeLessThanOrEqual(LENGTH.maxWords);
    expect(historical.words / historical.path.length).toBeLessThanOrEqual(LENGTH.wordsPerChoice);
  });

  it('brings the state to each act’s preset along the historical path (the jump menu starts each act where history does)', () => {
    expect(driftProblems(presetDrift(json))).toEqual([]);
  });
});
