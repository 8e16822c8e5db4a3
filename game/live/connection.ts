// The browser's (and the bench's) link to a live-vote room: a Hocuspocus provider on the room named by its join
// code, with reconnection handled by the provider. Messages are checked on arrival; nothing here touches the DOM.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { byteLength, MAX_MESSAGE_BYTES, type PublicState, parseRelayMessage, type RelayMessage } from '../../src/live/messages.ts';

/** Where the link stands: connecting, live (authenticated), paused (lost the relay, retrying), or refused for good. */
export type LinkStatus = { readonly kind: 'connecting' | 'live' | 'paused' } | { readonly kind: 'refused'; readonly reason: string };

/** What a link reports. */
export interface LinkEvents {
  readonly onState: (state: PublicState) => void;
  readonly onStatus: (status: LinkStatus) => void;
  /** Every time the link is live again (first connection and after each reconnect): the moment to re-send what the relay must know. */
  readonly onLive?: () => void;
  readonly onMessage?: (message: Exclude<RelayMessage, { t: 'state' }>) => void;
}

/** How to reach a room. */
export interface LinkOptions {
  readonly relay: string;
  readonly code: string;
  readonly token: { readonly role: 'student'; readonly device: string } | { readonly role: 'teacher'; readonly key: string };
  /** A WebSocket class where the platform has none (Node 20 in the bench). */
  readonly WebSocketPolyfill?: unknown;
}

/** Reasons after which retrying cannot help. */
const FINAL = new Set(['unknown-code', 'not-teacher', 'closed']);

/** A connection to one live-vote room. */
export class LiveLink {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private live = false;
  private finished = false;

  constructor(options: LinkOptions, events: LinkEvents) {
    events.onStatus({ kind: 'connecting' });
    // Phones reconnect soon after the relay comes back (the default backoff grows to 30 s), with jitter so a class does not arrive at once.
    this.socket = new HocuspocusProviderWebsocket({
      // The room in the address lets a load balancer keep a room's devices on one relay (see the README).
      url: `${options.relay}/?room=${encodeURIComponent(options.code)}`,
      delay: 500,
      minDelay: 250,
      maxDelay: 4000,
      jitter: true,
      maxAttempts: 0,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: options.code,
      token: JSON.stringify(options.token),
      // No awareness (cursors, presence): it would let devices broadcast to each other; the relay refuses it.
      awareness: null,
      onAuthenticated: () => {
        this.live = true;
        events.onStatus({ kind: 'live' });
        events.onLive?.();
      },
      onAuthenticationFailed: ({ reason }) => {
        if (FINAL.has(reason)) {
          this.finished = true;
          events.onStatus({ kind: 'refused', reason });
          this.destroy();
        } else setTimeout(() => this.provider.isAuthenticated || this.finished || void this.provider.sendToken(), 3000);
      },
      onStatus: ({ status }) => {
        if (this.finished) return;
        if (status === 'disconnected' || (status === 'connecting' && this.live)) {
          this.live = false;
          events.onStatus({ kind: 'paused' });
        }
      },
      onStateless: ({ payload }) => {
        const message = parseRelayMessage(payload);
        if (!message.ok) return;
        if (message.value.t === 'state') events.onState(message.value.state);
        else events.onMessage?.(message.value);
      },
    });
    this.provider.attach();
  }

  /** Whether the relay is reachable and has let this device in. */
  get isLive(): boolean {
    return this.live;
  }

  /** Sends a message if the link is live; false otherwise (the caller keeps it and re-sends from onLive). */
  send(message: object): boolean {
    const text = JSON.stringify(message);
    if (!this.live || byteLength(text) > MAX_MESSAGE_BYTES) return false;
    this.provider.sendStateless(text);
    return true;
  }

  /** Leaves the room. */
  destroy(): void {
    this.finished = true;
    this.provider.destroy();
    this.socket.destroy();
  }
}
