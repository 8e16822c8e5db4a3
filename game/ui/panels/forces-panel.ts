import type { Passage } from '../../../src/game-core.ts';
import { changesSentence, HEADLINE_FORCES } from '../../../src/world/act-report.ts';
import type { ForceChange } from '../../../src/world/force-changes.ts';
import { FORCES } from '../../../src/world/forces.ts';
import { h, setText } from '../dom.ts';
import type { UiState } from '../state.ts';

/** Short names for the strip on a phone, where the full labels do not fit six abreast. */
const SHORT: Readonly<Record<string, string>> = {
  worker_confidence: 'Confidence',
  garrison: 'Garrison',
  bolshevik_share: 'Bolsheviks',
  counter_threat: 'Reaction',
  legitimacy: 'Legitimacy',
  economy_crisis: 'Crisis',
};

interface Row {
  readonly el: HTMLElement;
  readonly value: HTMLElement;
  readonly delta: HTMLElement;
  readonly bar: HTMLElement;
}

/**
 * The forces of 1917, always in view beside the story (a strip under it on a phone). Each force is
 * `[data-force]` with its value in `data-value`; after a choice `[data-force-why]` says what moved and why, in
 * words and arrows (never colour alone), and a polite live region tells a screen reader the gist once.
 */
export class ForcesPanel {
  private readonly root: HTMLElement;
  private readonly rows = new Map<string, Row>();
  private readonly why: HTMLElement;
  private readonly live: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private shown: UiState['view'] | null = null;

  constructor(root: HTMLElement) {
    this.root = root;
    const list = h('ul', { className: 'forces__list', id: 'forces-list' });
    for (const f of FORCES) {
      const headline = HEADLINE_FORCES.includes(f.key);
      const value = h('span', { className: 'force__value' });
      const delta = h('span', { className: 'force__delta' });
      const bar = h('span', { className: 'force__fill' });
      const el = h(
        'li',
        { className: 'force', 'data-force': f.key, ...(headline ? { 'data-headline': '' } : {}) },
        h(
          'span',
          { className: 'force__label' },
          h('span', { className: 'force__long' }, f.label),
          h('span', { className: 'force__short', 'aria-hidden': 'true' }, SHORT[f.key] ?? f.label),
        ),
        h('span', { className: 'force__num' }, value, delta),
        h('span', { className: 'force__bar', 'aria-hidden': 'true' }, bar),
        h('span', { className: 'force__explain' }, f.explain),
      );
      this.rows.set(f.key, { el, value, delta, bar });
      list.append(el);
    }
    this.toggle = h(
      'button',
      { type: 'button', className: 'forces__toggle', 'aria-expanded': 'false', 'aria-controls': 'forces-list', onclick: () => this.expand() },
      'All forces',
    );
    this.why = h('p', { className: 'forces__why', 'data-force-why': '' });
    this.live = h('p', { className: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    root.append(
      h('div', { className: 'forces__head' }, h('h2', { className: 'forces__title', id: 'forces-heading' }, 'The forces'), this.why, this.toggle),
      list,
      this.live,
    );
  }

  /** Brings the values and the line saying what moved in step with the state (cheap: text and attributes only). */
  render(state: UiState): void {
    const { view } = state;
    if (view === this.shown) return;
    this.shown = view;
    const last = view.passages[view.passages.length - 1];
    const changes = new Map((last?.forceChanges ?? []).map((c) => [c.key, c]));
    for (const force of view.world.forces) {
      const row = this.rows.get(force.key);
      if (!row) continue;
      // Only what changed is written, so the frame that paints the step lays out only the rows that moved.
      const value = String(force.value);
      if (row.el.dataset.value !== value) {
        row.el.dataset.value = value;
        row.value.textContent = value;
        row.bar.style.width = `${Math.max(0, Math.min(100, force.value))}%`;
      }
      const change = changes.get(force.key);
      row.el.toggleAttribute('data-moved', change !== undefined);
      setText(row.delta, change ? deltaText(change) : '');
    }
    setText(this.why, last ? whyText(last) : '');
    if (view.change === 'step' && last) this.live.textContent = spoken(last);
  }

  private expand(): void {
    const open = this.toggle.getAttribute('aria-expanded') !== 'true';
    this.toggle.setAttribute('aria-expanded', String(open));
    this.toggle.textContent = open ? 'Fewer forces' : 'All forces';
    this.root.classList.toggle('forces--open', open);
  }
}

function deltaText(c: ForceChange): string {
  const by = c.to - c.from;
  return by > 0 ? ` ▲ up ${by}` : ` ▼ down ${-by}`;
}

/** The line under the forces: the story's own reason where it gives one, then the numbers. */
export function whyText(passage: Passage): string {
  if (!passage.chosen) return 'Each choice moves these forces; what moved, and why, shows here.';
  const numbers = passage.forceChanges.map((c) => `${c.label} ${c.to > c.from ? '▲' : '▼'} ${c.from}→${c.to}`).join(' · ');
  // Effect lines carry no full stop of their own: two in one step (a scene's, then the next scene's) become two sentences.
  const effects = passage.effects.map((e, i) => (i < passage.effects.length - 1 && !/[.!?]$/.test(e) ? `${e}.` : e)).join(' ');
  if (passage.effects.length > 0) return numbers ? `${effects} (${numbers})` : effects;
  return passage.forceChanges.length > 0 ? `That choice moved: ${changesSentence(passage.forceChanges)}` : 'That choice moved none of the forces.';
}

/** What a screen reader hears after a choice: the reason and the directions, not every number. */
function spoken(passage: Passage): string {
  const ups = passage.forceChanges.filter((c) => c.to > c.from).map((c) => c.label);
  const downs = passage.forceChanges.filter((c) => c.to < c.from).map((c) => c.label);
  const parts = [...passage.effects];
  if (ups.length) parts.push(`Up: ${ups.join(', ')}.`);
  if (downs.length) parts.push(`Down: ${downs.join(', ')}.`);
  return parts.length ? `Forces: ${parts.join(' ')}` : '';
}
