// The act report's replays, answered by a worker (replay-worker.ts), or on the page after it has painted where a
// worker cannot start.
import type { Run } from '../../src/runs.ts';
import type { WorldView } from '../../src/world/world-view.ts';
import { afterPaint } from '../later.ts';

/** A request to the worker: the story (with the first request only) and the path to replay. */
export interface ReplayRequest {
  readonly id: number;
  readonly json?: string;
  readonly path: readonly number[];
}

/** The worker's answer: the worlds along the path, and along history's road. */
export interface ReplayAnswer {
  readonly id: number;
  readonly player: readonly WorldView[];
  readonly history: readonly WorldView[];
}

/** The worlds the act report compares. */
export type ReplayWorlds = Pick<ReplayAnswer, 'player' | 'history'>;

/** The runs the page can replay itself (the core), for when no worker can start. */
export interface PageRuns {
  run(path: readonly number[]): Run;
  historicalRun(): Run;
}

/** Replays paths in a worker started on the first request; answers in the page, after a paint, if it cannot start. */
export class Replays {
  // The whole story's JSON, asked for at the first request (the act report comes after Act I, so the whole is here).
  private readonly json: () => string;
  private readonly page: PageRuns;
  private worker: Worker | null = null;
  private failed = false;
  private next = 0;
  private readonly waiting = new Map<number, { path: readonly number[]; done: (worlds: ReplayWorlds) => void }>();

  constructor(json: () => string, page: PageRuns) {
    this.json = json;
    this.page = page;
  }

  /** The worlds along `path` and along history's road. */
  worlds(path: readonly number[]): Promise<ReplayWorlds> {
    return new Promise((done) => {
      const worker = this.start();
      if (!worker) {
        this.onPage(path, done);
        return;
      }
      const id = ++this.next;
      this.waiting.set(id, { path, done });
      worker.postMessage({ id, path: [...path], ...(id === 1 ? { json: this.json() } : {}) } satisfies ReplayRequest);
    });
  }

  private start(): Worker | null {
    if (this.failed) return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./replay-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<ReplayAnswer>) => {
        this.waiting.get(data.id)?.done(data);
        this.waiting.delete(data.id);
      };
      // A worker that cannot load (a blocked file, an old browser) hands what it was asked back to the page.
      worker.onerror = () => {
        this.failed = true;
        worker.terminate();
        this.worker = null;
        for (const { path, done } of this.waiting.values()) this.onPage(path, done);
        this.waiting.clear();
      };
      this.worker = worker;
      return worker;
    } catch {
      this.failed = true;
      return null;
    }
  }

  private onPage(path: readonly number[], done: (worlds: ReplayWorlds) => void): void {
    afterPaint(() => done({ player: this.page.run(path).worlds, history: this.page.historicalRun().worlds }));
  }
}
