import { type ClassRecord, loadRecord, newRecord, recordEnding, recordVote, storeRecord } from '../../../src/classroom/votes.ts';
import type { GameCore } from '../../../src/game-core.ts';
import type { SaveStore } from '../../../src/saves/store.ts';
import { loadRoles, type Role } from '../data/content.ts';
import { type DecisionInfo, decisionInfo } from '../data/decision-info.ts';
import type { ClassroomHooks } from '../panels/choices.ts';

/**
 * Classroom mode's data: the material for each decision and the roles, and the lesson's record (each vote, with
 * overrules, and the ending) for the debrief. The vote panel itself is drawn by the story panel from the UI state.
 */
export class Classroom implements ClassroomHooks {
  private readonly core: GameCore;
  private readonly store: SaveStore;
  private record: ClassRecord;
  private material: { info: Map<string, DecisionInfo>; roles: Role[] } | null = null;

  constructor(core: GameCore, store: SaveStore) {
    this.core = core;
    this.store = store;
    this.record = loadRecord(store) ?? newRecord(new Date());
  }

  /** Loads the decisions' material and the roles (once, when classroom mode is first switched on). */
  async load(): Promise<void> {
    if (this.material) return;
    const [info, roles] = await Promise.all([decisionInfo(), loadRoles()]);
    this.material = { info, roles };
  }

  /** Starts a new lesson record (a new game in classroom mode). */
  newLesson(): void {
    this.record = newRecord(new Date());
    storeRecord(this.store, this.record);
  }

  /** The material for a decision's vote. */
  info = (decision: string): DecisionInfo | undefined => this.material?.info.get(decision);

  /** Every role card. */
  roles = (): readonly Role[] => this.material?.roles ?? [];

  /** Records the vote and the option the teacher played, then plays it. */
  onPlay = (index: number, tallies: readonly number[]): void => {
    const view = this.core.view();
    if (!view.decision) return;
    const position = view.choices.findIndex((c) => c.index === index);
    this.record = recordVote(this.record, {
      step: view.path.length,
      decision: view.decision,
      date: view.world.date,
      options: view.choices.map((c) => c.text),
      tallies: [...tallies],
      played: Math.max(0, position),
    });
    this.core.choose(index);
    this.record = recordEnding(this.record, this.core.view().ending);
    storeRecord(this.store, this.record);
  };

  /** Opens a role card from the vote panel. */
  onRole = (role: Role, decision: string): void => {
    void import('../sheets/roles-view.ts').then((m) => m.openRole(role, decision));
  };

  /** Opens the debrief of this lesson. */
  onDebrief = (): void => {
    this.record = recordEnding(this.record, this.core.view().ending);
    storeRecord(this.store, this.record);
    void import('../sheets/debrief-view.ts').then((m) => m.openDebrief(this.core, this.record));
  };
}
