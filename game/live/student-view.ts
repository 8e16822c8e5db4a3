// The student's screen at ?join=CODE, drawn from one state by lit-html: the question, the options
// ([data-student-vote="INDEX"]), the chosen role's argument, then the class's result and what really happened.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { PublicState } from '../../src/live/messages.ts';
import { combined } from '../../src/live/room.ts';
import type { LinkStatus } from './connection.ts';
import type { MyVote } from './device.ts';

/** What the student's page reads of a role card (assets/classroom/roles.json). */
export interface Role {
  readonly id: string;
  readonly name: string;
  readonly arguments: Readonly<Partial<Record<string, string>>>;
}

/** What the student's page reads of a decision (assets/classroom/decisions.json). */
export interface DecisionInfo {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly setup: string;
  readonly historical: string;
}

/** Everything the student's screen shows. */
export interface StudentState {
  readonly code: string;
  readonly link: LinkStatus | { readonly kind: 'no-relay' };
  readonly room: PublicState | null;
  /** The last decision's result, kept on screen once the class has moved on. */
  readonly previous: PublicState | null;
  readonly mine: MyVote | null;
  /** Whether the relay has confirmed `mine`. */
  readonly confirmed: boolean;
  readonly changesLeft: number | null;
  readonly notice: string | null;
  readonly roleId: string | null;
  readonly roles: readonly Role[];
  readonly decisions: ReadonlyMap<string, DecisionInfo>;
}

/** What the screen can ask for. */
export interface StudentActions {
  readonly vote: (index: number) => void;
  readonly pickRole: (id: string | null) => void;
  readonly rejoin: (code: string) => void;
}

const REFUSED: Record<string, string> = {
  'unknown-code': 'There is no class with this code. Check it on the projector and type it again.',
  closed: 'This lesson has ended. Thank you for voting.',
  'too-many-wrong-codes': 'Too many wrong codes from this page. Reload it and type the code again.',
};

const LINK_TEXT: Record<StudentState['link']['kind'], string> = {
  live: 'Connected',
  connecting: 'Connecting…',
  paused: 'Connection lost: trying again. Your vote is kept on this phone and will be sent.',
  'no-relay': 'This link has no live-vote relay: ask your teacher for the full link or the QR code.',
  refused: '',
};

function statusLine(state: StudentState): TemplateResult {
  const k = state.link.kind;
  const text = 'reason' in state.link ? (REFUSED[state.link.reason] ?? `The relay turned this page away (${state.link.reason}).`) : LINK_TEXT[k];
  return html`<p class="student__status" data-link=${k} role="status">${text}</p>`;
}

function rejoinForm(actions: StudentActions): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    actions.rejoin(input.value);
  };
  return html`<form class="student__rejoin" @submit=${submit}>
    <label>Join code <input name="code" autocomplete="off" autocapitalize="characters" maxlength="8" required /></label>
    <button class="button button--primary" type="submit">Join</button>
  </form>`;
}

function rolePicker(state: StudentState, actions: StudentActions): TemplateResult {
  const change = (event: Event) => actions.pickRole((event.currentTarget as HTMLSelectElement).value || null);
  return html`<label class="student__role">Your role (optional)
    <select @change=${change}>
      <option value="" ?selected=${!state.roleId}>No role</option>
      ${state.roles.map((r) => html`<option value=${r.id} ?selected=${r.id === state.roleId}>${r.name}</option>`)}
    </select>
  </label>`;
}

