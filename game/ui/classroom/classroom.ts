import { foldPlan } from '../../../src/classroom/cut-fold.ts';
import { cutPick } from '../../../src/classroom/lesson-cut.ts';
import { migrateClassRecord, OLD_CLASS_KEY, settleHistory } from '../../../src/classroom/lesson-migrate.ts';
import {
  type LessonCut,
  type LessonRecord,
  newLesson,
  type RoleAssignment,
  recordOpenVote,
  recordPath,
  recordRoles,
  recordVote,
} from '../../../src/classroom/lesson-record.ts';
import { loadLesson, storeLesson } from '../../../src/classroom/lesson-store.ts';
import type { TimerState } from '../../../src/classroom/lesson-timer.ts';
import { type Episode, type MeanwhileLine, MeanwhileReader } from '../../../src/classroom/meanwhile.ts';
import type { GameCore, GameView } from '../../../src/game-core.ts';
import type { SaveStore } from '../../../src/saves/store.ts';
import { loadRoles, type Role } from '../data/content.ts';
import { type DecisionInfo, decisionInfo } from '../data/decision-info.ts';
import type { ClassroomHooks } from '../panels/choices.ts';
import type { VotePanel, VoteStart } from '../panels/vote-panel.ts';

/** How a passage of a cut lesson is shown: folded away, and the "Meanwhile…" summaries to show before it. */
export interface PassageFold {
  readonly folded: boolean;
  readonly meanwhile: readonly { readonly episode: Episode; readonly lines: readonly MeanwhileLine[] }[];
  /** The class has left history's road, so the summaries tell 1917 as it happened, not the class's year. */
  readonly offHistory: boolean;
}

/** The lesson files' code (export, import, the question before discarding), loaded with classroom mode. */
const lessonFiles = () => import('../lesson/lesson-files.ts');

/**
 * Classroom mode's data: the material for each decision and the roles, and the lesson's record (src/classroom/
 * lesson-record.ts): every vote and how it was settled, where the class stands, the vote under way, the cut. The
 * record is kept in the browser after every move, and is asked about before anything discards it.
 */
export class Classroom implements ClassroomHooks {
  private readonly core: GameCore;
  private readonly store: SaveStore;
  // The whole story's JSON (a new game may start on the first part alone: the classroom waits for the whole).
  private readonly json: () => string;
  private record: LessonRecord;
  private material: { info: Map<string, DecisionInfo>; roles: Role[]; panel: typeof VotePanel } | null = null;
  private meanwhile: MeanwhileReader | null = null;
  private active = false;
  private advancing = false;
  /** Problems to tell the teacher (a record that could not be read, storage refused). */
  problem: string | null = null;
  /** Plays a chime when the debate time is up (the sound board keeps to the mute). */
  chime: () => void = () => {};

  constructor(core: GameCore, store: SaveStore, json: () => string) {
    this.core = core;
    this.store = store;
    this.json = json;
    const kept = loadLesson(store);
    this.problem = kept.problem;
    this.record = kept.lesson ?? this.migrate() ?? newLesson(core.view().storyVersion, new Date());
    core.subscribe((view) => this.follow(view));
  }

  /** The class record an older build kept, as a lesson record; its old key goes only once the lesson is kept. */
  private migrate(): LessonRecord | null {
    let text: string | null = null;
    try {
      text = this.store.read(OLD_CLASS_KEY);
    } catch {
      return null;
    }
    if (text === null) return null;
    const migrated = migrateClassRecord(text, this.core.view().storyVersion, new Date());
    if (!migrated.ok) {
      this.problem = migrated.message;
      return null;
    }
    this.record = migrated.lesson;
    if (storeLesson(this.store, migrated.lesson)) this.store.remove(OLD_CLASS_KEY);
    else this.problem = 'This browser does not let the game keep the lesson: export it before you close the page.';
    return migrated.lesson;
  }

  /** Loads the decisions' material and the roles (once, when classroom mode is first switched on), and follows the game. */
  async load(): Promise<void> {
    this.active = true;
    if (this.material) return;
    // The lesson files' code too, so that the first question before discarding a lesson does not wait for it.
    const [info, roles, { VotePanel: panel }] = await Promise.all([decisionInfo(), loadRoles(), import('../panels/vote-panel.ts'), lessonFiles()]);
    this.material = { info, roles, panel };
  }

  /** Stops following the game (classroom mode switched off); the record is kept. */
  leave(): void {
    this.active = false;
  }

  /** The lesson's record. */
  lesson(): LessonRecord {
    return this.record;
  }

  /**
   * Asks before discarding a lesson not exported (exporting it first if the teacher wants), then starts a new
   * record with `cut`; false if the teacher chose to keep the old one.
   */
  async newLesson(what: string, cut: LessonCut | null = this.record.cut, minutes = this.record.debateMinutes): Promise<boolean> {
    const files = await lessonFiles();
    const answer = await files.confirmDiscard(this.record, what);
    if (answer === 'keep') return false;
    if (answer === 'export') this.keep(files.downloadLesson(this.record));
    this.keep(newLesson(this.core.view().storyVersion, new Date(), cut, minutes));
    return true;
  }

