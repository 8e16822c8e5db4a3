// The debate timer on screen: big, read from the wall clock (src/classroom/lesson-timer.ts), so a busy page or a
// reload never slows it; at the end a chime (through the sound board, which keeps to the mute) and a large "Time".
import {
  clockFace,
  isRunning,
  isUp,
  newTimer,
  pauseTimer,
  remainingMs,
  startTimer,
  TIMER_MINUTES,
  type TimerState,
} from '../../../src/classroom/lesson-timer.ts';
import { h } from '../dom.ts';

/** What the timer tells its owner. */
export interface ClockTimerHooks {
  /** The timer's state changed (started, paused, reset): keep it with the open vote. */
  readonly onChange: (state: TimerState) => void;
  /** Time ran out while on screen. */
  readonly onTimeUp: () => void;
}

/** A debate timer showing a TimerState; `now` is the wall clock (a port, so tests and reloads agree). */
export class ClockTimer {
  readonly element: HTMLElement;
  private state: TimerState;
  private readonly display: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly minutes: HTMLSelectElement;
  private readonly hooks: ClockTimerHooks;
  private readonly now: () => number;
  private handle: ReturnType<typeof setInterval> | null = null;
  private rang: boolean;

  constructor(state: TimerState, hooks: ClockTimerHooks, now: () => number = Date.now) {
    this.state = state;
    this.hooks = hooks;
    this.now = now;
    this.rang = isUp(state, now());
    this.display = h('span', { className: 'timer__display', role: 'timer', 'aria-live': 'off', 'data-timer': '' });
    const current = Math.round(state.durationMs / 60_000);
    this.minutes = h(
      'select',
      { className: 'timer__minutes', 'aria-label': 'Debate time in minutes' },
      ...TIMER_MINUTES.map((m) => h('option', { value: m, selected: m === current }, `${m} min`)),
    );
    this.minutes.addEventListener('change', () => this.reset());
    this.toggle = h('button', { type: 'button', className: 'tool timer__toggle', onclick: () => this.startOrPause() }, 'Start timer');
    this.element = h(
      'div',
      { className: 'timer' },
      this.display,
      this.minutes,
      this.toggle,
      h('button', { type: 'button', className: 'tool', onclick: () => this.reset() }, 'Reset'),
    );
    this.show();
    if (isRunning(state, now())) this.tick();
  }

  /** The timer's state now. */
  get value(): TimerState {
    return this.state;
  }

  /** Starts or pauses. */
  startOrPause(): void {
    const now = this.now();
    this.set(isRunning(this.state, now) ? pauseTimer(this.state, now) : startTimer(this.state, now));
    if (isRunning(this.state, now)) this.tick();
  }

  /** Pauses, keeping the time run (when the vote is revealed or the panel goes away). */
  stop(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = null;
    if (this.state.startedAt !== null) this.set(pauseTimer(this.state, this.now()));
  }

  /** Stops redrawing, leaving the state as it is (the panel is going away). */
  halt(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = null;
  }

  /** Back to the minutes chosen, stopped. */
  reset(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = null;
    this.rang = false;
    this.set(newTimer(Number(this.minutes.value)));
  }

  private set(state: TimerState): void {
    this.state = state;
    this.hooks.onChange(state);
    this.show();
  }

  private tick(): void {
    if (this.handle) return;
    // A quarter-second refresh is only the redraw: the time itself always comes from the clock.
    this.handle = setInterval(() => this.show(), 250);
  }

  private show(): void {
    const now = this.now();
    const up = isUp(this.state, now);
    const running = isRunning(this.state, now);
    this.element.classList.toggle('is-up', up);
    this.element.classList.toggle('is-running', running);
    this.display.textContent = up ? 'Time' : clockFace(remainingMs(this.state, now));
    this.display.setAttribute('aria-live', up ? 'assertive' : 'off');
    this.toggle.textContent = running ? 'Pause' : 'Start timer';
    this.toggle.disabled = up;
    if (up && this.handle) {
      clearInterval(this.handle);
      this.handle = null;
    }
    if (up && !this.rang) {
      this.rang = true;
      this.hooks.onTimeUp();
    }
  }
}
