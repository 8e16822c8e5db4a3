import { StoryRunner } from '../story/runner.ts';
import { findTag, hasTag } from '../story/tags.ts';
import { countWords, type Episode, episodesFor } from './meanwhile.ts';

/** The fewest and most decisions a cut may hold. */
export const CUT_MIN = 3;
export const CUT_MAX = 6;

/** Words a teacher reads aloud in a minute. */
export const READ_ALOUD_WPM = 150;

/** A ready-made cut. */
export interface CutPreset {
  readonly id: 'one_lesson' | 'two_lessons' | 'unit';
  readonly label: string;
  readonly decisions: readonly string[];
  /** Suggested debate minutes per decision. */
  readonly debateMinutes: number;
}

/** The presets: the year's big arguments, fewer and shorter for one lesson, more and longer for a unit. */
export const CUT_PRESETS: readonly CutPreset[] = [
  { id: 'one_lesson', label: 'One lesson (50 minutes)', decisions: ['dp_april_theses', 'jul_demonstration', 'oct_how'], debateMinutes: 5 },
  {
    id: 'two_lessons',
    label: 'Two lessons',
    decisions: ['feb_arms', 'dp_april_theses', 'jul_demonstration', 'kor_defence', 'oct_how'],
    debateMinutes: 7,
  },
  {
    id: 'unit',
    label: 'A unit (three or four lessons)',
    decisions: ['feb_arms', 'dp_april_theses', 'jul_demonstration', 'kor_defence', 'oct_how', 'def_assembly'],
    debateMinutes: 10,
  },
];

/** What a cut cannot be, in words for the teacher; null when it is fine. */
export function cutProblem(decisions: readonly string[], known: readonly string[]): string | null {
  const unknown = decisions.filter((d) => !known.includes(d));
  if (unknown.length) return `These decisions are not in the story: ${unknown.join(', ')}.`;
  if (new Set(decisions).size !== decisions.length) return 'A decision is chosen twice.';
  if (decisions.length < CUT_MIN) return `Choose at least ${CUT_MIN} decisions for the class to debate.`;
  if (decisions.length > CUT_MAX) return `Choose at most ${CUT_MAX} decisions: more will not fit the time.`;
  return null;
}

/** An option on offer, as the cut sees it. */
export interface CutOption {
  readonly index: number;
  readonly text: string;
  readonly historical: boolean;
}

/**
 * What the game does at a choice point in a cut lesson: null when the class debates it (a decision in the cut),
 * otherwise the option to play by itself: the decision's `skip` option where the classroom material gives one,
 * else history's, else the first.
 */
export function cutPick(options: readonly CutOption[], decision: string | null, cut: readonly string[], skip?: string): number | null {
  if (decision !== null && cut.includes(decision)) return null;
  const chosen = (skip ? options.find((o) => o.text === skip) : undefined) ?? options.find((o) => o.historical) ?? options[0];
  return chosen ? chosen.index : null;
}

/** One passage of the historical path: the text after a choice (or the opening) up to the next choice point. */
export interface HistoricalPassage {
  readonly words: number;
  /** The decision offered at the end of this passage, if its choice point is one. */
  readonly decision: string | null;
}

/** Walks the historical path (history's option at each decision, the first elsewhere) and measures each passage. */
export function historicalPassages(json: string): HistoricalPassage[] {
  const runner = new StoryRunner(json);
  const out: HistoricalPassage[] = [];
  for (let step = 0; step < 500; step++) {
    const lines = runner.continue();
    const decision = lines.reduce<string | null>((d, l) => findTag(l.tags, 'decision')?.value ?? d, null);
    out.push({ words: lines.reduce((n, l) => n + countWords(l.text), 0), decision });
    const choices = runner.choices();
    if (choices.length === 0) break;
    const pick = choices.find((c) => hasTag(c.tags, 'historical')) ?? choices[0];
    if (!pick) break;
    runner.choose(pick.index);
  }
  return out;
}

/** Whether passage `i` is read in full in a cut lesson: it leads into a debated decision or follows from one. */
export function isReadInCut(passages: readonly HistoricalPassage[], i: number, cut: readonly string[]): boolean {
  const here = passages[i]?.decision ?? null;
  const before = i > 0 ? (passages[i - 1]?.decision ?? null) : null;
  return (here !== null && cut.includes(here)) || (before !== null && cut.includes(before));
}

/** How long a cut takes, in words and minutes. */
export interface CutEstimate {
  /** Words of story read aloud around the debated decisions. */
  readonly storyWords: number;
  /** Words of the "Meanwhile…" summaries. */
  readonly meanwhileWords: number;
  readonly episodes: readonly Episode[];
  /** Minutes reading aloud at 150 words a minute, rounded up. */
  readonly readingMinutes: number;
  readonly debateMinutes: number;
  readonly totalMinutes: number;
}

/**
 * Estimates a cut on the historical path: the passages read in full around each debated decision, plus the
 * summaries of the stretches between, at 150 words a minute; plus the debate minutes set for each decision.
 */
export function estimateCut(
  passages: readonly HistoricalPassage[],
  cut: readonly string[],
  debateMinutesEach: number,
  summaryWords: (episode: Episode) => number,
): CutEstimate {
  let storyWords = 0;
  const played: string[] = [];
  for (const [i, p] of passages.entries()) {
    if (isReadInCut(passages, i, cut)) storyWords += p.words;
    if (p.decision && !cut.includes(p.decision)) played.push(p.decision);
  }
  const episodes = episodesFor(played, cut);
  const meanwhileWords = episodes.reduce((n, e) => n + summaryWords(e), 0);
  const readingMinutes = Math.ceil((storyWords + meanwhileWords) / READ_ALOUD_WPM);
  const debated = cut.filter((d) => passages.some((p) => p.decision === d)).length;
  const debateMinutes = debated * debateMinutesEach;
  return { storyWords, meanwhileWords, episodes, readingMinutes, debateMinutes, totalMinutes: readingMinutes + debateMinutes };
}

/** Minutes to read the whole historical path aloud (the game without a cut). */
export function fullReadingMinutes(passages: readonly HistoricalPassage[]): number {
  return Math.ceil(passages.reduce((n, p) => n + p.words, 0) / READ_ALOUD_WPM);
}
