import { type GamePorts, type GameView, type LoadOutcome, type Notice, refused, type StorySource, type ViewChange } from './game-types.ts';
import { sessionView } from './game-view.ts';
import { type Run, Runs } from './runs.ts';
import { type AutosaveStatus, autosaveMovedOn, autosaveStatus } from './saves/autosave-status.ts';
import { makeSave, readSave, type SaveEnvelope } from './saves/envelope.ts';
import { playedPath, writeAutosave } from './saves/keeping.ts';
import { codeMessage, LASTS_FOR_THE_TAB, PATHS_NOT_KEPT, saveMessage, storageMessage } from './saves/load-messages.ts';
import { keepReplacedAutosave, type ReplacedBy, replacedMessage } from './saves/replaced.ts';
import { keepSlot, type SlotResult } from './saves/slots.ts';
import { AUTOSAVE_KEY, type SaveStore } from './saves/store.ts';
import { decodePath, textHash } from './share/path-code.ts';
import { PartialStoryError, STORY_NOT_YET, STORY_WAITING, storyFailedMessage } from './story/partial.ts';
import { PlaySession, type StepCheck } from './story/session.ts';
import { type ExploredPath, keepPath, loadBranches, mergeBranches } from './timeline/branches.ts';

export type { GamePorts, GameView, LoadOutcome, Notice, StorySource, ViewChange } from './game-types.ts';
export type { ChoiceView, Passage, TakenChoice, TimelineEntry } from './story/session.ts';
/**
 * The game's core: one play session, its autosave, and the paths explored across playthroughs. Derives
 * everything the front end shows; the only state besides ink's own is the path of choices.
 */
export class GameCore {
  private session: PlaySession;
  // A choice taken where the story's first part ran out, to be taken again once the whole story is here.
  private waiting: number | null = null;
  // A second session to replay loads on, so that a load that fails leaves the game as it was (swapped on success).
  private spare: PlaySession | null = null;
  private source: StorySource;
  private readonly store: SaveStore | null;
  private readonly now: () => Date;
  private readonly listeners = new Set<(view: GameView) => void>();
  private explored: ExploredPath[];
  private notice: Notice | null = null;
  private autosaveProblem: string | null = null;
  private pathsProblem: string | null = null;
  // The autosave text this tab last wrote or continued from: a different one was written by another tab.
  private ownAutosave: string | null = null;
  private cached: GameView | null = null;
  private readonly defer: ((work: () => void) => void) | null;
  // What the last moves still have to keep: the autosave, and the path among the explored ones.
  private unsaved = { autosave: false, path: false };
  private change: ViewChange = 'start';
  private runs: Runs;

  constructor(source: StorySource, ports: GamePorts = {}) {
    this.source = source;
    this.store = ports.store ?? null;
    this.now = ports.now ?? (() => new Date());
    this.defer = ports.defer ?? null;
    this.session = new PlaySession(source.json);
    this.runs = new Runs(source.json);
    this.explored = loadBranches(this.store, source.version);
  }

  /** The current view; the same object until something changes. */
  view(): GameView {
    this.cached ??= this.computeView();
    return this.cached;
  }

