// The projector's side of the live vote: makes (or, after a reload, rejoins) a room on the relay, shows the join
// code and QR code, keeps the teacher's commands until the relay has them, and turns a reveal into device tallies.
// Loaded only when the teacher turns live voting on (or a live room is remembered).
import './live.css';
import { html, render } from 'lit-html';
import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';
import { renderSVG } from 'uqr';
import { normaliseJoinCode } from '../../src/live/join-code.ts';
import { type PublicState, type Round, roundKeyOf } from '../../src/live/messages.ts';
import { type LinkStatus, LiveLink } from './connection.ts';
import { remember } from './device.ts';
import { relayHttp } from './relay-address.ts';

const ROOM_KEY = 'organiser:live-room';

/** What the projector says about its link; a refusal says why instead. */
const STATUS_TEXT: Record<LinkStatus['kind'], string> = {
  live: 'Live votes on',
  paused: 'Live votes paused: the relay cannot be reached. Count hands meanwhile; votes already cast are kept.',
  connecting: 'Connecting to the relay…',
  refused: '',
};

interface Saved {
  readonly relay: string;
  readonly code: string;
  readonly key: string;
}

/** What the teacher has asked of the room at the current decision; replayed whenever the link comes back. */
interface Intent {
  readonly round: Round;
  readonly handsUp: readonly number[] | null;
  readonly played: number | null;
  readonly history: boolean;
}

/** A live-vote room driven from the projector. */
export class LiveRoom {
  readonly element: HTMLElement;
  readonly code: string;
  readonly relay: string;
  private readonly link: LiveLink;
  private status: LinkStatus = { kind: 'connecting' };
  private state: PublicState | null = null;
  private intent: Intent | null = null;
  private readonly waiters = new Set<() => void>();
  private closed = false;
  private ending = false;
  /** The nicknames of the students here (the relay sends them to the projector only), and how many more did not fit. */
  private joined: { names: readonly string[]; more: number } = { names: [], more: 0 };
  private final: ((message: { round: string; tallies: readonly number[] }) => void) | null = null;
  /** Called after every change the projector might show. */
  onChange: () => void = () => {};
  /**
   * Called once live voting has ended: the device votes at the decision still open (`tallies`, in its options' order),
   * for the hands-up count to go on from; or, if the relay could not be reached, how many devices had voted (`lost`).
   */
  onEnd: (end: { readonly tallies: readonly number[] | null; readonly lost: number }) => void = () => {};
  /** Called when the device tallies of a reveal made while the relay was out of reach arrive after all (it came back and took the reveal). */
  onLate: (tallies: readonly number[]) => void = () => {};
  /** The decision revealed without its device tallies (the relay was out of reach), while they are still owed. */
  private missed: string | null = null;

  private constructor(saved: Saved) {
    this.code = saved.code;
    this.relay = saved.relay;
    this.element = document.createElement('section');
    this.element.className = 'live';
    this.element.setAttribute('aria-label', 'Live vote');
    this.link = new LiveLink(
      { relay: saved.relay, code: saved.code, token: { role: 'teacher', key: saved.key } },
      {
        onStatus: (status) => {
          this.status = status;
          if (status.kind === 'refused') remember(ROOM_KEY, null);
          this.changed();
        },
        onLive: () => this.replay(),
        onState: (state) => {
          this.state = state;
          this.changed();
          if (this.missed && state.phase === 'revealed' && state.tallies && state.round && roundKeyOf(state.round) === this.missed) {
            this.missed = null;
            this.onLate([...state.tallies]);
          }
        },
        onMessage: (message) => {
          if (message.t === 'joined') this.joined = { names: message.names, more: message.more };
          if (message.t === 'final') this.final?.(message);
          if (message.t === 'joined') this.draw();
        },
      },
    );
    this.draw();
  }

  /** The room this browser was running, if any (a reload of the projector rejoins it). */
  static resume(): LiveRoom | null {
    try {
      const saved = JSON.parse(remember(ROOM_KEY) ?? 'null') as Saved | null;
      return saved && normaliseJoinCode(saved.code) ? new LiveRoom(saved) : null;
    } catch {
      return null;
    }
  }

  /** Asks the relay for a new room; throws with a message a teacher can act on. */
  static async create(relay: string): Promise<LiveRoom> {
    let response: Response;
    try {
      response = await fetch(`${relayHttp(relay)}/rooms`, { method: 'POST' });
    } catch {
      throw new Error(`No relay answers at ${relay}. Is \`npm run relay\` running there, and can this computer reach it?`);
    }
    const body = (await response.json().catch(() => ({}))) as { code?: string; key?: string; error?: string };
    if (!response.ok || !body.code || !body.key) throw new Error(body.error ?? `The relay at ${relay} refused to open a room (${response.status}).`);
    const saved: Saved = { relay, code: body.code, key: body.key };
    remember(ROOM_KEY, JSON.stringify(saved));
    return new LiveRoom(saved);
  }

  /** Whether a live room is remembered in this browser (cheap: no relay contacted). */
  static remembered(): boolean {
    return remember(ROOM_KEY) !== null;
  }

  /** Whether the teacher has ended live voting in this room. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Whether the relay is reachable now. */
  get isLive(): boolean {
    return this.status.kind === 'live';
  }

  /** The last state the relay published. */
  get publicState(): PublicState | null {
    return this.state;
  }

