import type { GameView, Passage } from '../../src/game-core.ts';
import { ACT_INFO } from '../../src/story/acts.ts';
import type { Block } from '../../src/story/transcript.ts';
import { dateText, type RenderOptions, renderBlock, splitAtActEnd } from './blocks.ts';
import { h, prefersReducedMotion } from './dom.ts';

/** What the story panel asks of the rest of the game. */
export interface StoryPanelHandlers extends Omit<RenderOptions, 'newStyle'> {
  readonly onChoose: (index: number) => void;
  readonly onPlayAgain: () => void;
  readonly onTitle: () => void;
  readonly newStyle: () => boolean;
  /** Called with each new piece of the transcript once it is on the page (e.g. to link glossary terms). */
  readonly decorate?: (el: HTMLElement) => void;
}

/**
 * The transcript and the choices. Appends new passages without re-rendering old ones, so the page never
 * jumps; scrolls to where new text starts and moves focus there. At the end of an act it waits for the
 * player to turn the page before showing the next act.
 */
export class StoryPanel {
  private readonly transcript: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly handlers: StoryPanelHandlers;
  private rendered = 0;
  private renderedVersion: readonly Passage[] = [];
  private pending: { el: HTMLElement; blocks: readonly Block[] } | null = null;
  private lastView: GameView | null = null;

  constructor(transcript: HTMLElement, choices: HTMLElement, handlers: StoryPanelHandlers) {
    this.transcript = transcript;
    this.choices = choices;
    this.handlers = handlers;
  }

  /** Brings the panel up to date with the view. `live` is false when a saved game is being restored. */
  render(view: GameView, live: boolean): void {
    this.lastView = view;
    const restart = view.passages.length < this.rendered || view.passages[0] !== this.renderedVersion[0];
    if (restart) this.clear();
    let newest: HTMLElement | null = null;
    for (let i = this.rendered; i < view.passages.length; i++) {
      const passage = view.passages[i];
      if (passage) newest = this.appendPassage(passage, live && i === view.passages.length - 1);
    }
    this.rendered = view.passages.length;
    this.renderedVersion = view.passages;
    this.renderChoices(view);
    if (newest && live && view.passages.length > 1) {
      const el = newest;
      requestAnimationFrame(() => setTimeout(() => this.reveal(el), 0));
    }
  }

  /** Rewrites every date on screen in the chosen calendar. */
  refreshDates(): void {
    for (const el of this.transcript.querySelectorAll<HTMLElement>('.scene__meta[data-date]')) {
      const iso = el.dataset.date;
      if (!iso) continue;
      const rest = el.textContent?.split(' · ').slice(1) ?? [];
      el.textContent = [dateText(iso, this.handlers.newStyle()), ...rest].join(' · ');
    }
  }

  /** Shows the newest passage from its start and moves focus there (without announcing it twice). */
  focusLatest(): void {
    requestAnimationFrame(() => {
      const latest = this.transcript.querySelector<HTMLElement>('.passage:last-of-type');
      if (!latest) return;
      if (latest.dataset.step !== '0') latest.scrollIntoView({ block: 'start' });
      latest.focus({ preventScroll: true });
    });
  }

  /** Moves keyboard focus to the first choice (or the page-turn button). */
  focusChoices(): void {
    this.choices.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  private clear(): void {
    this.transcript.replaceChildren();
    this.rendered = 0;
    this.pending = null;
  }

  private options(): RenderOptions {
    return { newStyle: this.handlers.newStyle(), onCite: this.handlers.onCite };
  }

  private appendPassage(passage: Passage, live: boolean): HTMLElement {
    for (const old of this.transcript.querySelectorAll('.passage--new')) old.classList.remove('passage--new');
    const el = h('section', { className: 'passage passage--new', 'data-step': passage.step, tabindex: -1, 'aria-label': `Part ${passage.step + 1}` });
    if (passage.chosen) el.append(h('p', { className: 'chosen' }, h('span', { className: 'chosen__label' }, 'You chose'), passage.chosen.text));
    const { before, after } = live ? splitAtActEnd(passage) : { before: passage.blocks, after: [] };
    for (const block of before) el.append(renderBlock(block, this.options()));
    this.transcript.append(el);
    this.handlers.decorate?.(el);
    this.pending = after.length > 0 ? { el, blocks: after } : null;
    return el;
  }

  private turnPage(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const part = h('div', { className: 'passage__continued', tabindex: -1 });
    for (const block of pending.blocks) part.append(renderBlock(block, this.options()));
    pending.el.append(part);
    this.handlers.decorate?.(part);
    if (this.lastView) this.renderChoices(this.lastView);
    this.reveal(part);
  }

  private renderChoices(view: GameView): void {
    if (this.pending) {
      const next = pendingAct(this.pending.blocks);
      this.choices.replaceChildren(
        h(
          'button',
          { type: 'button', className: 'button button--primary turn-page', onclick: () => this.turnPage() },
          next ? `Continue to Act ${next}` : 'Continue',
        ),
      );
      return;
    }
    if (view.status === 'ended') {
      this.choices.replaceChildren(
        h('button', { type: 'button', className: 'button button--primary', onclick: () => this.handlers.onPlayAgain() }, 'Play again'),
        h('button', { type: 'button', className: 'button', onclick: () => this.handlers.onTitle() }, 'Back to the title screen'),
      );
      return;
    }
    const buttons = view.choices.map((choice, position) =>
      h(
        'button',
        { type: 'button', className: 'choice', 'data-choice': choice.index, onclick: () => this.handlers.onChoose(choice.index) },
        position < 9 ? h('span', { className: 'choice__key', 'aria-hidden': 'true' }, String(position + 1)) : null,
        h('span', { className: 'choice__text' }, choice.text),
      ),
    );
    this.choices.replaceChildren(...buttons);
    this.choices.dataset.decision = view.decision ?? '';
  }

  private reveal(el: HTMLElement): void {
    el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }
}

function pendingAct(blocks: readonly Block[]): string | null {
  const heading = blocks.find((b) => b.kind === 'heading' && b.act !== null);
  return heading?.kind === 'heading' && heading.act ? ACT_INFO[heading.act].numeral : null;
}
