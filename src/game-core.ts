import { type Run, Runs } from './runs.ts';
import { makeSave, readSave, type SaveEnvelope } from './saves/envelope.ts';
import { codeMessage, LASTS_FOR_THE_TAB, PATHS_NOT_KEPT, saveMessage, storageMessage } from './saves/load-messages.ts';
import { keepReplacedAutosave, type ReplacedBy, replacedMessage } from './saves/replaced.ts';
import { keepSlot, type SlotResult } from './saves/slots.ts';
import { AUTOSAVE_KEY, type SaveStore } from './saves/store.ts';
import { decodePath, textHash, tryEncodePath } from './share/path-code.ts';
import { type ChoiceView, type Passage, PlaySession, type StepCheck, type TimelineEntry } from './story/session.ts';
import { type ExploredPath, loadBranches, mergeBranches, recordPath, saveBranches } from './timeline/branches.ts';
import type { WorldView } from './world/world-view.ts';

export type { Run } from './runs.ts';
export type { ChoiceView, Passage, TakenChoice, TimelineEntry } from './story/session.ts';
/** What the last action did to the game, so the front end knows whether to append (step) or redraw (start, jump, load). */
export type ViewChange = 'start' | 'step' | 'jump' | 'load';

/** The compiled story and its version fingerprint. */
export interface StorySource {
  readonly json: string;
  readonly version: string;
}

/** Side effects the core needs, passed in (design.md section 2). */
export interface GamePorts {
  readonly store?: SaveStore;
  readonly now?: () => Date;
}

/** Something the player should be told once that is not part of the story (a save partly restored, an earlier game kept). */
export interface Notice {
  readonly kind: 'restored' | 'kept';
  readonly message: string;
}

/** Everything the front end renders, computed by the core. */
export interface GameView {
  readonly status: 'idle' | 'playing' | 'ended';
  /** What the action that produced this view did. */
  readonly change: ViewChange;
  readonly storyVersion: string;
  readonly passages: readonly Passage[];
  readonly choices: readonly ChoiceView[];
  readonly decision: string | null;
  readonly ending: string | null;
  readonly world: WorldView;
  readonly path: readonly number[];
  /** The decisions taken so far, in order. */
  readonly timeline: readonly TimelineEntry[];
  /** The current path as a share code (for `#play=CODE`); empty when the path is past what a code can carry. */
  readonly shareCode: string;
  /** Why there is no share code, when there is none. */
  readonly shareProblem: string | null;
  readonly notice: Notice | null;
  /** Why the game is not being kept, for as long as that is so (storage blocked, lasting only for the tab, or full); null when it is. */
  readonly storageWarning: string | null;
}

/** The outcome of loading a save, opening a code or replaying a path. */
export interface LoadOutcome {
  /** Whether every choice was replayed. */
  readonly ok: boolean;
  /** Whether the game now shows the loaded path (false: none of it fits, and nothing changed, not even the autosave). */
  readonly opened: boolean;
  /** How many of the saved choices were replayed. */
  readonly restored: number;
  readonly message: string | null;
  /** The label of the save that now holds the autosave this replaced, when one was kept. */
  readonly kept: string | null;
}

/**
 * The game's core: one play session, its autosave, and the paths explored across playthroughs. Derives
 * everything the front end shows; the only state besides ink's own is the path of choices.
 */
export class GameCore {
  private session: PlaySession;
  // A second session to replay loads on, so that a load that fails leaves the game as it was (swapped on success).
  private spare: PlaySession | null = null;
  private readonly source: StorySource;
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
  private change: ViewChange = 'start';
  private readonly runs: Runs;

  constructor(source: StorySource, ports: GamePorts = {}) {
    this.source = source;
    this.store = ports.store ?? null;
    this.now = ports.now ?? (() => new Date());
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
    this.session.reset();
    this.change = 'start';
    this.notice = null;
    this.changed();
  }

  /** Takes option `index` of the choices on offer, then autosaves. Throws a RangeError for an option not on offer. */
  choose(index: number): void {
    this.session.step(index);
    this.change = 'step';
    this.afterMove();
  }

  /** Returns to the moment of the `step`-th choice (0 = the first), instantly; the path left behind stays among the explored paths. */
  rewindTo(step: number): void {
    this.session.rewind(step);
    this.change = 'jump';
    this.notice = null;
    this.autosave();
    this.changed();
  }

