// Test clients for the live-vote relay: the game's own LiveLink in Node (with the `ws` package as WebSocket),
// recording everything the relay sends so a test can wait for a condition instead of sleeping.
import WebSocket from 'ws';
import { type LinkOptions, type LinkStatus, LiveLink } from '../../game/live/connection.ts';
import type { PublicState, RelayMessage } from '../../src/live/messages.ts';
import { waiters } from './waiters.ts';

/** A LiveLink and what it has heard. */
export interface Client {
  readonly link: LiveLink;
  readonly states: PublicState[];
  readonly messages: Exclude<RelayMessage, { t: 'state' }>[];
  readonly statuses: LinkStatus[];
  /** Resolves when `check` holds (checked after every event), or fails after `ms`. */
  until(check: () => boolean, ms?: number): Promise<void>;
  /** The last public state heard. */
  last(): PublicState | undefined;
}

/** Connects a client to a room. */
export function connect(relay: string, code: string, token: LinkOptions['token']): Client {
  const states: PublicState[] = [];
  const messages: Client['messages'] = [];
  const statuses: LinkStatus[] = [];
  const wait = waiters(() => `; statuses ${JSON.stringify(statuses)}, messages ${JSON.stringify(messages)}`);
  const poke = wait.heard;
  const link = new LiveLink(
    { relay, code, token, WebSocketPolyfill: WebSocket },
    {
      onState: (s) => {
        states.push(s);
        poke();
      },
      onStatus: (s) => {
        statuses.push(s);
        poke();
      },
      onMessage: (m) => {
        messages.push(m);
        poke();
      },
    },
  );
  return {
    link,
    states,
    messages,
    statuses,
    last: () => states.at(-1),
    until: (check, ms) => wait.until(check, ms),
  };
}

/** Asks a relay for a new room. */
export async function createRoom(relay: string): Promise<{ code: string; key: string }> {
  const response = await fetch(`${relay.replace(/^ws/, 'http')}/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(`room not created: ${response.status}`);
  return (await response.json()) as { code: string; key: string };
}
