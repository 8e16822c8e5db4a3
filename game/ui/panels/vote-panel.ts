import { winnerOf } from '../../../src/classroom/lesson-record.ts';
import { newTimer, type TimerState } from '../../../src/classroom/lesson-timer.ts';
import type { ChoiceView } from '../../../src/game-core.ts';
import type { LiveRoom } from '../../live/teacher-live.ts';
import type { Role } from '../data/content.ts';
import type { DecisionInfo } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { ClockTimer } from '../lesson/clock-timer.ts';
import { endedNote, revealNote } from './live-notes.ts';
import { drawShares, resultText } from './vote-result.ts';

/** What the vote panel asks of the classroom controller. */
export interface VotePanelHandlers {
  /** The teacher plays option `index`; `skipped` when the vote was skipped rather than revealed. */
  readonly onPlay: (index: number, tallies: readonly number[], skipped: boolean) => void;
  readonly onReveal: () => void;
  readonly onRole: (role: Role) => void;
  /** Live vote pressed: the classroom turns it on (game/live/, loaded then) and attaches the room to this panel. */
  readonly onLive: (panel: VotePanel) => void;
  /** The counts or the timer changed: the lesson keeps them, so a reload or another computer picks the vote up. */
  readonly onChange?: (tallies: readonly number[], timer: TimerState) => void;
  /** The debate time ran out (the chime). */
  readonly onTimeUp?: () => void;
}

/** Where a vote starts: counts and timer kept from before a reload, or fresh ones. */
export interface VoteStart {
  readonly tallies?: readonly number[];
  readonly timer?: TimerState;
}

/**
 * The class vote at one decision: the setup and questions for discussion, the roles who should speak, a
 * tally per option (`data-vote="INDEX"`, keyboard: number keys pick an option, + and − count), a timer,
 * then the reveal and the play (or the teacher's overrule).
 */
export class VotePanel {
  readonly element: HTMLElement;
  private readonly choices: readonly ChoiceView[];
  private readonly tallies: number[];
  private readonly outputs: HTMLOutputElement[] = [];
  private readonly bars: HTMLElement[] = [];
  private readonly rows: HTMLElement[] = [];
  private readonly result: HTMLElement;
  private readonly handlers: VotePanelHandlers;
  private readonly timer: ClockTimer;
  private selected = 0;
  private revealed = false;
  /** Where the live vote's strip (join code, QR code, count) or its setup goes. */
  readonly liveSlot: HTMLElement;
  private live: LiveRoom | null = null;
  private readonly liveButton: HTMLElement;
  private skipped = false;
  /** An option has been played from this panel. */
  private done = false;
  /** Hands plus device votes, once revealed. */
  private counted: number[] | null = null;