  /** Every path played with this story version, in this tab or another (for the branch map, the endings gallery and comparisons). */
  exploredPaths(): readonly ExploredPath[] {
    this.explored = mergeBranches(loadBranches(this.store, this.source.version), this.explored);
    return this.explored;
  }

  /** A save of the game as it stands. */
  save(label?: string): SaveEnvelope {
    return makeSave(this.source.version, this.session.path, this.session.texts, this.now(), label);
  }

  /** Loads a save, replaying its choices; a save from another story version is replayed as far as it still fits. */
  load(save: SaveEnvelope, by: ReplacedBy = 'save'): LoadOutcome {
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

  /** Opens a share code (or a link holding one): replays its path as far as it still fits the story. */
  openCode(input: string): LoadOutcome {
    const decoded = decodePath(input);
    if (!decoded.ok) return refused(decoded.error.message);
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
  autosaveStatus(): { readonly exists: boolean; readonly savedAt: string | null; readonly problem: string | null } {
    let text: string | null;
    try {
      text = this.store?.read(AUTOSAVE_KEY) ?? null;
    } catch (err) {
      return { exists: false, savedAt: null, problem: storageMessage(err, 'read') };
    }
    if (text === null) return { exists: false, savedAt: null, problem: null };
    const read = readSave(text);
    if (!read.ok) return { exists: false, savedAt: null, problem: `Your last game could not be continued. ${read.error.message}` };
    return { exists: true, savedAt: read.save.savedAt, problem: null };
  }

  /** Replays a path of choice indices from the start (a jump from the map of the year or the teacher's preview), stopping at the first that is not on offer. */
  replay(path: readonly number[]): LoadOutcome {
    return this.open(path, [], 'jump', (restored, total) => (restored === total ? null : `Only ${restored} of ${total} choices could be replayed.`));
  }

  /** Whether another tab has saved a different game over this one's autosave (this tab's next choice would save over it in turn). */
  otherTabMoved(): boolean {
    if (!this.store || !this.session.started) return false;
    try {
      const text = this.store.read(AUTOSAVE_KEY);
      return text !== null && this.ownAutosave !== null && text !== this.ownAutosave;
    } catch {
      return false;
    }
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

  private afterMove(autosave = true): void {
    if (autosave) this.autosave();
    this.remember();
    this.changed();
  }

  private remember(): void {
    if (this.session.path.length === 0) return;
    const decisions = this.session.passages.slice(1).map((p) => p.chosen?.decision ?? null);
    const mine = recordPath(this.explored, {
      path: [...this.session.path],
      texts: [...this.session.texts],
      decisions,
      ending: this.session.ending(),
      updatedAt: this.now().toISOString(),
    });
    // Another tab may have written paths since: re-read and store the union, so neither tab's endings are lost.
    this.explored = mergeBranches(loadBranches(this.store, this.source.version), mine);
    if (!this.store) return;
    this.pathsProblem = saveBranches(this.store, this.source.version, this.explored) ? null : PATHS_NOT_KEPT;
  }

  private autosave(): void {
    if (!this.store) return;
    try {
      const text = JSON.stringify(this.save());
      this.store.write(AUTOSAVE_KEY, text);
      this.ownAutosave = text;
      this.autosaveProblem = null;
    } catch (err) {
      this.autosaveProblem = `${storageMessage(err, 'write')} Your game goes on; it just is not being saved.`;
    }
  }

  private where(): string {
    const date = this.session.world().dateLabel;
    return date ? ` (${date.oldStyle})` : '';
  }

  private changed(): void {
    this.cached = null;
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }

  private computeView(): GameView {
    const s = this.session;
    const choices = s.choices();
    const status = !s.started ? 'idle' : choices.length === 0 ? 'ended' : 'playing';
    const code = tryEncodePath(
      this.source.version,
      s.path.map((index, i) => ({ index, text: s.texts[i] ?? '' })),
    );
    return {
      status,
      change: this.change,
      storyVersion: this.source.version,
      passages: [...s.passages],
      choices,
      decision: s.decision(),
      ending: s.ending(),
      world: s.world(),
      path: [...s.path],
      timeline: s.timeline(),
      shareCode: code.ok ? code.code : '',
      shareProblem: code.ok ? null : code.message,
      notice: this.notice,
      storageWarning: this.store?.lasting === false ? LASTS_FOR_THE_TAB : (this.autosaveProblem ?? this.pathsProblem),
    };
  }
}

function refused(message: string): LoadOutcome {
  return { ok: false, opened: false, restored: 0, message, kept: null };
}
