import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldPlan } from '../../src/classroom/cut-fold.ts';
import {
  CUT_PRESETS,
  cutPick,
  cutProblem,
  estimateCut,
  fullReadingMinutes,
  type HistoricalPassage,
  historicalPassages,
  isReadInCut,
} from '../../src/classroom/lesson-cut.ts';
import { EPISODES, episodesFor, MeanwhileReader } from '../../src/classroom/meanwhile.ts';
import { realStory } from '../helpers/stories.ts';

const decisionIds = (JSON.parse(readFileSync('assets/classroom/decisions.json', 'utf8')) as { decisions: { id: string }[] }).decisions.map((d) => d.id);

describe('a lesson cut', () => {
  it('holds 3 to 6 decisions that exist, each once', () => {
    expect(cutProblem(['feb_arms', 'oct_how'], decisionIds)).toMatch(/at least 3/);
    expect(cutProblem(decisionIds.slice(0, 7), decisionIds)).toMatch(/at most 6/);
    expect(cutProblem(['feb_arms', 'feb_arms', 'oct_how'], decisionIds)).toMatch(/twice/);
    expect(cutProblem(['feb_arms', 'oct_how', 'nowhere'], decisionIds)).toMatch(/nowhere/);
    for (const preset of CUT_PRESETS) expect(cutProblem(preset.decisions, decisionIds), preset.id).toBeNull();
  });

  it('lets the class vote at a decision in the cut and plays the skip option, history’s or the first elsewhere', () => {
    const options = [
      { index: 0, text: 'Arm now', historical: false },
      { index: 1, text: 'Win the soldiers', historical: true },
      { index: 2, text: 'Wait', historical: false },
    ];
    expect(cutPick(options, 'feb_arms', ['feb_arms'])).toBeNull();
    expect(cutPick(options, 'oct_how', ['feb_arms'])).toBe(1);
    expect(cutPick(options, 'oct_how', ['feb_arms'], 'Wait')).toBe(2);
    expect(cutPick(options, 'oct_how', ['feb_arms'], 'Not an option')).toBe(1);
    expect(
      cutPick(
        options.map((o) => ({ ...o, historical: false })),
        null,
        ['feb_arms'],
      ),
    ).toBe(0);
  });

  it('reads in full the passage leading into each debated decision and the one after it', () => {
    const passages: HistoricalPassage[] = [
      { words: 100, decision: null },
      { words: 200, decision: 'a' },
      { words: 300, decision: 'b' },
      { words: 400, decision: 'c' },
      { words: 500, decision: null },
    ];
    expect(passages.map((_, i) => isReadInCut(passages, i, ['b']))).toEqual([false, false, true, true, false]);
    const estimate = estimateCut(passages, ['b'], 5, () => 150);
    expect(estimate.storyWords).toBe(700);
    expect(estimate.readingMinutes).toBe(Math.ceil((700 + 150 * estimate.episodes.length) / 150));
    expect(estimate.debateMinutes).toBe(5);
  });

  it('summarises each stretch once, and never one holding a debated decision', () => {
    const shown = episodesFor(['feb_continue_strike', 'feb_after_shootings', 'feb_arsenal'], ['feb_arms']).map((e) => e.id);
    expect(shown).toEqual(['feb_rising']);
    expect(episodesFor(['feb_after_shootings'], [], ['feb_rising'])).toEqual([]);
  });
});

describe('the cut on the real story', () => {
  const story = realStory();
  const passages = historicalPassages(story.json);
  const reader = new MeanwhileReader(story.json);

  it('has a “Meanwhile…” knot of about 100 words for every stretch, each citing the essay', () => {
    for (const episode of EPISODES) {
      const words = reader.words(episode);
      expect(words, episode.id).toBeGreaterThanOrEqual(70);
      expect(words, episode.id).toBeLessThanOrEqual(120);
      expect(
        reader.lines(episode).every((l) => l.cite.length > 0),
        episode.id,
      ).toBe(true);
    }
  });

  it('covers every decision of the historical path with exactly one stretch', () => {
    const onPath = passages.flatMap((p) => (p.decision ? [p.decision] : []));
    expect(EPISODES.flatMap((e) => e.decisions).sort()).toEqual([...onPath].sort());
  });

  it('fits the one-lesson preset into 50 minutes, where the whole year read aloud would not', () => {
    const preset = CUT_PRESETS.find((p) => p.id === 'one_lesson');
    if (!preset) throw new Error('no one-lesson preset');
    const estimate = estimateCut(passages, preset.decisions, preset.debateMinutes, (e) => reader.words(e));
    expect(estimate.totalMinutes).toBeLessThanOrEqual(50);
    expect(estimate.readingMinutes).toBeGreaterThan(5);
    expect(fullReadingMinutes(passages)).toBeGreaterThan(50);
  });
});

describe('the fold of a cut lesson', () => {
  const p = (step: number, decision: string | null, chosen: string | null) => ({ step, decision, chosen: step === 0 ? null : { decision: chosen } });
  // Opening -> feb_continue_strike -> feb_arms -> plain choice -> feb_after_shootings -> feb_arsenal -> feb_new_power -> dp_attitude
  const passages = [
    p(0, 'feb_continue_strike', null),
    p(1, 'feb_arms', 'feb_continue_strike'),
    p(2, null, 'feb_arms'),
    p(3, 'feb_after_shootings', null),
    p(4, 'feb_arsenal', 'feb_after_shootings'),
    p(5, 'feb_new_power', 'feb_arsenal'),
    p(6, 'dp_attitude', 'feb_new_power'),
  ];

  it('reads the passages around a debated decision and folds the rest behind summaries', () => {
    const plan = foldPlan(passages, ['feb_arms', 'dp_attitude']);
    expect([...plan.folded]).toEqual([0, 3, 4, 5]);
    // The stretch 3-5 played feb_after_shootings, feb_arsenal and feb_new_power: the "feb_rising" summary stands before step 6.
    expect(plan.summaries.get(6)?.map((e) => e.id)).toEqual(['feb_rising']);
    // feb_continue_strike shares its stretch with the debated feb_arms, so it is not summarised (its passage is read).
    expect([...plan.summaries.keys()]).toEqual([6]);
  });

  it('reads everything before the cut began, and always an ending', () => {
    const plan = foldPlan(
      [...passages.slice(0, 5), { step: 5, decision: null, chosen: { decision: 'feb_arsenal' }, ending: 'february_crushed' }],
      ['dp_attitude'],
      3,
    );
    expect([...plan.folded]).toEqual([3, 4]);
  });
});
