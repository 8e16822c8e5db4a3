// The live-vote relay: Hocuspocus (a Yjs WebSocket server with authentication and message hooks) with the vote
// rules of src/live/. Students and the projector connect to the room named by its join code; votes and the
// teacher's commands arrive as stateless messages, are checked here, and only counts go back out.
import { randomBytes, randomInt } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type Connection, type Document, type onAuthenticatePayload, type onStatelessPayload, Server } from '@hocuspocus/server';
import { newJoinCode, normaliseJoinCode } from '../src/live/join-code.ts';
import { JoinGuard, RateLimit } from '../src/live/limits.ts';
import { MAX_MESSAGE_BYTES, parseStudentMessage, parseTeacherMessage, type RelayMessage } from '../src/live/messages.ts';
import {
  castVote,
  closeRoom,
  currentKey,
  isExpired,
  MAX_CHANGES,
  newRoom,
  openRound,
  play,
  publicState,
  type RoomData,
  reveal,
  showHistory,
  tally,
} from '../src/live/room.ts';
import { Nicknames } from './nicknames.ts';
import { RoomFile } from './store.ts';
import { AWARENESS, type Caller, callerOf, hash, messageType, reject, sameHash, send } from './wire.ts';

/** The shortest time between two counts sent to a room, in ms. */
const PUBLISH_MS = 40;

/** How to start a relay. */
export interface RelayOptions {
  readonly port: number;
  /** The address to listen on: 127.0.0.1 unless a school network is asked for. */
  readonly host: string;
  /** Where rooms are kept between restarts; null keeps them in memory only. */
  readonly dataDir: string | null;
  /** PEM certificate and key: serve HTTPS and wss:// directly instead of behind a proxy. */
  readonly tls?: { readonly cert: string; readonly key: string };
  /** The clock, in ms (tests move it). */
  readonly now?: () => number;
}

/** A running relay. */
export interface Relay {
  readonly port: number;
  readonly url: string;
  /** Wrong join codes in the last minute, and how many join attempts were slowed or turned away because of them. */
  joinStats(): { wrongLastMinute: number; slowed: number };
  /** Stops listening, closes every connection and writes the rooms to disk. */
  close(): Promise<void>;
}

