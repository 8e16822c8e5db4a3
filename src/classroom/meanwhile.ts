import { StoryRunner } from '../story/runner.ts';
import { findTag } from '../story/tags.ts';

/** A stretch of the year summed up by one "Meanwhile…" knot in story/meanwhile.ink, and the decisions it covers. */
export interface Episode {
  /** The knot is `meanwhile_<id>`. */
  readonly id: string;
  readonly decisions: readonly string[];
}

/** The year's stretches, in story order: each covers two or three consecutive decisions of the historical path. */
export const EPISODES: readonly Episode[] = [
  { id: 'feb_strike', decisions: ['feb_continue_strike', 'feb_arms'] },
  { id: 'feb_rising', decisions: ['feb_after_shootings', 'feb_arsenal', 'feb_new_power'] },
  { id: 'dp_spring', decisions: ['dp_attitude', 'dp_war_slogan', 'dp_factory_control'] },
  { id: 'dp_april', decisions: ['dp_april_theses', 'dp_miliukov_note', 'dp_coalition'] },
  { id: 'jul_june', decisions: ['jul_congress_vote', 'jul_offensive'] },
  { id: 'jul_days', decisions: ['jul_demonstration', 'jul_after_shooting', 'jul_lenin'] },
  { id: 'kor_before', decisions: ['kor_underground', 'kor_defence'] },
  { id: 'kor_defeat', decisions: ['kor_provocation', 'kor_terms', 'kor_after'] },
  { id: 'oct_sept', decisions: ['oct_compromise', 'oct_preparliament'] },
  { id: 'oct_decision', decisions: ['oct_how', 'oct_evacuation'] },
  { id: 'oct_rising', decisions: ['oct_press_closure', 'oct_force', 'oct_announce'] },
  { id: 'def_congress', decisions: ['def_walkout', 'def_government', 'def_pulkovo'] },
  { id: 'def_winter', decisions: ['def_junkers', 'def_vikzhel', 'def_assembly'] },
];

/** The knot that tells an episode. */
export function episodeKnot(episode: Episode): string {
  return `meanwhile_${episode.id}`;
}

/**
 * The episodes to summarise for a stretch the game played by itself: those with a decision in `played` and none in
 * the lesson's cut (an episode holding a debated decision is read in full around it) and not yet shown.
 */
export function episodesFor(played: readonly string[], cut: readonly string[], shown: readonly string[] = []): Episode[] {
  return EPISODES.filter((e) => !shown.includes(e.id) && e.decisions.some((d) => played.includes(d)) && !e.decisions.some((d) => cut.includes(d)));
}

/** One line of a summary, with the essay footnotes behind it. */
export interface MeanwhileLine {
  readonly text: string;
  /** Footnote numbers, or "essay" for its own unfootnoted text; empty when none. */
  readonly cite: readonly (number | 'essay')[];
}

/** Reads the "Meanwhile…" knots from the compiled story (its own runner, so the game's session is untouched). */
export class MeanwhileReader {
  private readonly runner: StoryRunner;
  private readonly cache = new Map<string, MeanwhileLine[]>();

  constructor(json: string) {
    this.runner = new StoryRunner(json);
  }

  /** The summary's lines; empty when the story has no knot for it. */
  lines(episode: Episode): readonly MeanwhileLine[] {
    const hit = this.cache.get(episode.id);
    if (hit) return hit;
    const knot = episodeKnot(episode);
    let lines: MeanwhileLine[] = [];
    if (this.runner.hasKnot(knot)) {
      this.runner.reset();
      this.runner.goTo(knot);
      lines = this.runner
        .continue()
        .filter((l) => l.text !== '')
        .map((l) => ({ text: l.text, cite: findTag(l.tags, 'cite')?.value ?? [] }));
    }
    this.cache.set(episode.id, lines);
    return lines;
  }

  /** Words in the summary (for the cut's time estimate). */
  words(episode: Episode): number {
    return this.lines(episode).reduce((n, l) => n + countWords(l.text), 0);
  }
}

/** Words in a text, counted as the story's length checks count them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