  constructor(
    choices: readonly ChoiceView[],
    info: DecisionInfo | undefined,
    roles: readonly Role[],
    handlers: VotePanelHandlers,
    start: VoteStart = {},
    debateMinutes = 5,
  ) {
    this.choices = choices;
    this.tallies = choices.map((_, i) => (start.tallies?.length === choices.length ? (start.tallies[i] ?? 0) : 0));
    this.handlers = handlers;
    this.timer = new ClockTimer(start.timer ?? newTimer(debateMinutes), {
      onChange: () => this.changed(),
      onTimeUp: () => handlers.onTimeUp?.(),
    });
    this.result = h('div', { className: 'vote__result', 'aria-live': 'polite' });
    this.liveSlot = h('div', { className: 'vote__live' });
    this.liveButton = h(
      'button',
      { type: 'button', className: 'tool vote__live-on', 'data-action': 'live-vote', onclick: () => handlers.onLive(this) },
      'Live vote: students vote on their phones',
    );
    const speakers = (info?.roles ?? []).map((id) => roles.find((r) => r.id === id)).filter((r): r is Role => Boolean(r));
    const list = h('ol', { className: 'vote__rows' });
    for (const [position, choice] of choices.entries()) {
      const output = h('output', { className: 'vote__count', 'aria-live': 'polite' }, String(this.tallies[position] ?? 0));
      const bar = h('span', { className: 'vote__bar', 'aria-hidden': 'true' });
      const row = h(
        'li',
        { className: 'vote__row', 'data-vote': choice.index, tabindex: -1, 'aria-label': `Option ${position + 1}: ${choice.text}` },
        h('span', { className: 'vote__key', 'aria-hidden': 'true' }, String(position + 1)),
        h('span', { className: 'vote__option' }, choice.text),
        h(
          'button',
          { type: 'button', className: 'tool vote__minus', 'aria-label': `One vote fewer for option ${position + 1}`, onclick: () => this.add(position, -1) },
          '−',
        ),
        output,
        h(
          'button',
          { type: 'button', className: 'tool vote__plus', 'aria-label': `One vote more for option ${position + 1}`, onclick: () => this.add(position, 1) },
          '+',
        ),
        bar,
      );
      row.addEventListener('focus', () => this.select(position));
      this.outputs.push(output);
      this.bars.push(bar);
      this.rows.push(row);
      list.append(row);
    }
    this.element = h(
      'section',
      { className: 'vote', 'aria-label': 'Class vote' },
      h('header', { className: 'vote__head' }, h('h2', {}, info?.title ?? 'The class decides'), this.liveButton, this.timer.element),
      this.liveSlot,
      info
        ? h(
            'details',
            { className: 'vote__brief', open: window.innerHeight >= 900 },
            h('summary', {}, 'Scene and questions'),
            h('p', { className: 'vote__setup' }, info.setup),
            info.questions.length ? h('ol', { className: 'vote__questions' }, ...info.questions.map((q) => h('li', {}, q))) : '',
          )
        : '',
      speakers.length
        ? h(
            'p',
            { className: 'vote__speakers' },
            h('strong', {}, 'Who should speak: '),
            ...speakers.map((r) => h('button', { type: 'button', className: 'chip', 'data-role': r.id, onclick: () => handlers.onRole(r) }, r.name)),
          )
        : '',
      h('p', { className: 'small vote__help' }, 'Count the hands: number keys pick an option, + and − change its count. Then reveal the result.'),
      list,
      h(
        'div',
        { className: 'row' },
        h(
          'button',
          { type: 'button', className: 'button button--primary vote__reveal', 'data-action': 'reveal', onclick: () => this.reveal() },
          'Reveal the result',
        ),
        h('button', { type: 'button', className: 'button vote__skip', 'data-action': 'skip-vote', onclick: () => this.reveal(true) }, 'Skip the vote'),
      ),
      this.result,
    );
    this.select(0);
    // The brief opens on a tall screen only if the whole vote still fits its panel; Reveal must never need a scroll.
    requestAnimationFrame(() => {
      const brief = this.element.querySelector<HTMLDetailsElement>('.vote__brief');
      const box = this.element.closest<HTMLElement>('.story-panel');
      if (brief?.open && box && this.element.offsetHeight > box.clientHeight) brief.open = false;
    });
  }

  /** Whether the result is showing (the choices may be played). */
  get isRevealed(): boolean {
    return this.revealed;
  }

  /** Whether the teacher skipped the vote. */
  get isSkipped(): boolean {
    return this.skipped;
  }

  /**
   * Keyboard control while the panel is up: digits pick a row, + and − count, R reveals. Returns true if it used the
   * key. After the reveal a digit is left to the options, so it plays its option.
   */
  key(event: KeyboardEvent): boolean {
    if (/^[1-9]$/.test(event.key) && !this.revealed) {
      const position = Number(event.key) - 1;
      if (position < this.choices.length) {
        this.select(position);
        this.rows[position]?.focus();
        return true;
      }
    }
    if ((event.key === '+' || event.key === '=') && !this.revealed) {
      this.add(this.selected, 1);
      return true;
    }
    if ((event.key === '-' || event.key === '_') && !this.revealed) {
      this.add(this.selected, -1);
      return true;
    }
    if ((event.key === 'r' || event.key === 'R') && !this.revealed) {
      this.reveal();
      return true;
    }
    return false;
  }

