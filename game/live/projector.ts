// Turning live voting on from the projector: find the relay (or explain how to get one), open or rejoin the room,
// and put each decision to the class. Loaded only when the teacher presses Live vote or a live room is remembered.
import { html, render } from 'lit-html';
import { byteLength, MAX_MESSAGE_BYTES, type Round } from '../../src/live/messages.ts';
import { remember } from './device.ts';
import { cleanRelayAddress, RELAY_SETTING, relayAddress } from './relay-address.ts';
import { LiveRoom } from './teacher-live.ts';

let room: LiveRoom | null = null;

/** The decision on screen, as the relay wants it (texts cut to the relay's limit). */
export function roundOf(step: number, decision: string, choices: readonly { index: number; text: string }[]): Round {
  // Options are cut shorter until the message fits the relay's 2 kB (story options are far shorter than that).
  for (let limit = 240; ; limit -= 20) {
    const round = { step, decision, options: choices.slice(0, 9).map((c) => ({ index: c.index, text: c.text.slice(0, limit) })) };
    if (byteLength(JSON.stringify({ t: 'open', round })) <= MAX_MESSAGE_BYTES || limit <= 40) return round;
  }
}

/** The live room this projector runs, rejoining a remembered one after a reload. */
export function currentRoom(): LiveRoom | null {
  if (room?.isClosed) room = null;
  room ??= LiveRoom.resume();
  return room;
}

/**
 * Turns live voting on: a room on the relay found from `?relay=`, the address typed earlier or the build, and
 * when there is none, a short explanation with a field for the address, drawn into `slot`. Resolves to the room, or
 * null while the teacher still has to give an address.
 */
export async function turnOn(slot: HTMLElement, onRoom: (room: LiveRoom) => void): Promise<void> {
  const known = currentRoom();
  if (known) return onRoom(known);
  const relay = relayAddress(location.search, remember(RELAY_SETTING), location.protocol);
  if (relay) {
    try {
      room = await LiveRoom.create(relay);
      return onRoom(room);
    } catch (error) {
      return setup(slot, onRoom, relay, (error as Error).message);
    }
  }
  setup(slot, onRoom, '', null);
}

function setup(slot: HTMLElement, onRoom: (room: LiveRoom) => void, typed: string, problem: string | null): void {
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('relay') as HTMLInputElement;
    const clean = cleanRelayAddress(input.value, location.protocol);
    if (!clean) return setup(slot, onRoom, input.value, `“${input.value}” is not a relay address: it looks like ws://192.168.1.20:1917.`);
    remember(RELAY_SETTING, clean);
    await turnOn(slot, onRoom);
  };
  render(
    html`<form class="live-setup" @submit=${submit}>
      <p><strong>Live vote needs a relay</strong> that students' phones can reach: run <code>npm run relay -- --lan</code> in the game's
        folder (see the README) and type the address it prints, or open the game with <code>?relay=ws://ADDRESS:1917</code>. Hands up works without it.</p>
      ${problem ? html`<p class="live-setup__problem" role="alert">${problem}</p>` : ''}
      <label>Relay address <input name="relay" .value=${typed} placeholder="ws://192.168.1.20:1917" autocomplete="off" required /></label>
      <button class="button button--primary" type="submit">Connect</button>
    </form>`,
    slot,
  );
  slot.querySelector<HTMLInputElement>('input[name="relay"]')?.focus();
}

/** What a vote panel offers the live vote: a slot for its strip or setup, and a way to attach the room. */
export interface LivePanel {
  readonly liveSlot: HTMLElement;
  attachLive(room: LiveRoom, open: () => void): void;
}

/** Connects a vote panel to the live room: turning live voting on when `ask`, else only if a room is already running. `onLive` hears when live voting starts and ends. */
export async function connectPanel(panel: LivePanel, round: Round, ask: boolean, onLive: (on: boolean) => void): Promise<void> {
  const attach = (live: LiveRoom) => {
    live.onChange = () => {
      if (live.isClosed) onLive(false);
    };
    panel.attachLive(live, () => live.open(round));
    onLive(true);
  };
  if (!ask) {
    const live = currentRoom();
    if (live) attach(live);
    return;
  }
  await turnOn(panel.liveSlot, attach);
}
