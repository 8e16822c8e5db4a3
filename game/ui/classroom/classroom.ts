import { type ClassRecord, loadRecord, newRecord, recordEnding, recordVote, storeRecord } from '../../../src/classroom/votes.ts';
import type { GameCore, GameView } from '../../../src/game-core.ts';
import type { SaveStore } from '../../../src/saves/store.ts';
import { type DecisionInfo, decisionInfo } from '../decision-info.ts';
import { h } from '../dom.ts';
import { loadRoles, type Role } from './content.ts';
import { VotePanel } from './vote-panel.ts';

/** Whether this browser runs a live-vote room (checked without loading the live-vote code). */
function liveRemembered(): boolean {
  try {
    return localStorage.getItem('organiser:live-room') !== null;
  } catch {
    return false;
  }
}

/**
 * Classroom mode: the projector layout, a class vote at every decision (recorded, with overrules), the roles
 * who should speak, and the lesson's record for the debrief.
 */
export class Classroom {
  private readonly core: GameCore;
  private readonly store: SaveStore;
  private readonly json: string;
  private on = false;
  private panel: VotePanel | null = null;
  private panelStep = -1;
  private record: ClassRecord;
  private info: Map<string, DecisionInfo> | null = null;
  private roles: Role[] = [];

  /** Called when classroom mode is switched on or off. */
  onToggle: (on: boolean) => void = () => {};

  constructor(core: GameCore, store: SaveStore, json: string) {
    this.core = core;
    this.store = store;
    this.json = json;
    this.record = loadRecord(store) ?? newRecord(new Date());
    document.addEventListener('keydown', (event) => this.key(event), { capture: true });
    document.addEventListener('click', (event) => this.click(event), { capture: true });
  }

  /** Whether classroom mode is on. */
  get active(): boolean {
    return this.on;
  }

  /** Turns classroom mode on or off (the projector layout follows). */
  async setActive(on: boolean): Promise<void> {
    this.on = on;
    document.documentElement.classList.toggle('classroom', on);
    this.onToggle(on);
    const params = new URLSearchParams(location.search);
    params.delete('classroom');
    const rest = params.toString();
    const search = on ? `?classroom${rest ? `&${rest}` : ''}` : rest ? `?${rest}` : '';
    history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
    if (on && !this.info) [this.info, this.roles] = await Promise.all([decisionInfo(), loadRoles()]);
    this.render(this.core.view());
  }

  /** Starts a new lesson record (a new game in classroom mode). */
  newLesson(): void {
    this.record = newRecord(new Date());
    storeRecord(this.store, this.record);
  }

  /** The lesson's record so far. */
  lesson(): ClassRecord {
    return this.record;
  }

  /** Brings the vote panel in step with the game after every change. */
  render(view: GameView): void {
    const box = document.querySelector<HTMLElement>('.choices-box');
    const atDecision = this.on && view.status === 'playing' && view.decision !== null && document.querySelector('#choices .turn-page') === null;
    if (!atDecision || !box) {
      this.clearPanel();
      if (this.on && view.status === 'ended') this.offerDebrief(view);
      return;
    }
    if (this.panel && this.panelStep === view.path.length) {
      this.lockChoices(!this.panel.isRevealed);
      return;
    }
    this.clearPanel();
    this.panel = new VotePanel(view.choices, view.decision ? this.info?.get(view.decision) : undefined, this.roles, {
      onPlay: (index) => this.play(index),
      onReveal: () => this.lockChoices(false),
      onRole: (role) => void import('./roles-view.ts').then((m) => m.openRole(role, view.decision)),
      onLive: (panel) => void this.live(panel, view, true),
    });
    this.panelStep = view.path.length;
    box.before(this.panel.element);
    if (liveRemembered()) void this.live(this.panel, view, false);
    this.lockChoices(true);
  }

  /** The live vote (game/live/, loaded only when used): turn it on for this panel, or rejoin the room already running. */
  private async live(panel: VotePanel, view: GameView, ask: boolean): Promise<void> {
    const live = await import('../../live/projector.ts');
    if (!view.decision) return;
    await live.connectPanel(panel, live.roundOf(view.path.length, view.decision, view.choices), ask);
  }

  private clearPanel(): void {
    this.panel?.dispose();
    this.panel?.element.remove();
    this.panel = null;
    this.panelStep = -1;
    this.lockChoices(false);
  }

  private lockChoices(locked: boolean): void {
    for (const b of document.querySelectorAll<HTMLButtonElement>('#choices button.choice')) {
      b.disabled = locked;
      b.title = locked ? 'Reveal the class vote first' : '';
    }
  }

  private play(index: number): void {
    const view = this.core.view();
    const panel = this.panel;
    if (!panel || !view.decision) return;
    const position = view.choices.findIndex((c) => c.index === index);
    this.record = recordVote(this.record, {
      step: view.path.length,
      decision: view.decision,
      date: view.world.date,
      options: view.choices.map((c) => c.text),
      tallies: [...panel.votes()],
      played: Math.max(0, position),
    });
    panel.played(index);
    this.clearPanel();
    this.core.choose(index);
    this.record = recordEnding(this.record, this.core.view().ending);
    storeRecord(this.store, this.record);
  }

  /** A choice button clicked after the reveal is the teacher's play (recorded as an overrule if it was not the winner). */
  private click(event: MouseEvent): void {
    if (!this.on || !this.panel?.isRevealed) return;
    const button = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>('#choices button.choice');
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    this.play(Number(button.dataset.choice));
  }

  private key(event: KeyboardEvent): void {
    if (!this.on || !this.panel || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement | null)?.closest('input, textarea, select, dialog[open]')) return;
    if (this.panel.key(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  private offerDebrief(view: GameView): void {
    const choices = document.querySelector('#choices');
    if (!choices || choices.querySelector('[data-action="debrief"]')) return;
    this.record = recordEnding(this.record, view.ending);
    storeRecord(this.store, this.record);
    choices.prepend(
      h(
        'button',
        { type: 'button', className: 'button button--primary', 'data-action': 'debrief', onclick: () => void this.openDebrief() },
        'Open the class debrief',
      ),
    );
  }

  /** Opens the debrief of this lesson. */
  async openDebrief(): Promise<void> {
    const { openDebrief } = await import('./debrief-view.ts');
    await openDebrief(this.core, this.json, this.record);
  }
}