  /** Replaces the lesson with an imported one (after asking), and replays its path. */
  async importLesson(lesson: LessonRecord): Promise<string | null> {
    const files = await lessonFiles();
    const answer = await files.confirmDiscard(this.record, 'Importing another lesson');
    if (answer === 'keep') return 'The lesson was not imported: the current one is kept.';
    if (answer === 'export') this.keep(files.downloadLesson(this.record));
    this.keep(lesson);
    const outcome = this.core.load({
      format: 'organiser-save',
      version: 1,
      story: lesson.story,
      savedAt: lesson.updatedAt,
      path: [...lesson.path],
      texts: [...lesson.texts],
    });
    // Replaying moved the record's path only as far as the story allowed; the votes and the open vote stay as imported.
    return outcome.ok ? null : outcome.message;
  }

  /** Downloads the lesson as a file and notes that it was exported. */
  exportLesson(): void {
    void lessonFiles().then((files) => this.keep(files.downloadLesson(this.record)));
  }

  /** Plays history (or the skip option) at every choice point outside the cut, up to the next debated decision. */
  advance(): void {
    const cut = this.record.cut;
    if (!this.active || !cut || this.advancing) return;
    this.advancing = true;
    try {
      for (let guard = 0; guard < 500; guard++) {
        const view = this.core.view();
        if (view.status !== 'playing') break;
        const skip = view.decision ? this.material?.info.get(view.decision)?.skip : undefined;
        const pick = cutPick(view.choices, view.decision, cut.decisions, skip);
        if (pick === null) break;
        this.core.choose(pick);
      }
    } finally {
      this.advancing = false;
    }
  }

  /** How the passage of step `step` shows in a cut lesson (never folded without a cut). */
  fold(step: number): PassageFold {
    const cut = this.record.cut;
    const view = this.core.view();
    if (!this.active || !cut) return { folded: false, meanwhile: [], offHistory: false };
    const plan = foldPlan(view.passages.slice(0, step + 1), cut.decisions);
    this.meanwhile ??= new MeanwhileReader(this.json());
    const reader = this.meanwhile;
    const episodes = plan.summaries.get(step) ?? [];
    return {
      folded: plan.folded.has(step),
      meanwhile: episodes.map((episode) => ({ episode, lines: reader.lines(episode) })),
      offHistory: view.timeline.some((t) => t.step < step && !t.historical),
    };
  }

  /** The vote panel's class, once classroom mode's material is loaded. */
  votePanel = (): typeof VotePanel | null => this.material?.panel ?? null;

  /** The material for a decision's vote. */
  info = (decision: string): DecisionInfo | undefined => this.material?.info.get(decision);

  /** Every role card. */
  roles = (): readonly Role[] => this.material?.roles ?? [];

  /** Records the vote, how it was settled and the option the teacher played, then plays it (and on, through a cut). */
  onPlay = (index: number, tallies: readonly number[], skipped: boolean): void => {
    const view = this.core.view();
    if (!view.decision) return;
    const position = view.choices.findIndex((c) => c.index === index);
    this.keep(
      recordVote(
        this.record,
        {
          step: view.path.length,
          decision: view.decision,
          date: view.world.date,
          options: view.choices.map((c) => c.text),
          historical: view.choices.findIndex((c) => c.historical),
          tallies: [...tallies],
          played: Math.max(0, position),
          skipped,
        },
        new Date(),
      ),
    );
    this.core.choose(index);
    this.advance();
  };

  /** The counts and timer of the vote at this step, if the record holds them (a reload, an import). */
  openVote = (decision: string, step: number): VoteStart => {
    const open = this.record.open;
    return open && open.decision === decision && open.step === step ? { tallies: open.tallies, timer: open.timer } : {};
  };

  /** Keeps the counts and timer of the vote under way. */
  onVoteChange = (decision: string, step: number, tallies: readonly number[], timer: TimerState): void => {
    const view = this.core.view();
    if (view.decision !== decision || view.path.length !== step) return;
    this.keep(recordOpenVote(this.record, { step, decision, tallies: [...tallies], timer }, new Date()));
  };

  /** The debate time ran out. */
  onTimeUp = (): void => this.chime();

  /** Debate minutes for a new vote's timer. */
  debateMinutes = (): number => this.record.debateMinutes;

  /** Opens a role card from the vote panel. */
  onRole = (role: Role, decision: string): void => {
    void import('../sheets/roles-view.ts').then((m) => m.openRole(role, decision));
  };

  /** Opens the screen where the teacher assigns the roles to students, kept in the lesson record. */
  onAssign = (): void => {
    void import('../lesson/role-assign.ts').then((m) =>
      m.openRoleAssignment({
        assignments: () => this.record.roles,
        assign: (roles: readonly RoleAssignment[]) => this.keep(recordRoles(this.record, roles, new Date())),
      }),
    );
  };

  /** Opens the debrief of this lesson. */
  onDebrief = (): void => {
    void import('../sheets/debrief-view.ts').then((m) => m.openDebrief(this.core, this));
  };

  private follow(view: GameView): void {
    if (view.status === 'idle') return;
    const settled = settleHistory(this.record.votes, view.timeline);
    if (settled !== this.record.votes) this.keep({ ...this.record, votes: settled });
    if (!this.active) return;
    const same = view.path.length === this.record.path.length && view.path.every((x, i) => x === this.record.path[i]);
    if (same && view.ending === this.record.ending) return;
    const texts = view.passages.slice(1).map((p) => p.chosen?.text ?? '');
    this.keep(recordPath(this.record, view.path, texts, view.ending, new Date()));
  }

  private keep(record: LessonRecord): void {
    this.record = record;
    if (!storeLesson(this.store, record)) this.problem = 'This browser does not let the game keep the lesson: export it before you close the page.';
  }
}
