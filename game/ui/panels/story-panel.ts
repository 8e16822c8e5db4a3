import type { Passage } from '../../../src/game-core.ts';
import type { Block } from '../../../src/story/transcript.ts';
import { dateText, type RenderOptions, renderBlock, splitAtActEnd } from '../blocks.ts';
import type { PassageFold } from '../classroom/classroom.ts';
import { h, prefersReducedMotion } from '../dom.ts';
import type { UiState } from '../state.ts';
import { Choices, type ChoicesHandlers } from './choices.ts';

/** What the story panel asks of the rest of the game. */
export interface StoryPanelHandlers extends Omit<RenderOptions, 'newStyle'>, ChoicesHandlers {
  /** Called with each new piece of the transcript once it is on the page (e.g. to link glossary terms). */
  readonly decorate?: (el: HTMLElement) => void;
  /** In a lesson cut: whether a passage is folded away, and the "Meanwhile…" summaries before it. */
  readonly fold?: (step: number) => PassageFold;
}

/** Whether this view's newest passage ends an act and holds the next one back for a page turn. */
export function holdsPageTurn(state: Pick<UiState, 'view'>): boolean {
  const last = state.view.passages[state.view.passages.length - 1];
  return state.view.change === 'step' && last !== undefined && splitAtActEnd(last).after.length > 0;
}

/**
 * The transcript and its choices, drawn from the UI state. A step appends the new passage without touching the
 * old ones, so the page never jumps; any other change (start, jump, load) redraws the transcript whole. While a
 * page turn is pending, the next act's blocks wait and the choices offer the turn.
 */
export class StoryPanel {
  private readonly transcript: HTMLElement;
  private readonly handlers: StoryPanelHandlers;
  private readonly choices: Choices;
  private shown: UiState['view'] | null = null;
  private rendered = 0;
  private newStyle = false;
  private held: { el: HTMLElement; blocks: readonly Block[] } | null = null;

  constructor(transcript: HTMLElement, choices: HTMLElement, handlers: StoryPanelHandlers) {
    this.transcript = transcript;
    this.handlers = handlers;
    this.choices = new Choices(choices, handlers);
  }

  /** Brings the panel in step with the state. */
  render(state: UiState): void {
    const { view } = state;
    if (state.newStyle !== this.newStyle) {
      this.newStyle = state.newStyle;
      this.refreshDates();
    }
    if (view !== this.shown) {
      // A notice alone (a choice waiting for the rest of the story) leaves the story as it stands.
      const step = view.change === 'step' || view.change === 'notice';
      if (!step) this.clear();
      let newest: HTMLElement | null = null;
      for (let i = this.rendered; i < view.passages.length; i++) {
        const passage = view.passages[i];
        if (passage) newest = this.append(passage, step && i === view.passages.length - 1 && state.pageTurnPending);
      }
      this.rendered = view.passages.length;
      this.shown = view;
      if (newest && step && view.passages.length > 1) {
        const el = newest;
        requestAnimationFrame(() => setTimeout(() => reveal(el), 0));
      } else if (!step) this.focusLatest();
    }
    if (this.held && !state.pageTurnPending) this.turnPage();
    this.choices.render(state, this.held?.blocks ?? []);
  }

  private refreshDates(): void {
    for (const el of this.transcript.querySelectorAll<HTMLElement>('.scene__meta[data-date]')) {
      const iso = el.dataset.date;
      if (!iso) continue;
      const rest = el.textContent?.split(' · ').slice(1) ?? [];
      el.textContent = [dateText(iso, this.newStyle), ...rest].join(' · ');
    }
  }

  /** Shows the newest passage from its start and moves focus there (without announcing it twice). */
  private focusLatest(): void {
    requestAnimationFrame(() => {
      const latest = this.transcript.querySelector<HTMLElement>('.passage:last-of-type');
      if (!latest) return;
      if (latest.dataset.step !== '0') latest.scrollIntoView({ block: 'start' });
      latest.focus({ preventScroll: true });
    });
  }

  private clear(): void {
    this.transcript.replaceChildren();
    this.rendered = 0;
    this.held = null;
  }

  private options(): RenderOptions {
    return { newStyle: this.newStyle, onCite: this.handlers.onCite };
  }

  private append(passage: Passage, holdNextAct: boolean): HTMLElement {
    for (const old of this.transcript.querySelectorAll('.passage--new')) old.classList.remove('passage--new');
    const el = h('section', { className: 'passage passage--new', 'data-step': passage.step, tabindex: -1, 'aria-label': `Part ${passage.step + 1}` });
    if (passage.chosen) el.append(h('p', { className: 'chosen' }, h('span', { className: 'chosen__label' }, 'You chose'), passage.chosen.text));
    const { before, after } = holdNextAct ? splitAtActEnd(passage) : { before: passage.blocks, after: [] };
    const fold = this.handlers.fold?.(passage.step);
    if (fold?.meanwhile.length) el.append(meanwhileBlock(fold));
    const body = fold?.folded ? h('details', { className: 'passage__folded' }, h('summary', {}, 'Played by history: not read in this lesson')) : el;
    for (const block of before) body.append(renderBlock(block, this.options()));
    if (body !== el) el.append(body);
    this.transcript.append(el);
    this.handlers.decorate?.(el);
    this.held = after.length > 0 ? { el, blocks: after } : null;
    return el;
  }

  private turnPage(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    const part = h('div', { className: 'passage__continued', tabindex: -1 });
    for (const block of held.blocks) part.append(renderBlock(block, this.options()));
    held.el.append(part);
    this.handlers.decorate?.(part);
    reveal(part);
  }
}

/** The "Meanwhile…" summaries of a folded stretch, from story/meanwhile.ink. */
function meanwhileBlock(fold: PassageFold): HTMLElement {
  return h(
    'aside',
    { className: 'meanwhile' },
    h('h3', { className: 'meanwhile__title' }, 'Meanwhile…'),
    ...fold.meanwhile.flatMap((m) => m.lines.map((line) => h('p', {}, line.text))),
    fold.offHistory ? h('p', { className: 'small' }, 'Your class has left history’s road: this is what happened in 1917, not on your road.') : null,
  );
}

function reveal(el: HTMLElement): void {
  el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}
