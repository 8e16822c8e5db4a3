import { h } from '../dom.ts';

const CHOICES = [1, 2, 3, 5, 8];

/** An optional debate timer: pick minutes, start, pause, reset; says "Time" when it runs out. */
export class DebateTimer {
  readonly element: HTMLElement;
  private readonly display: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly minutes: HTMLSelectElement;
  private remaining = 3 * 60;
  private handle: ReturnType<typeof setInterval> | null = null;

  constructor() {
    this.display = h('span', { className: 'timer__display', role: 'timer', 'aria-live': 'off' }, '3:00');
    this.minutes = h(
      'select',
      { className: 'timer__minutes', 'aria-label': 'Debate time in minutes' },
      ...CHOICES.map((m) => h('option', { value: m, ...(m === 3 ? { selected: true } : {}) }, `${m} min`)),
    );
    this.minutes.addEventListener('change', () => this.reset());
    this.toggle = h('button', { type: 'button', className: 'tool', onclick: () => (this.handle ? this.stop() : this.start()) }, 'Start timer');
    this.element = h(
      'div',
      { className: 'timer' },
      this.display,
      this.minutes,
      this.toggle,
      h('button', { type: 'button', className: 'tool', onclick: () => this.reset() }, 'Reset'),
    );
  }

  start(): void {
    if (this.handle || this.remaining <= 0) return;
    this.toggle.textContent = 'Pause';
    this.handle = setInterval(() => {
      this.remaining--;
      this.show();
      if (this.remaining <= 0) {
        this.stop();
        this.element.classList.add('is-up');
        this.display.setAttribute('aria-live', 'assertive');
        this.display.textContent = 'Time';
      }
    }, 1000);
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = null;
    this.toggle.textContent = 'Start timer';
  }

  reset(): void {
    this.stop();
    this.remaining = Number(this.minutes.value) * 60;
    this.element.classList.remove('is-up');
    this.show();
  }

  private show(): void {
    const m = Math.floor(this.remaining / 60);
    const s = this.remaining % 60;
    this.display.textContent = `${m}:${String(s).padStart(2, '0')}`;
  }
}
