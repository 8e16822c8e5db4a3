// The whole story, for a game that began on its first part (src/story/partial.ts): fetched once the first page of
// play has painted, or as soon as something needs it, and handed to the core when the browser is idle.
import type { GameCore } from '../src/game-core.ts';
import { whenIdle, whenSettled } from './later.ts';

/** The story's JSON as far as this page has it, and the way to the whole of it. */
export class WholeStory {
  private json: string;
  private loading: Promise<boolean> | null = null;
  private readonly fetchWhole: (() => Promise<string>) | null;
  private readonly core: GameCore;

  /** `fetchWhole` is null when `json` is already the whole story. */
  constructor(json: string, fetchWhole: (() => Promise<string>) | null, core: GameCore) {
    this.json = json;
    this.fetchWhole = fetchWhole;
    this.core = core;
  }

  /** Fetches the whole story once the page in front of the player has painted and the browser is idle: not before the first choice. */
  soon(): void {
    if (this.fetchWhole) requestAnimationFrame(() => setTimeout(() => whenSettled(() => void this.load()), 0));
  }

  /** The story's JSON: the whole once it has come. */
  get text(): string {
    return this.json;
  }

  /** Resolves true once the core runs on the whole story; false if it could not be downloaded (asked again next time). */
  load(): Promise<boolean> {
    const fetchWhole = this.fetchWhole;
    if (!fetchWhole || !this.core.partial) return Promise.resolve(true);
    this.loading ??= fetchWhole().then(
      (text) =>
        new Promise<boolean>((done) =>
          // Building the whole story costs a long task: not in the middle of a click's paint.
          whenIdle(() => {
            this.json = text;
            this.core.upgradeStory(text);
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
}
