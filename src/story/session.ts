import { type ForceChange, forceChanges } from '../world/force-changes.ts';
import { type WorldView, worldView } from '../world/world-view.ts';
import { PartialStoryError } from './partial.ts';
import { StoryRunner } from './runner.ts';
import { START_CONTEXT, storyStep } from './step.ts';
import { hasTag } from './tags.ts';
import type { PassageBody } from './transcript.ts';

/** The option the player took to reach a passage. */
export interface TakenChoice {
  readonly index: number;
  readonly text: string;
  readonly decision: string | null;
  readonly historical: boolean;
}

/** One step of the story as read: the choice that led here and what followed. */
export interface Passage extends PassageBody {
  readonly step: number;
  readonly chosen: TakenChoice | null;
  /** The forces the choice moved, from and to (empty for the first passage); `effects` says why. */
  readonly forceChanges: readonly ForceChange[];
}

/** An option on offer now. */
export interface ChoiceView {
  readonly index: number;
  readonly text: string;
  readonly historical: boolean;
}

/** One decision taken so far, for the timeline: `step` is the number of choices made before it. */
export interface TimelineEntry {
  readonly step: number;
  readonly date: string | null;
  readonly decision: string;
  readonly option: string;
  readonly historical: boolean;
}

/** Says whether an option may be taken while replaying a path (its text may have changed). */
export type StepCheck = (text: string) => boolean;

/**
 * One playthrough of the story: the runner, the passages read, the path of choices, and the ink state at
 * every choice point (so rewinding is instant and exact). Knows nothing of storage.
 */
export class PlaySession {
  private runner: StoryRunner;
  private passageList: Passage[] = [];
  private snapshots: string[] = [];
  private pathList: number[] = [];
  private textList: string[] = [];
  private problemList: string[] = [];
  private begun = false;

  constructor(json: string) {
    this.runner = new StoryRunner(json, (message, kind) => this.problemList.push(`ink ${kind}: ${message}`));
  }

  /** Whether a game has begun. */
  get started(): boolean {
    return this.begun;
  }

  get passages(): readonly Passage[] {
    return this.passageList;
  }

  get path(): readonly number[] {
    return this.pathList;
  }

  /** The texts of the options taken, in order. */
  get texts(): readonly string[] {
    return this.textList;
  }

  get problems(): readonly string[] {
    return this.problemList;
  }

  /** Back to the first line of the story. */
  reset(): void {
    this.runner.reset();
    this.passageList = [];
    this.snapshots = [];
    this.pathList = [];
    this.textList = [];
    this.problemList = [];
    this.begun = true;
    this.pushPassage(null, null);
  }

  /** The options on offer now. */
  choices(): ChoiceView[] {
    if (!this.begun) return [];
    return this.runner.choices().map((c) => ({ index: c.index, text: c.text, historical: hasTag(c.tags, 'historical') }));
  }

  /** Takes an option; throws a RangeError for one not on offer. */
  step(index: number): void {
    if (!this.begun) throw new RangeError('The game has not started');
    const option = this.runner.choices().find((c) => c.index === index);
    if (!option) throw new RangeError(`No choice ${index} on offer`);
    const decision = this.passageList[this.passageList.length - 1]?.decision ?? null;
    this.pathList.push(index);
    this.textList.push(option.text);
    try {
      this.pushPassage({ index, text: option.text, decision, historical: hasTag(option.tags, 'historical') }, index);
    } catch (error) {
      // The story's first part ran out (src/story/partial.ts): back to this choice point, as if it had not been taken.
      if (!(error instanceof PartialStoryError)) throw error;
      this.pathList.pop();
      this.textList.pop();
      this.restoreState(this.pathList.length);
      throw error;
    }
  }

  /** Carries the game on in the whole story, from the first part it was played in (the same knots, so the same state). */
  upgrade(json: string): void {
    const state = this.begun ? this.runner.saveState() : null;
    this.runner = new StoryRunner(json, (message, kind) => this.problemList.push(`ink ${kind}: ${message}`));
    if (state !== null) this.runner.loadState(state);
  }

  /**
   * Keeps the ink state of the choice point the game stands at, so that a rewind to it is instant. Serialising the
   * state is a good part of a step's work, so the front end calls this when the browser is idle, not on the click.
   */
  keepSnapshot(): void {
    if (this.begun) this.snapshots[this.pathList.length] ??= this.runner.saveState();
  }

  /** Returns to the moment of the `step`-th choice (0 = the first): from the ink state kept there, else replayed from the nearest one before it. */
  rewind(step: number): void {
    if (!Number.isInteger(step) || step < 0 || step > this.pathList.length) throw new RangeError(`No choice point ${step}`);
    if (step < this.pathList.length) this.restoreState(step);
    this.passageList = this.passageList.slice(0, step + 1);
    this.snapshots = this.snapshots.slice(0, step + 1);
    this.pathList = this.pathList.slice(0, step);
    this.textList = this.textList.slice(0, step);
  }

  /** Replays a path from the start; stops at the first index not on offer or whose text fails its check. Returns how many were replayed. */
  replay(path: readonly number[], checks: readonly (StepCheck | undefined)[] = []): number {
    this.reset();
    let restored = 0;
    for (const [i, index] of path.entries()) {
      const option = this.runner.choices().find((c) => c.index === index);
      const check = checks[i];
      if (!option || (check && !check(option.text))) break;
      this.step(index);
      restored++;
      // A state kept every few choices, so a rewind after a load replays a few steps, not the whole game.
      if (restored % 8 === 0) this.keepSnapshot();
    }
    return restored;
  }

  /** The ending reached, if any. */
  ending(): string | null {
    return this.passageList.find((p) => p.ending)?.ending ?? null;
  }

  /** The decision on offer now, if the current choices are a decision point. */
  decision(): string | null {
    return this.runner.choices().length > 0 ? (this.passageList[this.passageList.length - 1]?.decision ?? null) : null;
  }

  /** The decisions taken so far. */
  timeline(): TimelineEntry[] {
    const out: TimelineEntry[] = [];
    for (const passage of this.passageList) {
      const chosen = passage.chosen;
      if (!chosen?.decision) continue;
      const before = this.passageList[passage.step - 1];
      out.push({ step: passage.step - 1, date: before?.context.date ?? null, decision: chosen.decision, option: chosen.text, historical: chosen.historical });
    }
    return out;
  }

  /** The city now. */
  world(): WorldView {
    const last = this.passageList[this.passageList.length - 1];
    return worldView(this.runner.variables(), last?.context ?? START_CONTEXT);
  }

  /** Puts ink back at choice point `step`: ink is deterministic, so replaying the path from an earlier state gives the same state. */
  private restoreState(step: number): void {
    let from = step;
    while (from > 0 && this.snapshots[from] === undefined) from--;
    const snapshot = this.snapshots[from];
    if (snapshot !== undefined) this.runner.loadState(snapshot);
    else {
      this.runner.reset();
      this.runner.continue();
    }
    for (const index of this.pathList.slice(from, step)) {
      this.runner.choose(index);
      this.runner.continue();
    }
  }

  private pushPassage(chosen: TakenChoice | null, index: number | null): void {
    const before = this.passageList[this.passageList.length - 1]?.context ?? START_CONTEXT;
    const varsBefore = index === null ? null : this.runner.variables();
    const { body } = storyStep(this.runner, index, before);
    this.problemList.push(...body.tagErrors.map((e) => `unknown tag ${e}`));
    const moved = varsBefore ? forceChanges(varsBefore, this.runner.variables()) : [];
    this.passageList.push({ ...body, step: this.passageList.length, chosen, forceChanges: moved });
  }
}