  /** Shows a live room's strip here and puts this decision to the class. */
  attachLive(room: LiveRoom, open: () => void): void {
    this.live = room;
    this.liveButton.hidden = true;
    this.liveSlot.replaceChildren(room.element);
    room.onEnd = (end) => this.liveEnded(end.tallies, end.lost);
    // Revealed while the relay was out of reach: its device votes join the counts when it is back, if nothing was played yet.
    room.onLate = (devices) => this.revealed && !this.done && this.show(devices, true);
    open();
  }

  /** Live voting ended: the device votes so far join the hands-up counts, which carry on from there. */
  private liveEnded(devices: readonly number[] | null, lost: number): void {
    this.live = null;
    this.liveButton.hidden = false;
    if (devices && !this.revealed) {
      for (const [i, n] of devices.entries()) if (i < this.tallies.length) this.tallies[i] = (this.tallies[i] ?? 0) + n;
      for (const [i, output] of this.outputs.entries()) output.textContent = String(this.tallies[i] ?? 0);
      this.changed();
    }
    this.liveSlot.replaceChildren(h('p', { className: 'small vote__live-note', 'data-live-ended': '', role: 'status' }, endedNote(devices, lost)));
  }

  /** Tells the live vote's students which option the teacher played. */
  played(index: number): void {
    this.done = true;
    this.live?.played(index);
  }

  /** The tallies so far, in the order shown. */
  votes(): readonly number[] {
    return this.counted ?? this.tallies;
  }

  /** Stops the timer when the panel goes away. */
  dispose(): void {
    this.timer.halt();
  }

  private select(position: number): void {
    this.selected = position;
    for (const [i, row] of this.rows.entries()) row.classList.toggle('is-selected', i === position);
  }

  private add(position: number, delta: number): void {
    if (this.revealed) return;
    this.select(position);
    this.tallies[position] = Math.max(0, (this.tallies[position] ?? 0) + delta);
    const output = this.outputs[position];
    if (output) output.textContent = String(this.tallies[position]);
    this.changed();
  }

  private changed(): void {
    this.handlers.onChange?.(this.tallies, this.timer.value);
  }

  private async reveal(skip = false): Promise<void> {
    if (this.revealed) return;
    this.revealed = true;
    this.skipped = skip;
    this.timer.stop();
    const live = this.live && !this.live.isClosed ? this.live : null;
    const devices = live ? await live.reveal(this.tallies) : null;
    this.show(devices, live !== null);
    this.handlers.onReveal();
    this.result.querySelector<HTMLButtonElement>('button')?.focus();
  }

  /** The result: hands plus device votes (hands alone while the relay is out of reach), bars, winner and the play. */
  private show(devices: readonly number[] | null, live: boolean): void {
    const skip = this.skipped;
    const hands = [...this.tallies];
    // The counts kept for a reload stay the hands alone, so a second reveal can never add the devices twice.
    const counts = devices ? devices.map((n, i) => n + (hands[i] ?? 0)) : hands;
    this.counted = counts;
    for (const [i, output] of this.outputs.entries()) output.textContent = String(counts[i] ?? 0);
    this.element.querySelector<HTMLDetailsElement>('.vote__brief')?.removeAttribute('open');
    this.element.classList.add('is-revealed');
    const total = counts.reduce((a, b) => a + b, 0);
    const winner = skip ? null : winnerOf(counts);
    drawShares(this.bars, this.rows, counts, winner);
    const winning = winner === null ? null : this.choices[winner];
    this.result.replaceChildren(
      h('p', {}, resultText(skip, winning ?? undefined, counts[winner ?? 0] ?? 0, total)),
      winning
        ? h(
            'button',
            {
              type: 'button',
              className: 'button button--primary vote__play',
              onclick: () => {
                this.played(winning.index);
                this.handlers.onPlay(winning.index, counts, false);
              },
            },
            'Play the class’s choice',
          )
        : '',
      h('p', { className: 'small' }, winning ? 'Or play another option below: it is recorded as the teacher overruling the class.' : 'Play an option below.'),
      live ? h('p', { className: 'small vote__live-note' }, revealNote(devices, hands)) : '',
    );
  }
}