  /** Calls `listener` with the new view after every change; returns a function that stops it. */
  subscribe(listener: (view: GameView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a new game from the first line (also used to restart). */
  start(): void {
    this.flush();
    this.session.reset();
    this.change = 'start';
    this.notice = null;
    this.waiting = null;
    this.changed();
  }

  /** Takes option `index` of the choices on offer, then autosaves. Throws a RangeError for an option not on offer. */
  choose(index: number): void {
    try {
      this.session.step(index);
    } catch (error) {
      if (!(error instanceof PartialStoryError)) throw error;
      this.waiting = index;
      this.notice = { kind: 'waiting', message: STORY_WAITING };
      this.change = 'notice';
      this.changed();
      return;
    }
    this.change = 'step';
    this.afterMove();
  }

  /** Whether a choice is waiting for the whole story (taken past the first part before it came). */
  get waitsForStory(): boolean {
    return this.waiting !== null;
  }

  /** Whether the game runs on the story's first part only, the whole story not yet here. */
  get partial(): boolean {
    return this.source.partial === true;
  }

  /** Carries the game on in the whole story once it has downloaded, and takes the choice that was waiting for it. */
  upgradeStory(json: string): void {
    if (!this.partial) return;
    this.source = { json, version: this.source.version };
    this.session.upgrade(json);
    this.spare = null;
    this.runs = new Runs(json);
    // The same game in the whole story: the view changes only if a choice was waiting for it.
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting === null) return;
    this.notice = null;
    this.choose(waiting);
  }

  /** Says why the rest of the story could not be downloaded, if a choice is waiting for it. */
  storyFailed(why: string): void {
    if (this.waiting === null) return;
    this.notice = { kind: 'failed', message: storyFailedMessage(why) };
    this.change = 'notice';
    this.changed();
  }

  /** Returns to the moment of the `step`-th choice (0 = the first), instantly; the path left behind stays among the explored paths. */
  rewindTo(step: number): void {
    this.flush();
    this.session.rewind(step);
    this.change = 'jump';
    this.notice = null;
    this.waiting = null;
    this.keep({ autosave: true, path: false });
  }

  /** Every path played with this story version, in this tab or another (for the branch map, the endings gallery and comparisons). */
  exploredPaths(): readonly ExploredPath[] {
    this.flush();
    this.explored = mergeBranches(loadBranches(this.store, this.source.version), this.explored);
    return this.explored;
  }

  /** A save of the game as it stands. */
  save(label?: string): SaveEnvelope {
    return makeSave(this.source.version, this.session.path, this.session.texts, this.now(), label);
  }

  /** Loads a save, replaying its choices; a save from another story version is replayed as far as it still fits. */
  load(save: SaveEnvelope, by: ReplacedBy = 'save'): LoadOutcome {
    this.flush();
    const sameStory = save.story === this.source.version;
    const checks = sameStory ? [] : save.texts.map((t) => (text: string) => text === t);
    return this.open(save.path, checks, by, (restored, total) => saveMessage(sameStory, restored, total, this.where()));
  }

  /** Loads a save from its text (a file or storage); a damaged text gets a clear message and changes nothing. */
  loadText(text: string, by: ReplacedBy = 'save'): LoadOutcome {
    const read = readSave(text);
    if (!read.ok) return refused(read.error.message);
    return this.load(read.save, by);
  }

  /** Why a share code cannot be read (mistyped, cut short), or null: answerable before the rest of the story has come. */
  codeProblem(input: string): string | null {
    const decoded = decodePath(input);
    return decoded.ok ? null : decoded.error.message;
  }

  /** Opens a share code (or a link holding one): replays its path as far as it still fits the story. */
  openCode(input: string): LoadOutcome {
    const decoded = decodePath(input);
    if (!decoded.ok) return refused(decoded.error.message);
    this.flush();
    const { story, steps } = decoded.code;
    const changedStory = story !== this.source.version;
    const checks = steps.map((s) => (text: string) => textHash(text) === s.hash);
    return this.open(
      steps.map((s) => s.index),
      checks,
      'link',
      (restored, total) => codeMessage(changedStory, restored, total, this.where()),
    );
  }

  /** Continues from the autosave; says why not when it cannot. */
  continueAutosave(): LoadOutcome {
    this.flush();
    let text: string | null;
    try {
      text = this.store?.read(AUTOSAVE_KEY) ?? null;
    } catch (err) {
      return refused(storageMessage(err, 'read'));
    }
    if (text === null) return refused('There is no saved game to continue.');
    const outcome = this.loadText(text, 'continue');
    if (outcome.opened && this.ownAutosave === null) this.ownAutosave = text;
    return outcome;
  }

  /** What the title screen needs to know of the autosave: whether there is one, and any problem reading it. */
  autosaveStatus(): AutosaveStatus {
    this.flush();
    return autosaveStatus(this.store);
  }

  /** Replays a path of choice indices from the start (a jump from the map of the year or the teacher's preview), stopping at the first that is not on offer. */
  replay(path: readonly number[]): LoadOutcome {
    this.flush();
    return this.open(path, [], 'jump', (restored, total) => (restored === total ? null : `Only ${restored} of ${total} choices could be replayed.`));
  }

  /** Whether another tab has saved a different game over this one's autosave (this tab's next choice would save over it in turn). */
  otherTabMoved(): boolean {
    return this.session.started && autosaveMovedOn(this.store, this.ownAutosave);
  }

  /** Keeps this tab's game as a save (when another tab has moved the autosave on). */
  keepThisGame(): SlotResult {
    if (!this.store) return { ok: false, message: 'This game has nowhere to keep saves.' };
    return keepSlot(this.store, this.save(), 'This tab’s game, kept when another tab moved on');
  }

  /** Replays `path` apart from the player's game (for Compare, the debrief, the endings). */
  run(path: readonly number[]): Run {
    return this.runs.run(path);
  }

  /** The historical road through the story, replayed apart from the player's game. */
  historicalRun(): Run {
    return this.runs.historicalRun();
  }

  /** Clears the notice once the player has seen it. */
  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /**
   * Replays a path on the spare session; if none of it fits, nothing changes (not the game, not the autosave, not the
   * explored paths). Otherwise the replayed game replaces this one, after the autosave it replaces is kept as a save
   * (unless the new path carries it on).
   */
  private open(
    path: readonly number[],
    checks: readonly StepCheck[],
    by: ReplacedBy,
    explain: (restored: number, total: number) => string | null,
  ): LoadOutcome {
    if (this.partial) return refused(STORY_NOT_YET);
    const trial = this.spare ?? new PlaySession(this.source.json);
    const restored = trial.replay(path, checks);
    const total = path.length;
    if (restored === 0 && total > 0) {
      return refused(explain(restored, total) ?? 'None of this game’s choices could be replayed. Nothing was changed.');
    }
    const replaced = this.store ? keepReplacedAutosave(this.store, trial.path, by) : null;
    this.spare = this.session;
    this.session = trial;
    this.change = by === 'jump' ? 'jump' : 'load';
    const said = explain(restored, total);
    const keptSaid = replaced ? replacedMessage(replaced) : null;
    const message = [said, keptSaid].filter(Boolean).join(' ') || null;
    this.notice = message ? { kind: said ? 'restored' : 'kept', message } : null;
    this.afterMove(!replaced?.problem);
    return { ok: restored === total, opened: true, restored, message, kept: replaced?.label ?? null };
  }

  /** Keeps what the moves so far have not kept yet (the front end calls it when the page is hidden or closed). */
  flush(): void {
    const { autosave, path } = this.unsaved;
    if (!autosave && !path) return;
    this.unsaved = { autosave: false, path: false };
    const said = [this.notice, this.autosaveProblem, this.pathsProblem];
    if (autosave) this.autosave();
    if (path) this.remember();
    this.session.keepSnapshot();
    // A write that failed (or works again) changes what the view says; otherwise the view already drawn stands.
    if (this.defer && [this.notice, this.autosaveProblem, this.pathsProblem].some((x, i) => x !== said[i])) this.changed();
  }

  private afterMove(autosave = true): void {
    this.keep({ autosave, path: true });
  }

  /** A move's view first, its keeping after (when deferred); a choice's keeping covers the ones before it, so they never pile up. */
  private keep(what: { autosave: boolean; path: boolean }): void {
    const pending = this.unsaved.autosave || this.unsaved.path;
    this.unsaved = { autosave: this.unsaved.autosave || what.autosave, path: this.unsaved.path || what.path };
    if (!this.defer) {
      this.flush();
      this.changed();
      return;
    }
    this.changed();
    if (!pending) this.defer(() => this.flush());
  }

  private remember(): void {
    if (this.session.path.length === 0) return;
    const kept = keepPath(this.store, this.source.version, this.explored, playedPath(this.session, this.now()));
    this.explored = kept.explored;
    if (this.store) this.pathsProblem = kept.saved ? null : PATHS_NOT_KEPT;
  }

  private autosave(): void {
    if (!this.store) return;
    const wrote = writeAutosave(this.store, this.source.version, this.session, this.now());
    if (wrote.text !== null) this.ownAutosave = wrote.text;
    this.autosaveProblem = wrote.problem;
  }

  private where(): string {
    return this.session.world().dateLabel ? ` (${this.session.world().dateLabel?.oldStyle})` : '';
  }

  private changed(): void {
    this.cached = null;
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }

  private computeView(): GameView {
    const warning = this.store?.lasting === false ? LASTS_FOR_THE_TAB : (this.autosaveProblem ?? this.pathsProblem);
    return sessionView(this.session, this.source.version, this.change, this.notice, warning);
  }
}