  /** The address students open (the QR code's target). */
  joinUrl(): string {
    const url = new URL('./', location.href);
    url.search = `?join=${this.code}&relay=${encodeURIComponent(this.relay)}`;
    return url.toString();
  }

  /** Puts a decision to the class (a reload at the same decision keeps its votes). */
  open(round: Round): void {
    if (this.intent && roundKeyOf(this.intent.round) === roundKeyOf(round)) return;
    this.intent = { round, handsUp: null, played: null, history: false };
    this.missed = null;
    this.link.send({ t: 'open', round });
    this.changed();
  }

  /** Reveals the decision with the hands-up counts; resolves to the device tallies, or null if the relay cannot be reached in time. */
  async reveal(handsUp: readonly number[]): Promise<number[] | null> {
    if (!this.intent) return null;
    const key = roundKeyOf(this.intent.round);
    this.intent = { ...this.intent, handsUp };
    if (!this.link.send({ t: 'reveal', round: key, handsUp })) {
      this.missed = key;
      return null;
    }
    const revealed = () => this.state?.phase === 'revealed' && this.state.round !== null && roundKeyOf(this.state.round) === key;
    await new Promise<void>((done) => {
      const timer = setTimeout(finish, 4000);
      function finish() {
        clearTimeout(timer);
        done();
      }
      this.waiters.add(() => revealed() && finish());
    });
    this.waiters.clear();
    const tallies = revealed() ? [...(this.state?.tallies ?? [])] : null;
    this.missed = tallies ? null : key;
    return tallies;
  }

  /** Tells the students which option the teacher played. */
  played(index: number): void {
    if (!this.intent?.handsUp) return;
    this.intent = { ...this.intent, played: index };
    this.link.send({ t: 'play', round: roundKeyOf(this.intent.round), index });
  }

  /** Lets the students see what really happened. */
  showHistory(): void {
    if (!this.intent?.handsUp) return;
    this.intent = { ...this.intent, history: true };
    this.link.send({ t: 'history', round: roundKeyOf(this.intent.round) });
    this.changed();
  }

  /**
   * Ends live voting: the room closes on the relay and is forgotten here. The device votes at a decision still being
   * voted on come back first (to the projector only) and go to `onEnd`, so hands up carries on with every count kept.
   */
  async close(): Promise<void> {
    if (this.closed || this.ending) return;
    this.ending = true;
    this.draw();
    const key = this.intent && !this.intent.handsUp ? roundKeyOf(this.intent.round) : null;
    const final = new Promise<readonly number[] | null>((done) => {
      const timer = setTimeout(() => done(null), 4000);
      this.final = (message) => {
        if (message.round !== key) return;
        clearTimeout(timer);
        done(message.tallies);
      };
    });
    const sent = this.link.send({ t: 'close' });
    const tallies = key && sent ? await final : null;
    this.closed = true;
    remember(ROOM_KEY, null);
    setTimeout(() => this.link.destroy(), 300);
    this.element.remove();
    this.onEnd({ tallies, lost: key && !tallies ? (this.state?.voted ?? 0) : 0 });
    this.onChange();
  }

  private replay(): void {
    const intent = this.intent;
    if (!intent) return;
    const key = roundKeyOf(intent.round);
    this.link.send({ t: 'open', round: intent.round });
    if (intent.handsUp) this.link.send({ t: 'reveal', round: key, handsUp: intent.handsUp });
    if (intent.played !== null) this.link.send({ t: 'play', round: key, index: intent.played });
    if (intent.history) this.link.send({ t: 'history', round: key });
  }

  private changed(): void {
    for (const w of [...this.waiters]) w();
    this.draw();
    this.onChange();
  }

  private draw(): void {
    const s = this.state;
    const k = this.status.kind;
    const statusText =
      'reason' in this.status ? `The relay refused this room (${this.status.reason}). Turn live voting on again for a new one.` : STATUS_TEXT[k];
    const join = this.joinUrl();
    const revealed = s?.phase === 'revealed' && this.intent?.handsUp;
    render(
      html`<div class="live__qr" aria-hidden="true">${unsafeHTML(renderSVG(join, { border: 1 }))}</div>
        <div class="live__text">
          <p class="live__join">Vote on your phone: code <strong class="live__code" data-join-code>${this.code}</strong></p>
          <p class="live__where">${join.split('?')[0]}?join=${this.code}</p>
          <p class="live__state" data-link=${k} role="status">${statusText}</p>
          <p class="live__actions">
            ${
              revealed && !this.intent?.history
                ? html`<button type="button" class="tool" data-action="live-history" @click=${() => this.showHistory()}>Show students what really happened</button>`
                : ''
            }
            <button type="button" class="tool" data-action="live-end" ?disabled=${this.ending} @click=${() => void this.close()}>End live voting</button>
          </p>
        </div>
        <p class="live__counts" aria-live="polite">
          <span class="live__num" data-voted-count>${s?.voted ?? 0}</span>
          <span class="live__label">voted</span>
          <span class="live__devices">${s?.present ?? 0} ${s?.present === 1 ? 'device' : 'devices'} here</span>
        </p>
        ${
          this.joined.names.length
            ? html`<p class="live__joined" data-joined>Here: ${this.joined.names.join(', ')}${this.joined.more ? ` and ${this.joined.more} more` : ''}</p>`
            : ''
        }`,
      this.element,
    );
  }
}