function results(room: PublicState, info: DecisionInfo | undefined, mineIndex: number | null): TemplateResult {
  const round = room.round;
  if (!round || !room.tallies) return html``;
  const totals = combined(room.tallies, room.handsUp);
  const sum = totals.reduce((a, b) => a + b, 0);
  const played = round.options.find((o) => o.index === room.played);
  return html`<section class="student__result" aria-label="The class's result">
    <h2>The class voted</h2>
    <ol class="student__tallies">
      ${round.options.map((o, i) => {
        const n = totals[i] ?? 0;
        const share = sum ? Math.round((100 * n) / sum) : 0;
        return html`<li class=${o.index === room.played ? 'is-played' : ''}>
          <span class="student__tally-text">${o.text}${o.index === mineIndex ? html` <em>(your vote)</em>` : nothing}</span>
          <span class="student__tally-count">${n}</span>
          <span class="student__bar" style="--share:${share}%" aria-hidden="true"></span>
        </li>`;
      })}
    </ol>
    ${room.handsUp?.some((h) => h > 0) ? html`<p class="small">Including hands up in the room.</p>` : nothing}
    ${played ? html`<p class="student__chosen"><strong>The class chose:</strong> ${played.text}</p>` : html`<p>Waiting for the teacher to play the class's choice…</p>`}
    ${room.history && info ? html`<div class="student__history"><h3>What really happened</h3><p>${info.historical}</p></div>` : nothing}
  </section>`;
}

/** The student's screen. */
export function studentView(state: StudentState, actions: StudentActions): TemplateResult {
  const room = state.room;
  const round = room?.round ?? null;
  const info = round ? state.decisions.get(round.decision) : undefined;
  const role = state.roles.find((r) => r.id === state.roleId);
  const key = round ? `${round.step}:${round.decision}` : null;
  const mine = state.mine && state.mine.round === key ? state.mine : null;
  const voting = room?.phase === 'voting' && !room.closed;
  const refused = state.link.kind === 'refused' && state.link.reason !== 'closed';
  const argument = role && round ? role.arguments[round.decision] : undefined;
  return html`<header class="student__head">
      <p class="student__brand">The Organiser <span>Class vote</span></p>
      <p class="student__code">Code <strong data-join-code>${state.code}</strong></p>
    </header>
    <main class="student__main" id="main">
      ${statusLine(state)} ${refused || state.link.kind === 'no-relay' ? rejoinForm(actions) : nothing}
      ${state.roles.length ? rolePicker(state, actions) : nothing}
      ${
        room?.closed
          ? html`<p class="student__waiting">The lesson has ended. Thank you for voting.</p>`
          : !round
            ? html`<p class="student__waiting">${state.link.kind === 'live' ? 'Waiting for the teacher to open the next decision…' : ''}</p>`
            : html`<section class="student__decision" aria-labelledby="student-question">
              ${info?.date ? html`<p class="student__date">${info.date}</p>` : nothing}
              <h1 id="student-question">${info?.title ?? 'The class decides'}</h1>
              ${info ? html`<details class="student__setup"><summary>The situation</summary><p>${info.setup}</p></details>` : nothing}
              ${argument ? html`<aside class="student__argument"><h2>${role?.name}</h2><p>${argument}</p></aside>` : nothing}
              <div class="student__options" role="group" aria-label="Your vote">
                ${round.options.map(
                  (o, i) => html`<button
                    type="button"
                    class="student__option"
                    data-student-vote=${o.index}
                    aria-pressed=${mine?.index === o.index ? 'true' : 'false'}
                    ?disabled=${!voting}
                    @click=${() => actions.vote(o.index)}
                  >
                    <span class="student__key" aria-hidden="true">${i + 1}</span>${o.text}
                  </button>`,
                )}
              </div>
              <p class="student__mine" aria-live="polite">
                ${
                  mine
                    ? state.confirmed
                      ? `Your vote is in. ${voting ? `You can change it until the teacher reveals${state.changesLeft !== null ? ` (${state.changesLeft} changes left)` : ''}.` : ''}`
                      : 'Your vote is kept on this phone and will be sent when the connection is back.'
                    : voting
                      ? 'Tap an option to vote. Nobody sees who voted what.'
                      : ''
                }
              </p>
              ${state.notice ? html`<p class="student__notice" role="alert">${state.notice}</p>` : nothing}
              <p class="student__count"><span data-voted-count>${room?.voted ?? 0}</span> ${room?.voted === 1 ? 'device has' : 'devices have'} voted</p>
              ${room && room.phase === 'revealed' ? results(room, info, mine?.index ?? null) : nothing}
            </section>`
      }
      ${
        state.previous?.round
          ? html`<details class="student__previous">
              <summary>The last decision: ${state.decisions.get(state.previous.round.decision)?.title ?? ''}</summary>
              ${results(state.previous, state.decisions.get(state.previous.round.decision), null)}
            </details>`
          : nothing
      }
    </main>`;
}
