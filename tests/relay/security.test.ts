// Security tests against a real relay on loopback, started by the test itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Relay, startRelay } from '../../relay/server.ts';
import { WRONG_CODES_PER_CONNECTION } from '../../src/live/limits.ts';
import { connect, createRoom } from '../helpers/live.ts';

const round = { step: 3, decision: 'feb_continue_strike', options: ['Strike on', 'Wait for May Day'].map((text, index) => ({ index, text })) };
let relay: Relay;

beforeAll(async () => {
  relay = await startRelay({ port: Number(process.env.RELAY_TEST_PORT ?? 0), host: '127.0.0.1', dataDir: null });
});
afterAll(async () => {
  await relay.close();
});

async function openRoom() {
  const { code, key } = await createRoom(relay.url);
  const teacher = connect(relay.url, code, { role: 'teacher', key });
  await teacher.until(() => teacher.link.isLive);
  teacher.link.send({ t: 'open', round });
  await teacher.until(() => teacher.last()?.round?.decision === round.decision);
  return { code, key, teacher };
}

describe('the relay', () => {
  it('listens on loopback only unless told otherwise', () => {
    expect(relay.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a vote for a decision that is not the one open, and does not count it', async () => {
    const { code, teacher } = await openRoom();
    const student = connect(relay.url, code, { role: 'student', device: 'device-wrong-decision' });
    await student.until(() => student.link.isLive);
    student.link.send({ t: 'vote', round: '2:feb_continue_strike', index: 0, seq: 1 });
    student.link.send({ t: 'vote', round: '3:feb_continue_strike', index: 7, seq: 2 });
    await student.until(() => student.messages.filter((m) => m.t === 'refused').length === 2);
    expect(student.messages).toEqual([
      { t: 'refused', reason: 'wrong-decision' },
      { t: 'refused', reason: 'not-an-option' },
    ]);
    expect(teacher.last()?.voted).toBe(0);
    student.link.destroy();
    teacher.link.destroy();
  });

  it('refuses a reveal from a device that only has the join code', async () => {
    const { code, teacher } = await openRoom();
    const student = connect(relay.url, code, { role: 'student', device: 'device-cheeky-reveal' });
    await student.until(() => student.link.isLive);
    student.link.send({ t: 'reveal', round: '3:feb_continue_strike', handsUp: [30, 0] });
    await student.until(() => student.messages.some((m) => m.t === 'refused'));
    expect(student.messages).toContainEqual({ t: 'refused', reason: 'malformed' });
    const impostor = connect(relay.url, code, { role: 'teacher', key: code });
    await impostor.until(() => impostor.statuses.some((s) => s.kind === 'refused'));
    expect(impostor.statuses.at(-1)).toEqual({ kind: 'refused', reason: 'not-teacher' });
    expect(teacher.last()?.phase).toBe('voting');
    expect(teacher.last()?.tallies).toBeNull();
    for (const c of [student, impostor, teacher]) c.link.destroy();
  });

  it('never tells anyone who voted what, and counts a device once however often it re-sends', async () => {
    const { code, teacher } = await openRoom();
    const a = connect(relay.url, code, { role: 'student', device: 'device-aaaaaaaa' });
    const b = connect(relay.url, code, { role: 'student', device: 'device-bbbbbbbb' });
    await a.until(() => a.link.isLive);
    await b.until(() => b.link.isLive);
    a.link.send({ t: 'vote', round: '3:feb_continue_strike', index: 1, seq: 1 });
    a.link.send({ t: 'vote', round: '3:feb_continue_strike', index: 1, seq: 1 });
    b.link.send({ t: 'vote', round: '3:feb_continue_strike', index: 0, seq: 1 });
    await teacher.until(() => teacher.last()?.voted === 2);
    await a.until(() => a.messages.filter((m) => m.t === 'you').length === 2);
    expect(teacher.last()?.tallies).toBeNull();
    expect(JSON.stringify(b.states)).not.toContain('device-aaaaaaaa');
    expect(b.messages.some((m) => m.t === 'you' && m.index === 1)).toBe(false);
    teacher.link.send({ t: 'reveal', round: '3:feb_continue_strike', handsUp: [2, 0] });
    await b.until(() => b.last()?.phase === 'revealed');
    expect(b.last()?.tallies).toEqual([1, 1]);
    expect(b.last()?.handsUp).toEqual([2, 0]);
    for (const c of [a, b, teacher]) c.link.destroy();
  });

  it('cuts off a device that tries to broadcast to its room through awareness (a modified client)', async () => {
    const { code } = await openRoom();
    const { HocuspocusProvider } = await import('@hocuspocus/provider');
    const { default: WebSocket } = await import('ws');
    const closes: string[] = [];
    const shouter = new HocuspocusProvider({
      url: relay.url,
      name: code,
      WebSocketPolyfill: WebSocket,
      token: JSON.stringify({ role: 'student', device: 'device-shouter' }),
    } as never);
    shouter.on('close', ({ event }: { event: { reason: string } }) => closes.push(event.reason));
    shouter.setAwarenessField('shout', 'I know how everyone voted');
    await expect.poll(() => closes, { timeout: 5000 }).toContain('awareness-not-used');
    shouter.destroy();
  });

  it('refuses a message over 2 kB by closing the connection that sent it', async () => {
    const { code, teacher } = await openRoom();
    const { HocuspocusProvider } = await import('@hocuspocus/provider');
    const { default: WebSocket } = await import('ws');
    let closed = false;
    const big = new HocuspocusProvider({
      url: relay.url,
      name: code,
      awareness: null,
      WebSocketPolyfill: WebSocket,
      token: JSON.stringify({ role: 'student', device: 'device-bigmouth' }),
    } as never);
    big.on('close', () => {
      closed = true;
    });
    await expect.poll(() => big.isAuthenticated, { timeout: 5000 }).toBe(true);
    big.sendStateless(JSON.stringify({ t: 'vote', round: '3:feb_continue_strike', index: 0, seq: 1, pad: 'x'.repeat(2100) }));
    await expect.poll(() => closed, { timeout: 5000 }).toBe(true);
    expect(teacher.last()?.voted).toBe(0);
    big.destroy();
    teacher.link.destroy();
  });

  it(`closes a connection after ${WRONG_CODES_PER_CONNECTION} wrong join codes, and slows every join once wrong codes flood in`, async () => {
    const { code } = await createRoom(relay.url);
    const wrong = ['AAAAAA', 'CCCCCC', 'EEEEEE', 'FFFFFF', 'HHHHHH', 'JJJJJJ', 'KKKKKK', 'MMMMMM', 'NNNNNN', 'PPPPPP', 'RRRRRR', 'TTTTTT'].filter(
      (c) => c !== code,
    );
    // One socket, many rooms: Hocuspocus multiplexes documents, so one attacker connection can try code after code.
    const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import('@hocuspocus/provider');
    const { default: WebSocket } = await import('ws');
    const socket = new HocuspocusProviderWebsocket({ url: relay.url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
    const reasons: string[] = [];
    let closed = false;
    socket.on('close', () => {
      closed = true;
    });
    const providers = wrong.map((name) => {
      const p = new HocuspocusProvider({ websocketProvider: socket, name, token: JSON.stringify({ role: 'student', device: 'device-guesser' }) });
      p.on('authenticationFailed', ({ reason }: { reason: string }) => reasons.push(reason));
      p.attach();
      return p;
    });
    await expect.poll(() => closed, { timeout: 5000 }).toBe(true);
    // Exactly ten codes were checked; whatever else the connection tried was refused unchecked.
    expect(reasons.filter((r) => r === 'unknown-code')).toHaveLength(WRONG_CODES_PER_CONNECTION);
    expect(reasons.filter((r) => r !== 'unknown-code').every((r) => r === 'too-many-wrong-codes')).toBe(true);
    for (const p of providers) p.destroy();
    socket.destroy();

    // A flood from many connections: past 60 wrong codes a minute, joins queue behind a slow gate.
    const attackers = Array.from({ length: 70 }, (_, i) => connect(relay.url, `WRONG${i}`, { role: 'student', device: `flood-${i}-device` }));
    await Promise.all(attackers.map((a) => a.until(() => a.statuses.some((s) => s.kind === 'refused'), 20_000)));
    const student = connect(relay.url, code, { role: 'student', device: 'device-honest-late' });
    await student.until(() => student.link.isLive, 20_000);
    const attempts = relay.joinStats();
    expect(attempts.wrongLastMinute).toBeGreaterThan(60);
    expect(attempts.slowed).toBeGreaterThan(0);
    for (const c of [...attackers, student]) c.link.destroy();
  }, 30_000);
});
