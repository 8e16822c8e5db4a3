// Queries the views ask of the story without touching the player's game: a path replayed on a session of its own.

import { PlaySession, type TimelineEntry } from './story/session.ts';
import type { Block } from './story/transcript.ts';
import type { WorldView } from './world/world-view.ts';

/** One playthrough replayed: what the views show of a path, computed by the core. */
export interface Run {
  readonly path: readonly number[];
  readonly texts: readonly string[];
  readonly ending: string | null;
  /** The world at the start and after every choice. */
  readonly worlds: readonly WorldView[];
  /** The decisions taken, in order. */
  readonly timeline: readonly TimelineEntry[];
  /** The blocks of the last passage (the epilogue, when the path reaches an ending). */
  readonly last: readonly Block[];
}

const MAX_STEPS = 400;

/** Replays paths on one session kept apart from the player's (building a session costs more than a replay). */
export class Runs {
  private readonly json: string;
  private session: PlaySession | null = null;
  private historical: Run | null = null;

  constructor(json: string) {
    this.json = json;
  }

  /** Replays `path` from the start, stopping at the first index not on offer. */
  run(path: readonly number[]): Run {
    const s = this.fresh();
    const worlds = [s.world()];
    for (const index of path) {
      if (!s.choices().some((c) => c.index === index)) break;
      s.step(index);
      worlds.push(s.world());
    }
    return this.result(s, worlds);
  }

  /** The road history took: the historical option at every decision (else the first), to the end. */
  historicalRun(): Run {
    if (this.historical) return this.historical;
    const s = this.fresh();
    const worlds = [s.world()];
    for (let i = 0; i < MAX_STEPS; i++) {
      const options = s.choices();
      const pick = options.find((o) => o.historical) ?? options[0];
      if (!pick) break;
      s.step(pick.index);
      worlds.push(s.world());
    }
    this.historical = this.result(s, worlds);
    return this.historical;
  }

  private fresh(): PlaySession {
    this.session ??= new PlaySession(this.json);
    this.session.reset();
    return this.session;
  }

  private result(s: PlaySession, worlds: WorldView[]): Run {
    return {
      path: [...s.path],
      texts: [...s.texts],
      ending: s.ending(),
      worlds,
      timeline: s.timeline(),
      last: s.passages[s.passages.length - 1]?.blocks ?? [],
    };
  }
}