/** Starts a relay and resolves once it listens. */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const now = options.now ?? Date.now;
  const file = new RoomFile(options.dataDir);
  const rooms = new Map<string, RoomData>(file.load().map((r) => [r.code, r]));
  const guard = new JoinGuard();
  const limits = new WeakMap<Connection, RateLimit>();
  const sockets = new WeakMap<IncomingMessage, { close(code: number, reason: string): void }>();
  const creations = new RateLimit(30, 0.5, now());
  let slowed = 0;
  const persist = (onWritten?: () => void) => file.save(() => [...rooms.values()], onWritten);
  const nicknames = new Nicknames();

  const liveRoom = (code: string): RoomData | null => {
    const room = rooms.get(code);
    if (!room) return null;
    if (!isExpired(room, now())) return room;
    rooms.delete(code);
    nicknames.forget(code);
    persist();
    return null;
  };

  const devicesIn = (document: Document) =>
    new Set(document.getConnections().flatMap((c) => (callerOf(c)?.role === 'student' ? [callerOf(c)?.device ?? ''] : [])));
  const studentsIn = (document: Document) => devicesIn(document).size;
  // Nicknames go to the projector's connections only, never to students' devices.
  const toTeacher = (document: Document, message: RelayMessage) => {
    for (const c of document.getConnections()) if (callerOf(c)?.role === 'teacher') send(c, message);
  };

  const publishNow = (document: Document) => {
    lastPublished.set(document.name, now());
    // What goes out must survive the relay being killed: a vote not yet written (a count published for another
    // reason, such as a device joining, in the moments before the coalesced write) is written first.
    file.flush();
    const room = rooms.get(document.name);
    if (!room) return;
    send(document, { t: 'state', state: publicState(room, studentsIn(document)) });
    toTeacher(document, { t: 'joined', ...nicknames.present(room.code, devicesIn(document)) });
  };
  // A class voting at once would send every device a new count per vote (35 × 35 messages): counts go out at
  // once, then at most every PUBLISH_MS while votes keep coming, always ending with the latest.
  const lastPublished = new Map<string, number>();
  const pending = new Map<string, NodeJS.Timeout>();
  const publish = (document: Document) => {
    const wait = (lastPublished.get(document.name) ?? -Infinity) + PUBLISH_MS - now();
    if (wait <= 0) return publishNow(document);
    if (pending.has(document.name)) return;
    pending.set(
      document.name,
      setTimeout(() => {
        pending.delete(document.name);
        publishNow(document);
      }, wait),
    );
  };

  async function authenticate({ documentName, token, request, socketId, connectionConfig }: onAuthenticatePayload): Promise<Caller> {
    if (guard.isBlocked(socketId)) throw reject('too-many-wrong-codes');
    const wait = guard.admit(now());
    if (wait === 'busy' || wait > 0) slowed++;
    if (wait === 'busy') throw reject('busy');
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    let claim: { role?: unknown; device?: unknown; key?: unknown } = {};
    try {
      claim = token.length <= MAX_MESSAGE_BYTES ? JSON.parse(token) : {};
    } catch {
      claim = {};
    }
    const code = normaliseJoinCode(documentName);
    const room = code === documentName && code ? liveRoom(code) : null;
    const teacher = claim.role === 'teacher' && typeof claim.key === 'string' && room !== null && sameHash(hash(claim.key), room.keyHash);
    const student = claim.role === 'student' && typeof claim.device === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(claim.device);
    if (!room || room.closed || (!teacher && !student)) {
      // Closed a moment later, so that the refusals already on their way reach the client first.
      if (guard.wrongCode(socketId, now())) setTimeout(() => sockets.get(request)?.close(4408, 'too-many-wrong-codes'), 20);
      throw reject(room?.closed ? 'closed' : claim.role === 'teacher' ? 'not-teacher' : 'unknown-code');
    }
    // Nobody writes to the Yjs document: votes and commands go through onStateless, where they are checked.
    connectionConfig.readOnly = true;
    rooms.set(room.code, { ...room, lastActive: now() });
    persist();
    return teacher ? { role: 'teacher', device: 'projector' } : { role: 'student', device: String(claim.device) };
  }

  function onMessage({ connection, document, payload }: onStatelessPayload): void {
    const caller = callerOf(connection);
    const room = rooms.get(document.name);
    if (!caller || !room) return;
    const limit = limits.get(connection) ?? new RateLimit(10, 2, now());
    limits.set(connection, limit);
    if (!limit.take(now())) {
      send(connection, { t: 'refused', reason: 'slow-down' });
      return;
    }
    if (caller.role === 'student') {
      const message = parseStudentMessage(payload);
      if (!message.ok) {
        send(connection, { t: 'refused', reason: message.reason });
        return;
      }
      if (message.value.t === 'nick') {
        if (!nicknames.set(room.code, caller.device, message.value.name)) send(connection, { t: 'refused', reason: 'too-many-nicknames' });
        else publish(document);
        return;
      }
      const { room: next, outcome } = castVote(room, caller.device, message.value, now());
      if (outcome.kind === 'refused') {
        send(connection, { t: 'refused', reason: outcome.reason });
        return;
      }
      rooms.set(room.code, next);
      // The device says "Your vote is in" on this message only once the vote would survive the relay being killed
      // (and the projector's count is written before it goes out: publishNow).
      const you: RelayMessage = {
        t: 'you',
        round: message.value.round,
        index: outcome.ballot.index,
        seq: outcome.ballot.seq,
        changesLeft: outcome.changesLeft,
      };
      persist(() => send(connection, you));
      if (outcome.kind === 'counted') publish(document);
      return;
    }
    const message = parseTeacherMessage(payload);
    if (!message.ok) {
      send(connection, { t: 'refused', reason: message.reason });
      return;
    }
    const m = message.value;
    const t = now();
    const next =
      m.t === 'open'
        ? openRound(room, m.round, t)
        : m.t === 'reveal'
          ? reveal(room, m.round, m.handsUp, t)
          : m.t === 'play'
            ? play(room, m.round, m.index, t)
            : m.t === 'history'
              ? showHistory(room, m.round, t)
              : closeRoom(room, t);
    if (typeof next === 'string') {
      send(connection, { t: 'refused', reason: next });
      return;
    }
    rooms.set(room.code, next);
    // Ending live voting mid-decision: the device votes so far go to the projector alone, so the hands-up count goes on from them.
    if (next.closed && room.round && room.phase === 'voting') send(connection, { t: 'final', round: currentKey(room) ?? '', tallies: tally(room) });
    publishNow(document);
    if (next.closed) {
      rooms.delete(room.code);
      nicknames.forget(room.code);
      setTimeout(() => server.hocuspocus.closeConnections(room.code), 500).unref();
    }
    persist();
  }

  const server = new Server(
    {
      quiet: true,
      name: 'organiser-relay',
      async onAuthenticate(payload) {
        return authenticate(payload);
      },
      async connected({ connection }) {
        const document = connection.document;
        const room = rooms.get(document.name);
        const caller = callerOf(connection);
        if (!room || !caller) return;
        publish(document);
        const ballot = room.ballots[caller.device];
        if (caller.role === 'student' && ballot && room.round) {
          send(connection, {
            t: 'you',
            round: `${room.round.step}:${room.round.decision}`,
            index: ballot.index,
            seq: ballot.seq,
            changesLeft: MAX_CHANGES - ballot.changes,
          });
        }
      },
      async beforeHandleMessage({ update }) {
        if (AWARENESS.has(messageType(update))) throw reject('awareness-not-used');
      },
      async onStateless(payload) {
        onMessage(payload);
      },
      async onDisconnect({ document, socketId }) {
        guard.forget(socketId);
        publish(document);
      },
    },
    { maxPayload: MAX_MESSAGE_BYTES + 64 },
  );

  const handleHttp = (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://relay').pathname;
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (request.method === 'GET' && path === '/health') {
      const memory = process.memoryUsage();
      return json(200, { ok: true, rooms: rooms.size, connections: server.hocuspocus.getConnectionsCount(), rss: memory.rss, heapUsed: memory.heapUsed });
    }
    if (request.method === 'POST' && path === '/rooms') {
      request.resume();
      if (!creations.take(now())) return json(429, { error: 'Too many new rooms just now: try again in a minute.' });
      let code = newJoinCode(randomInt);
      while (rooms.has(code)) code = newJoinCode(randomInt);
      const key = randomBytes(18).toString('base64url');
      rooms.set(code, newRoom(code, hash(key), now()));
      persist();
      return json(201, { code, key });
    }
    json(404, { error: 'Not found' });
  };

  const http: HttpServer = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handleHttp) : createHttpServer(handleHttp);
  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    server.webSocketServer.handleUpgrade(request, socket, head, (ws: { close(code: number, reason: string): void }) => {
      sockets.set(request, ws);
      server.webSocketServer.emit('connection', ws, request);
    });
  });

  const sweep = setInterval(() => {
    for (const room of [...rooms.values()]) {
      if (!isExpired(room, now())) continue;
      rooms.delete(room.code);
      nicknames.forget(room.code);
      server.hocuspocus.closeConnections(room.code);
      persist();
    }
  }, 60_000);
  sweep.unref();

  await new Promise<void>((ready, fail) => {
    http.once('error', fail);
    http.listen(options.port, options.host, () => ready());
  });
  const port = (http.address() as AddressInfo).port;
  const scheme = options.tls ? 'wss' : 'ws';
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `${scheme}://${host}:${port}`,
    joinStats: () => ({ wrongLastMinute: guard.wrongLastMinute(now()), slowed }),
    async close() {
      clearInterval(sweep);
      server.hocuspocus.closeConnections();
      for (const ws of server.webSocketServer.clients) ws.terminate();
      await new Promise<void>((done) => http.close(() => done()));
      file.flush();
    },
  };
}
