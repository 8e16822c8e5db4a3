import type { GameView } from '../../../src/game-core.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import { ACTS, type ActId } from '../../../src/story/tags.ts';
import { afterPaint } from '../../later.ts';
import { dateText } from '../blocks.ts';
import type { Settings } from '../data/settings.ts';
import { must, setText } from '../dom.ts';

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
  private transcript: HTMLElement | null = null;
  private fallback: { act: ActId | null; date: string | null } = { act: null, date: null };
  private scheduled = false;
  private playing = false;

  constructor(handlers: MastheadHandlers) {
    this.handlers = handlers;
    const more = must<HTMLButtonElement>('#masthead-more');
    const fold = (open: boolean) => {
      more.setAttribute('aria-expanded', String(open));
      more.closest('.masthead')?.classList.toggle('masthead--open', open);
    };
    more.addEventListener('click', () => fold(more.getAttribute('aria-expanded') !== 'true'));
    // A tool that opens a sheet folds the tools away again (on a phone they would stand over a third of the page),
    // before the sheet opens, so focus comes back to Tools, which stays in view, when the sheet closes.
    for (const opener of [must('#open-menu'), this.timeline, this.share]) {
      opener.addEventListener('click', () => {
        if (more.getAttribute('aria-expanded') !== 'true') return;
        fold(false);
        more.focus();
      });
    }
    this.date.addEventListener('click', handlers.onToggleDate);
    this.sound.addEventListener('click', handlers.onToggleSound);
    must<HTMLButtonElement>('#open-menu').addEventListener('click', handlers.onMenu);
    this.timeline.addEventListener('click', handlers.onTimeline);
    this.share.addEventListener('click', handlers.onShare);
    this.renderSound();
  }

  /** Shows or hides the tools that only make sense during a game. */
  setPlaying(playing: boolean): void {
    this.date.hidden = !playing;
    this.timeline.hidden = !playing;
    this.share.hidden = !playing;
    this.playing = playing;
    if (!playing) this.where.textContent = '';
  }

  /** Says that sound cannot play in this browser. */
  soundUnavailable(): void {
    this.unavailable = true;
    this.renderSound();
  }

  /** Makes the act and the date follow the scene on screen as the reader scrolls, rather than the newest passage. */
  followScenes(transcript: HTMLElement): void {
    this.transcript = transcript;
    const schedule = (): void => this.schedule();
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
  }

  render(view: GameView): void {
    const { world } = view;
    this.fallback = { act: world.act, date: world.date };
    // A step's new scene is read after the step is painted: reading the scenes' places before it would make the
    // browser lay the page out inside the step's own frame, ahead of its usual layout, for a line that can wait a frame.
    this.schedule(true);
    this.date.setAttribute('aria-pressed', String(this.handlers.settings.newStyle));
    setText(this.date, 'New Style dates');
    this.date.title = world.dateLabel
      ? this.handlers.settings.newStyle
        ? `Old Style: ${world.dateLabel.oldStyle}`
        : `New Style: ${world.dateLabel.newStyle}`
      : '';
    this.renderSound();
  }

  /** Reads the page once a frame at most (reads only, so no layout is forced twice); `later`: in the frame after the next paint. */
  private schedule(later = false): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const read = (): void => {
      this.scheduled = false;
      this.showInView();
    };
    if (later) afterPaint(read);
    else requestAnimationFrame(read);
  }

  /** The scene whose heading is the last one above the reading line (two fifths down the screen) sets the act and date. */
  private showInView(): void {
    let { act, date } = this.fallback;
    const scenes = this.transcript?.querySelectorAll<HTMLElement>('.scene') ?? [];
    if (!this.playing) act = date = null;
    else if (scenes.length > 0) {
      const line = window.innerHeight * 0.4;
      act = null;
      date = null;
      for (const scene of scenes) {
        if (act !== null && scene.getBoundingClientRect().top > line) break;
        const sceneAct = scene.dataset.act;
        if (sceneAct && (ACTS as readonly string[]).includes(sceneAct)) act = sceneAct as ActId;
        date = scene.dataset.sceneDate || date;
      }
    }
    const parts: string[] = [];
    if (act) parts.push(`Act ${ACT_INFO[act].numeral}: ${ACT_INFO[act].title}`);
    if (date) parts.push(dateText(date, this.handlers.settings.newStyle));
    const text = parts.join(' · ');
    setText(this.where, text);
  }

  private renderSound(): void {
    if (this.unavailable) {
      setText(this.sound, 'Sound unavailable');
      this.sound.disabled = true;
      this.sound.title = 'This browser could not play sound; the game plays on silently.';
      return;
    }
    setText(this.sound, 'Mute');
    this.sound.setAttribute('aria-pressed', String(this.handlers.settings.muted));
  }
}
