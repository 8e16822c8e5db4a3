import { formatDate } from '../../../src/world/dates.ts';
import { must } from '../dom.ts';

/** What the title screen's buttons do. */
export type TitleHandlers = Readonly<Record<'onStart' | 'onContinue' | 'onOpenCode' | 'onSaves' | 'onEndings' | 'onYear' | 'onClassroom', () => void>>;

/** The title screen: new game, continue from the autosave, and any problem with saves said plainly. */
export class TitleScreen {
  private readonly root: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly cont: HTMLButtonElement;
  private readonly message: HTMLElement;
  private readonly saved: HTMLElement;

  constructor(root: HTMLElement, handlers: TitleHandlers) {
    this.root = root;
    this.start = must<HTMLButtonElement>('[data-action="start"]', root);
    this.cont = must<HTMLButtonElement>('[data-action="continue"]', root);
    this.message = must<HTMLElement>('#title-message', root);
    this.saved = must<HTMLElement>('#title-saved', root);
    this.start.addEventListener('click', handlers.onStart);
    this.cont.addEventListener('click', handlers.onContinue);
    must('[data-action="open-code"]', root).addEventListener('click', handlers.onOpenCode);
    must('[data-action="saves"]', root).addEventListener('click', handlers.onSaves);
    must('[data-action="endings"]', root).addEventListener('click', handlers.onEndings);
    must('[data-action="year"]', root).addEventListener('click', handlers.onYear);
    must('[data-action="classroom"]', root).addEventListener('click', handlers.onClassroom);
  }

  /** Shows whether classroom mode is on. */
  setClassroom(on: boolean): void {
    const button = must<HTMLButtonElement>('[data-action="classroom"]', this.root);
    button.setAttribute('aria-pressed', String(on));
  }

  show(autosave: { exists: boolean; savedAt: string | null; problem: string | null }, storageOff: boolean): void {
    this.root.hidden = false;
    this.start.disabled = false;
    this.cont.hidden = !autosave.exists;
    this.saved.hidden = !autosave.savedAt;
    if (autosave.savedAt) {
      const at = new Date(autosave.savedAt);
      this.saved.textContent = `Your last game was saved on ${formatDate(autosave.savedAt.slice(0, 10))} at ${at.toTimeString().slice(0, 5)}.`;
    }
    const problems = [autosave.problem, storageOff ? 'This browser does not let the game save, so a game lasts only until the page is closed.' : null].filter(
      Boolean,
    );
    if (problems.length) this.showMessage(problems.join(' '));
    else this.message.hidden = true;
    (autosave.exists ? this.cont : this.start).focus();
  }

  hide(): void {
    this.root.hidden = true;
  }

  showMessage(text: string): void {
    this.message.textContent = text;
    this.message.hidden = false;
  }
}
