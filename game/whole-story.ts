// The whole story, for a game that began on its first part (src/story/partial.ts): downloaded once the first page of
// play has painted, and built into the core while the player reads (a pause in the clicks and keys), or at once when
// something needs it: a choice past the first part, a share code, a lesson.
import type { GameCore } from '../src/game-core.ts';
import { whenIdle, whenReading, whenSettled } from './later.ts';

/** The story's JSON as far as this page has it, and the way to the whole of it. */
export class WholeStory {
  private json: string;
  private download: Promise<string> | null = null;
  private downloaded: string | null = null;
  private loading: Promise<boolean> | null = null;
  private readonly fetchWhole: (() => Promise<string>) | null;
  private readonly core: GameCore;

  /** `fetchWhole` is null when `json` is already the whole story. */
  constructor(json: string, fetchWhole: (() => Promise<string>) | null, core: GameCore) {
    this.json = json;
    this.fetchWhole = fetchWhole;
    this.core = core;
    // Which story the game runs on, for tests and tools: `first-part` until the whole is built, then `whole`.
    document.documentElement.dataset.story = fetchWhole ? 'first-part' : 'whole';
  }

  /**
   * Downloads the whole story once the page in front of the player has painted (not before the first choice), and
   * builds it when the player pauses to read, so that the build never lands between a click and its paint.
   */
  soon(): void {
    if (!this.fetchWhole) return;
    requestAnimationFrame(() =>
      setTimeout(
        () =>
          whenSettled(() => {
            this.fetchOnce().then(
              (text) => this.buildWhenReading(text),
              () => undefined, // asked again, and reported, when something needs it (load)
            );
          }),
        0,
      ),
    );
  }

  /** The story's JSON: the whole once it has come. */
  get text(): string {
    return this.json;
  }

  /** Resolves true once the core runs on the whole story (built at the next idle moment); false if it could not be downloaded (asked again next time). */
  load(): Promise<boolean> {
    if (!this.fetchWhole || !this.core.partial) return Promise.resolve(true);
    this.loading ??= this.fetchOnce().then(
      (text) =>
        new Promise<boolean>((done) =>
          // Not in the middle of a click's paint.
          whenIdle(() => {
            this.build(text);
            done(true);
          }, 200),
        ),
      (error: unknown) => {
        this.loading = null;
        this.core.storyFailed(error instanceof Error ? error.message : String(error));
        return false;
      },
    );
    return this.loading;
  }

  /**
   * After each choice: a choice waiting for the whole story needs it now (built at once if it has already come, so
   * that a page turn reached without a pause never shows "still downloading"); otherwise it is built while the player reads.
   */
  afterChoice(): void {
    if (!this.core.partial || !this.core.waitsForStory) return;
    if (this.downloaded !== null) this.build(this.downloaded);
    else void this.load();
  }

  /** Runs `work` on the whole story, at once if it is here; says so if it cannot be downloaded. */
  when(work: () => void): void {
    if (!this.core.partial) {
      work();
      return;
    }
    void this.load().then((ok) => {
      if (ok) work();
      else window.alert('The rest of the story could not be downloaded. Check the connection and try again; your game so far is kept.');
    });
  }

  private fetchOnce(): Promise<string> {
    const fetchWhole = this.fetchWhole;
    if (!fetchWhole) return Promise.resolve(this.json);
    this.download ??= fetchWhole().then(
      (text) => {
        this.downloaded = text;
        return text;
      },
      (error: unknown) => {
        this.download = null;
        throw error;
      },
    );
    return this.download;
  }

  /** Builds the whole story when the player pauses to read (the build is a long task). */
  private buildWhenReading(text: string): void {
    if (this.core.partial) whenReading(() => this.build(text));
  }

  private build(text: string): void {
    if (!this.core.partial) return;
    this.json = text;
    this.core.upgradeStory(text);
    document.documentElement.dataset.story = 'whole';
  }
}
