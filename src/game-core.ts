import { makeSave, readSave, type SaveEnvelope } from './saves/envelope.ts';
import { AUTOSAVE_KEY, type SaveStore, StorageProblem } from './saves/store.ts';
import { StoryRunner } from './story/runner.ts';
import { hasTag } from './story/tags.ts';
import { buildPassage, type PassageBody } from './story/transcript.ts';
import { type StoryContext, type WorldView, worldView } from './world/world-view.ts';

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
}

/** An option on offer now. */
export interface ChoiceView {
  readonly index: number;
  readonly text: string;
  readonly historical: boolean;
}

/** Something the player should be told that is not part of the story (a save that failed, a save partly restored). */
export interface Notice {
  readonly kind: 'storage' | 'restored' | 'load-failed';
  readonly message: string;
}

/** Everything the front end renders, computed by the core. */
export interface GameView {
  readonly status: 'idle' | 'playing' | 'ended';
  readonly storyVersion: string;
  readonly passages: readonly Passage[];
  readonly choices: readonly ChoiceView[];
  readonly decision: string | null;
  readonly ending: string | null;
  readonly world: WorldView;
  readonly path: readonly number[];
  readonly notice: Notice | null;
  /** Ink runtime errors and unknown tags met so far (empty in a healthy story). */
  readonly problems: readonly string[];
}

/** The outcome of loading a save or replaying a path. */
export interface LoadOutcome {
  readonly ok: boolean;
  /** How many of the saved choices were replayed. */
  readonly restored: number;
  readonly message: string | null;
}

const START_CONTEXT: StoryContext = { date: null, act: null, place: null, view: null };

/**
 * The game's core: runs the story, keeps the path of choices (the one piece of state besides ink's own),
 * derives everything the front end shows, and autosaves after every choice.
 */
export class GameCore {
  private readonly runner: StoryRunner;
  private readonly source: StorySource;
  private readonly store: SaveStore | null;
  private readonly now: () => Date;
  private readonly listeners = new Set<(view: GameView) => void>();
  private passages: Passage[] = [];
  private path: number[] = [];
  private texts: string[] = [];
  private notice: Notice | null = null;
  private problems: string[] = [];
  private started = false;
  private cached: GameView | null = null;

  constructor(source: StorySource, ports: GamePorts = {}) {
    this.source = source;
    this.store = ports.store ?? null;
    this.now = ports.now ?? (() => new Date());
    this.runner = new StoryRunner(source.json, (message, kind) => this.problems.push(`ink ${kind}: ${message}`));
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
    this.reset();
    this.notice = null;
    this.changed();
  }

  /** Takes option `index` of the choices on offer, then autosaves. Throws a RangeError for an option not on offer. */
  choose(index: number): void {
    this.step(index);
    this.autosave();
    this.changed();
  }

  /** A save of the game as it stands. */
  save(label?: string): SaveEnvelope {
    return makeSave(this.source.version, this.path, this.texts, this.now(), label);
  }

  /** Loads a save, replaying its choices; a save from another story version is replayed as far as it still fits. */
  load(save: SaveEnvelope): LoadOutcome {
    const sameStory = save.story === this.source.version;
    const outcome = this.replay(save.path, sameStory ? null : save.texts);
    if (!sameStory && outcome.restored < save.path.length) {
      const where = this.where();
      this.notice = {
        kind: 'restored',
        message: `The story has changed since this game was saved. It was restored up to choice ${outcome.restored} of ${save.path.length}${where}; you can play on from there.`,
      };
    } else this.notice = null;
    this.changed();
    return { ...outcome, message: this.notice?.message ?? null };
  }

  /** Loads a save from its text (a file or storage); a damaged text gets a clear message and changes nothing. */
  loadText(text: string): LoadOutcome {
    const read = readSave(text);
    if (!read.ok) return { ok: false, restored: 0, message: read.error.message };
    return this.load(read.save);
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

  /** Replays a path of choice indices from the start; stops at the first that is not on offer (or whose text differs from `texts`). */
  replay(path: readonly number[], texts: readonly string[] | null = null): LoadOutcome {
    this.reset();
    let restored = 0;
    for (const [i, index] of path.entries()) {
      const option = this.runner.choices().find((c) => c.index === index);
      const expected = texts?.[i];
      if (!option || (expected !== undefined && option.text !== expected)) break;
      this.step(index);
      restored++;
    }
    const ok = restored === path.length;
    this.changed();
    return { ok, restored, message: ok ? null : `Only ${restored} of ${path.length} choices could be replayed.` };
  }

  /** Clears the notice once the player has seen it. */
  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  private reset(): void {
    this.runner.reset();
    this.passages = [];
    this.path = [];
    this.texts = [];
    this.problems = [];
    this.started = true;
    this.pushPassage(null);
  }

  private step(index: number): void {
    if (!this.started) throw new RangeError('The game has not started');
    const option = this.runner.choices().find((c) => c.index === index);
    if (!option) throw new RangeError(`No choice ${index} on offer`);
    const decision = this.passages[this.passages.length - 1]?.decision ?? null;
    this.runner.choose(index);
    this.path.push(index);
    this.texts.push(option.text);
    this.pushPassage({ index, text: option.text, decision, historical: hasTag(option.tags, 'historical') });
  }

  private pushPassage(chosen: TakenChoice | null): void {
    const before = this.passages[this.passages.length - 1]?.context ?? START_CONTEXT;
    const body = buildPassage(this.runner.continue(), before);
    this.problems.push(...body.tagErrors.map((e) => `unknown tag ${e}`));
    this.passages.push({ ...body, step: this.passages.length, chosen });
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
    const date = this.computeView().world.dateLabel;
    return date ? ` (${date.oldStyle})` : '';
  }

  private changed(): void {
    this.cached = null;
    if (this.listeners.size === 0) return;
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }

  private computeView(): GameView {
    const last = this.passages[this.passages.length - 1];
    const choices = this.runner.choices().map((c) => ({ index: c.index, text: c.text, historical: hasTag(c.tags, 'historical') }));
    const ending = this.passages.find((p) => p.ending)?.ending ?? null;
    const status = !this.started ? 'idle' : choices.length === 0 ? 'ended' : 'playing';
    return {
      status,
      storyVersion: this.source.version,
      passages: [...this.passages],
      choices: status === 'idle' ? [] : choices,
      decision: choices.length > 0 ? (last?.decision ?? null) : null,
      ending,
      world: worldView(this.runner.variables(), last?.context ?? START_CONTEXT),
      path: [...this.path],
      notice: this.notice,
      problems: [...this.problems],
    };
  }
}

function storageMessage(err: unknown, action: 'read' | 'write'): string {
  if (err instanceof StorageProblem && err.kind === 'full') return 'The browser’s storage is full, so the game could not be saved.';
  if (err instanceof StorageProblem)
    return `This browser does not let the game ${action === 'read' ? 'read its saves' : 'save'} (storage is switched off or blocked).`;
  return `The game could not ${action === 'read' ? 'read its save' : 'save'}.`;
}
