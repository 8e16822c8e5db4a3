import type { TimerState } from '../../../src/classroom/lesson-timer.ts';
import type { ChoiceView } from '../../../src/game-core.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import type { Block } from '../../../src/story/transcript.ts';
import type { Role } from '../data/content.ts';
import type { DecisionInfo } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { inClass, type UiState } from '../state.ts';
import type { VotePanel, VoteStart } from './vote-panel.ts';

/** What classroom mode lends the choices: the material for each decision, and what to do with a vote. */
export interface ClassroomHooks {
  /** The vote panel's class, loaded with classroom mode's material (the first page does without it). */
  readonly votePanel: () => typeof VotePanel | null;
  readonly info: (decision: string) => DecisionInfo | undefined;
  readonly roles: () => readonly Role[];
  /** The teacher plays option `index` after the vote (the class's choice, or an overrule); `skipped` if the vote was skipped. */
  readonly onPlay: (index: number, tallies: readonly number[], skipped: boolean) => void;
  /** The counts and timer kept for the vote at this step (after a reload or an import), if any. */
  readonly openVote: (decision: string, step: number) => VoteStart;
  /** The counts or the timer of the vote under way changed. */
  readonly onVoteChange: (decision: string, step: number, tallies: readonly number[], timer: TimerState) => void;
  /** The debate time ran out. */
  readonly onTimeUp: () => void;
  /** Debate minutes for a new vote's timer. */
  readonly debateMinutes: () => number;
  readonly onRole: (role: Role, decision: string) => void;
  readonly onDebrief: () => void;
}

/** What the live vote lends the choices (game/live/, loaded only when used). */
export interface LiveHooks {
  /** Connects a vote panel to the live room: turning live voting on when `ask`, else only if it is on. */
  readonly attach: (panel: VotePanel, decision: string, ask: boolean) => void;
}

/** What the choices ask of the game. */
export interface ChoicesHandlers {
  readonly onChoose: (index: number) => void;
  readonly onTurnPage: () => void;
  readonly onPlayAgain: () => void;
  readonly onTitle: () => void;
  readonly classroom: ClassroomHooks;
  readonly live: LiveHooks;
}

/**
 * The choices under the story, drawn from the state: the page turn at the end of an act, the end-of-game buttons,
 * or the options; in classroom mode the vote panel comes first at a decision and the options wait for its result.
 * Number keys press the options (or count votes while the vote is open).
 */
export class Choices {
  private readonly box: HTMLElement;
  private readonly list: HTMLElement;
  private readonly handlers: ChoicesHandlers;
  private vote: { panel: VotePanel; step: number } | null = null;

  constructor(list: HTMLElement, handlers: ChoicesHandlers) {
    this.list = list;
    this.box = list.closest<HTMLElement>('.choices-box') ?? list;
    this.handlers = handlers;
    document.addEventListener('keydown', (event) => this.key(event));
  }

  /** Draws the choices for `state`; `pending` are the held-back blocks of the next act while a page turn waits. */
  render(state: UiState, pending: readonly Block[]): void {
    const { view } = state;
    const voting = inClass(state.mode) && !state.pageTurnPending && view.status === 'playing' && view.decision !== null;
    this.renderVote(voting ? view.decision : null, state);
    this.list.dataset.decision = view.decision ?? '';
    if (state.pageTurnPending) {
      const next = pendingAct(pending);
      this.list.replaceChildren(this.button('button button--primary turn-page', next ? `Continue to Act ${next}` : 'Continue', this.handlers.onTurnPage));
      return;
    }
    if (view.status === 'ended') {
      this.list.replaceChildren(
        ...(inClass(state.mode) ? [this.button('button button--primary', 'Open the class debrief', this.handlers.classroom.onDebrief, 'debrief')] : []),
        this.button('button button--primary', 'Play again', this.handlers.onPlayAgain),
        this.button('button', 'Back to the title screen', this.handlers.onTitle),
      );
      return;
    }
    this.list.replaceChildren(...view.choices.map((choice, position) => this.choice(choice, position)));
    this.lock();
  }

  private choice(choice: ChoiceView, position: number): HTMLElement {
    return h(
      'button',
      { type: 'button', className: 'choice', 'data-choice': choice.index, onclick: () => this.choose(choice.index) },
      position < 9 ? h('span', { className: 'choice__key', 'aria-hidden': 'true' }, String(position + 1)) : null,
      h('span', { className: 'choice__text' }, choice.text),
    );
  }

  private button(className: string, label: string, onclick: () => void, action?: string): HTMLElement {
    return h('button', { type: 'button', className, onclick, ...(action ? { 'data-action': action } : {}) }, label);
  }

  /** After the class's vote is revealed an option is the teacher's play, recorded with the tallies. */
  private choose(index: number): void {
    const vote = this.vote;
    if (vote?.panel.isRevealed) {
      vote.panel.played(index);
      this.handlers.classroom.onPlay(index, vote.panel.votes(), vote.panel.isSkipped);
    } else if (!vote) this.handlers.onChoose(index);
  }

  private renderVote(decision: string | null, state: UiState): void {
    const step = state.view.path.length;
    if (decision && this.vote?.step === step) return;
    this.vote?.panel.dispose();
    this.vote?.panel.element.remove();
    this.vote = null;
    const hooks = this.handlers.classroom;
    const Panel = hooks.votePanel();
    if (!decision || !Panel) return;
    const panel = new Panel(
      state.view.choices,
      hooks.info(decision),
      hooks.roles(),
      {
        onPlay: (index, tallies, skipped) => hooks.onPlay(index, tallies, skipped),
        onReveal: () => this.lock(),
        onRole: (role) => hooks.onRole(role, decision),
        onChange: (tallies, timer) => hooks.onVoteChange(decision, step, tallies, timer),
        onTimeUp: () => hooks.onTimeUp(),
        onLive: (p) => this.handlers.live.attach(p, decision, true),
      },
      hooks.openVote(decision, step),
      hooks.debateMinutes(),
    );
    this.vote = { panel, step };
    this.box.before(panel.element);
    if (state.mode === 'live') this.handlers.live.attach(panel, decision, false);
  }

  /** Options wait for the vote's result while a vote is open. */
  private lock(): void {
    const locked = this.vote !== null && !this.vote.panel.isRevealed;
    for (const b of this.list.querySelectorAll<HTMLButtonElement>('button.choice')) {
      b.disabled = locked;
      b.title = locked ? 'Reveal the class vote first' : '';
    }
  }

  private key(event: KeyboardEvent): void {
    // A held key repeats: without this, holding "1" would play through the story (or stuff a vote).
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog[open]')) return;
    if (this.vote && this.list.isConnected && this.vote.panel.key(event)) {
      event.preventDefault();
      return;
    }
    if (!/^[1-9]$/.test(event.key)) return;
    const button = [...this.list.querySelectorAll<HTMLButtonElement>('button.choice, button.turn-page')][Number(event.key) - 1];
    if (!button || button.disabled) return;
    event.preventDefault();
    button.click();
  }
}

function pendingAct(blocks: readonly Block[]): string | null {
  const heading = blocks.find((b) => b.kind === 'heading' && b.act !== null);
  return heading?.kind === 'heading' && heading.act ? ACT_INFO[heading.act].numeral : null;
}
