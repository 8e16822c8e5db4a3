import { type Run, Runs } from './runs.ts';
import { makeSave, readSave, type SaveEnvelope } from './saves/envelope.ts';
import { AUTOSAVE_KEY, type SaveStore, StorageProblem } from './saves/store.ts';
import { decodePath, encodePath, textHash } from './share/path-code.ts';
import { type ChoiceView, type Passage, PlaySession, type TimelineEntry } from './story/session.ts';
import { type ExploredPath, loadBranches, recordPath, saveBranches } from './timeline/branches.ts';
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

/** Something the player should be told that is not part of the story (a save that failed, a save partly restored). */
export interface Notice {
  readonly kind: 'storage' | 'restored';
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
  /** The current path as a share code (for `#play=CODE`). */
  readonly shareCode: string;
  readonly notice: Notice | null;
}

/** The outcome of loading a save, opening a code or replaying a path. */
export interface LoadOutcome {
  readonly ok: boolean;
  /** How many of the saved choices were replayed. */
  readonly restored: number;
  readonly message: string | null;
}

/**
 * The game's core: one play session, its autosave, and the paths explored across playthroughs. Derives
 * everything the front end shows; the only state besides ink's own is the path of choices.
 */
export class GameCore {
  private readonly session: PlaySession;
  private readonly source: StorySource;
  private readonly store: SaveStore | null;
  private readonly now: () => Date;
  private readonly listeners = new Set<(view: GameView) => void>();
  private explored: ExploredPath[];
  private notice: Notice | null = null;
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

  /** Every path played with this story version (for the branch map, the endings gallery and comparisons). */
  exploredPaths(): readonly ExploredPath[] {
    return this.explored;
  }

  /** A save of the game as it stands. */
  save(label?: string): SaveEnvelope {
    return makeSave(this.source.version, this.session.path, this.session.texts, this.now(), label);
  }

  /** Loads a save, replaying its choices; a save from another story version is replayed as far as it still fits. */
  load(save: SaveEnvelope): LoadOutcome {
    this.change = 'load';
    const sameStory = save.story === this.source.version;
    const restored = this.session.replay(save.path, sameStory ? [] : save.texts.map((t) => (text: string) => text === t));
    const total = save.path.length;
    this.notice =
      restored < total
        ? {
            kind: 'restored',
            message: sameStory
              ? `This save could only be replayed up to choice ${restored} of ${total}${this.where()}.`
              : `The story has changed since this game was saved. It was restored up to choice ${restored} of ${total}${this.where()}; you can play on from there.`,
          }
        : null;
    this.afterMove();
    return { ok: restored === total, restored, message: this.notice?.message ?? null };
  }

  /** Loads a save from its text (a file or storage); a damaged text gets a clear message and changes nothing. */
  loadText(text: string): LoadOutcome {
    const read = readSave(text);
    if (!read.ok) return { ok: false, restored: 0, message: read.error.message };
    return this.load(read.save);
  }

  /** Opens a share code (or a link holding one): replays its path as far as it still fits the story. */
  openCode(input: string): LoadOutcome {
    const decoded = decodePath(input);
    if (!decoded.ok) return { ok: false, restored: 0, message: decoded.error.message };
    this.change = 'load';
    const { story, steps } = decoded.code;
    const restored = this.session.replay(
      steps.map((s) => s.index),
      steps.map((s) => (text: string) => textHash(text) === s.hash),
    );
    const total = steps.length;
    const changedStory = story !== this.source.version;
    let message: string | null = null;
    if (restored < total && changedStory) {
      message = `This link was made with an earlier version of the story. Its first ${restored} of ${total} choices still exist and were replayed${this.where()}; the rest of its path is no longer in the story.`;
    } else if (restored < total) message = `This link's path breaks off after ${restored} of ${total} choices${this.where()}.`;
    else if (changedStory) message = 'This link was made with an earlier version of the story, but its whole path still exists and was replayed.';
    this.notice = message ? { kind: 'restored', message } : null;
    this.afterMove();
    return { ok: restored === total, restored, message };
  }

  /** Continues from the autosave; says why not when it cannot. */
  continueAutosave(): LoadOutcome {
    let text: string | null;
    try {
      text = this.store?.read(AUTOSAVE_KEY) ?? null;
    } catch (err) {
      return { ok: false, restored: 0, message: storageMessage(err, 'read') };
    }
    if (text === null) return { ok: false, restored: 0, message: 'There is no saved game to continue.' };
    return this.loadText(text);
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

  /** Replays a path of choice indices from the start, stopping at the first that is not on offer. */
  replay(path: readonly number[]): LoadOutcome {
    const restored = this.session.replay(path);
    this.change = 'jump';
    this.notice = null;
    this.afterMove();
    const ok = restored === path.length;
    return { ok, restored, message: ok ? null : `Only ${restored} of ${path.length} choices could be replayed.` };
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

  private afterMove(): void {
    this.autosave();
    this.remember();
    this.changed();
  }

  private remember(): void {
    if (this.session.path.length === 0) return;
    const decisions = this.session.passages.slice(1).map((p) => p.chosen?.decision ?? null);
    this.explored = recordPath(this.explored, {
      path: [...this.session.path],
      texts: [...this.session.texts],
      decisions,
      ending: this.session.ending(),
      updatedAt: this.now().toISOString(),
    });
    saveBranches(this.store, this.source.version, this.explored);
  }

  private autosave(): void {
    if (!this.store) return;
    try {
      this.store.write(AUTOSAVE_KEY, JSON.stringify(this.save()));
      if (this.notice?.kind === 'storage') this.notice = null;
    } catch (err) {
      this.notice = { kind: 'storage', message: `${storageMessage(err, 'write')} Your game goes on; it just is not being saved.` };
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
      shareCode: encodePath(
        this.source.version,
        s.path.map((index, i) => ({ index, text: s.texts[i] ?? '' })),
      ),
      notice: this.notice,
    };
  }
}

function storageMessage(err: unknown, action: 'read' | 'write'): string {
  if (err instanceof StorageProblem && err.kind === 'full') return 'The browser’s storage is full, so the game could not be saved.';
  if (err instanceof StorageProblem)
    return `This browser does not let the game ${action === 'read' ? 'read its saves' : 'save'} (storage is switched off or blocked).`;
  return `The game could not ${action === 'read' ? 'read its save' : 'save'}.`;
}
