import type { GameView } from '../../../src/game-core.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import { dateText } from '../blocks.ts';
import type { Settings } from '../data/settings.ts';
import { must } from '../dom.ts';

/** What the masthead's buttons do. */
export type MastheadHandlers = { readonly settings: Settings } & Readonly<
  Record<'onToggleDate' | 'onToggleSound' | 'onMenu' | 'onTimeline' | 'onShare', () => void>
>;

/** The top bar: the act and the date (Old Style, or New Style on request), and the game's tools. */
export class Masthead {
  private readonly where = must<HTMLElement>('#where');
  private readonly date = must<HTMLButtonElement>('#toggle-date');
  private readonly sound = must<HTMLButtonElement>('#toggle-sound');
  private readonly timeline = must<HTMLButtonElement>('#open-timeline');
  private readonly share = must<HTMLButtonElement>('#open-share');
  private readonly handlers: MastheadHandlers;
  private unavailable = false;

  constructor(handlers: MastheadHandlers) {
    this.handlers = handlers;
    this.date.addEventListener('click', handlers.onToggleDate);
    this.sound.addEventListener('click', handlers.onToggleSound);
    must<HTMLButtonElement>('#open-menu').addEventListener('click', handlers.onMenu);
    this.timeline.addEventListener('click', handlers.onTimeline);
    this.share.addEventListener('click', handlers.onShare);
    const more = must<HTMLButtonElement>('#masthead-more');
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      more.setAttribute('aria-expanded', String(open));
      more.closest('.masthead')?.classList.toggle('masthead--open', open);
    });
    this.renderSound();
  }

  /** Shows or hides the tools that only make sense during a game. */
  setPlaying(playing: boolean): void {
    this.date.hidden = !playing;
    this.timeline.hidden = !playing;
    this.share.hidden = !playing;
    if (!playing) this.where.textContent = '';
  }

  /** Says that sound cannot play in this browser. */
  soundUnavailable(): void {
    this.unavailable = true;
    this.renderSound();
  }

  render(view: GameView): void {
    const { world } = view;
    const parts: string[] = [];
    if (world.act) parts.push(`Act ${ACT_INFO[world.act].numeral}: ${ACT_INFO[world.act].title}`);
    if (world.date) parts.push(dateText(world.date, this.handlers.settings.newStyle));
    this.where.textContent = parts.join(' · ');
    this.date.setAttribute('aria-pressed', String(this.handlers.settings.newStyle));
    this.date.textContent = 'New Style dates';
    this.date.title = world.dateLabel
      ? this.handlers.settings.newStyle
        ? `Old Style: ${world.dateLabel.oldStyle}`
        : `New Style: ${world.dateLabel.newStyle}`
      : '';
    this.renderSound();
  }

  private renderSound(): void {
    if (this.unavailable) {
      this.sound.textContent = 'Sound unavailable';
      this.sound.disabled = true;
      this.sound.title = 'This browser could not play sound; the game plays on silently.';
      return;
    }
    this.sound.textContent = 'Mute';
    this.sound.setAttribute('aria-pressed', String(this.handlers.settings.muted));
  }
}
